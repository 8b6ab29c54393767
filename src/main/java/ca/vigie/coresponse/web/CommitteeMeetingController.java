package ca.vigie.coresponse.web;

import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.caseload.Committee;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinical committee's meetings: the lead opens the day's meeting with who attends, keeps the
 * attendance, and closes it; the team reads each meeting's minutes, its attendance and decisions.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}/committee/meetings")
@PreAuthorize("hasAnyRole('CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD')")
class CommitteeMeetingController {

    private final Teams teams;
    private final Committee committee;
    private final CommitteePage page;
    private final KnownPeople people;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    CommitteeMeetingController(
            Teams teams,
            Committee committee,
            CommitteePage page,
            KnownPeople people,
            OrganizationDirectory directory,
            CommunityCalendar calendar) {
        this.teams = teams;
        this.committee = committee;
        this.page = page;
        this.people = people;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** A meeting as the lead opens it or keeps its attendance, from the version seen. */
    record MeetingForm(
            @Nullable LocalDate heldOn,
            @Nullable Set<UUID> attendees,
            @Nullable UUID formToken,
            @Nullable Integer version) {}

    /** Closing the meeting, from the version seen. */
    record CloseForm(@Nullable Integer version) {}

    @GetMapping
    String meetings(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @RequestParam(required = false) @Nullable Integer year,
            Model model) {
        Seat seat = teams.seat(person, teamId);
        int thisYear = calendar.today(seat.communityId()).getYear();
        // The years the page offers: the last ten.
        int shown = year == null || year <= thisYear - 10 || year > thisYear ? thisYear : year;
        model.addAttribute("team", seat.team());
        model.addAttribute("year", shown);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("meetings", committee.meetings(seat, shown));
        return "coresponse/meetings";
    }

    @GetMapping("/{meetingId}")
    String minutes(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID meetingId,
            Model model) {
        Seat seat = teams.seat(person, teamId);
        model.addAttribute("team", seat.team());
        model.addAttribute("minutes", committee.minutes(seat, meetingId));
        model.addAttribute("labels", people.labels(seat));
        model.addAttribute("people", directory.peopleById(seat.communityId()));
        return "coresponse/minutes";
    }

    @PostMapping
    String open(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        UUID token = form.formToken() == null ? UUID.randomUUID() : form.formToken();
        if (Forms.submit(errors, response, () -> committee.open(seat, form.heldOn(), form.attendees(), token))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "coresponse.meeting.opened");
            return "redirect:/coresponse/teams/" + teamId + "/committee";
        }
        return page.show(seat, model);
    }

    @PostMapping("/{meetingId}/attendance")
    String attendance(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.edit(
                errors,
                response,
                () -> committee.attendance(
                        seat, meetingId, form.attendees(), form.version() == null ? -1 : form.version()),
                () -> model.addAttribute("meetingConflict", true))) {
            redirect.addFlashAttribute("notice", "coresponse.meeting.attendanceSaved");
            return "redirect:/coresponse/teams/" + teamId + "/committee";
        }
        return page.show(seat, model);
    }

    @PostMapping("/{meetingId}/close")
    String close(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID meetingId,
            @ModelAttribute("closeForm") CloseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.edit(
                errors,
                response,
                () -> committee.close(seat, meetingId, form.version() == null ? -1 : form.version()),
                () -> model.addAttribute("meetingConflict", true))) {
            redirect.addFlashAttribute("notice", "coresponse.meeting.closed");
            return "redirect:/coresponse/teams/" + teamId + "/committee/meetings/" + meetingId;
        }
        // The version is the form's only value: one that does not read is one the page must be read again for.
        model.addAttribute("meetingConflict", true);
        return page.show(seat, model);
    }
}
