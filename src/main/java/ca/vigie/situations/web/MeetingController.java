package ca.vigie.situations.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.Meeting;
import ca.vigie.situations.cases.MeetingAgenda;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.ProgressReports;
import ca.vigie.situations.cases.SituationAccess;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.Situations;
import ca.vigie.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A representative's tables and their meetings: the agenda, who was there, the meetings held. */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('TABLE_MEMBER') or hasRole('TABLE_CHAIR'))")
class MeetingController {

    static final int MEETINGS_PER_PAGE = 50;

    private final MeetingAgenda agenda;
    private final SituationAccess access;
    private final Situations situations;
    private final Meetings meetings;
    private final ProgressReports progressReports;
    private final SituationPages pages;

    MeetingController(
            Situations situations,
            Meetings meetings,
            ProgressReports progressReports,
            SituationPages pages,
            SituationAccess access,
            MeetingAgenda agenda) {
        this.agenda = agenda;
        this.access = access;
        this.situations = situations;
        this.meetings = meetings;
        this.progressReports = progressReports;
        this.pages = pages;
    }

    @GetMapping("/situation-tables")
    String seats(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("seats", access.seats(who));
        model.addAttribute("organizations", pages.organizations(who));
        return "situations/tables";
    }

    @GetMapping("/situation-tables/{tableId}")
    String table(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("meetingForm", new MeetingForm(null, UUID.randomUUID()));
        return pages.showTable(who, tableId, page, model);
    }

    @PostMapping("/situation-tables/{tableId}/meetings")
    String schedule(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                meetings.schedule(
                        who, tableId, form.heldOn(), form.formToken() == null ? UUID.randomUUID() : form.formToken());
                redirect.addFlashAttribute("notice", "meetings.scheduled");
                return "redirect:/situation-tables/" + tableId;
            } catch (SituationRejection rejected) {
                SituationPages.stageChanged(model, rejected);
                rejected.placeOn(errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showTable(who, tableId, 0, model);
    }

    /** The meetings a table held, a page at a time, latest first; pages are numbered from 1 in addresses. */
    @GetMapping("/situation-tables/{tableId}/meetings")
    String meetingsHeld(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @RequestParam(name = "page", required = false) @Nullable String page,
            Model model) {
        int asked = page != null && page.strip().matches("[0-9]{1,6}") ? Integer.parseInt(page.strip()) - 1 : 0;
        model.addAttribute("seat", access.seat(who, tableId));
        model.addAttribute("held", meetings.held(who, tableId, asked, MEETINGS_PER_PAGE));
        return "situations/meetings";
    }

    @GetMapping("/situation-tables/{tableId}/meetings/{meetingId}")
    String meeting(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @PathVariable UUID meetingId,
            Model model) {
        return showMeeting(who, tableId, meetingId, model);
    }

    @PostMapping("/situation-tables/{tableId}/meetings/{meetingId}/attendance")
    String attendance(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute("attendance") AttendanceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Meeting meeting = inTable(who, tableId, meetingId);
        if (errors.hasErrors()) {
            model.addAttribute("problem", "validation.invalidChoice");
        } else {
            try {
                meetings.recordAttendance(who, meeting.id(), form.present() == null ? List.of() : form.present());
                redirect.addFlashAttribute("notice", "meetings.attendance.saved");
                return "redirect:/situation-tables/" + tableId + "/meetings/" + meetingId;
            } catch (SituationRejection rejected) {
                model.addAttribute("problem", rejected.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showMeeting(who, tableId, meetingId, model);
    }

    /** Who was there, as ticked: people seated at the table. */
    record AttendanceForm(@Nullable List<UUID> present) {}

    private Meeting inTable(VigiePrincipal who, UUID tableId, UUID meetingId) {
        Meeting meeting = meetings.get(who, meetingId);
        if (!meeting.tableId().equals(tableId)) {
            throw new NotFoundException("Meeting");
        }
        return meeting;
    }

    private String showMeeting(VigiePrincipal who, UUID tableId, UUID meetingId, Model model) {
        Meeting meeting = inTable(who, tableId, meetingId);
        model.addAttribute("seat", access.seat(who, tableId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", agenda.agenda(who, tableId, meetingId));
        model.addAttribute("followUps", agenda.followUps(who, tableId, meetingId));
        model.addAttribute("progressAtMeeting", progressReports.progressAt(meetingId));
        model.addAttribute("isChair", access.isChair(who, tableId));
        model.addAttribute("present", meetings.attendance(who, meetingId));
        model.addAttribute("attendanceLocked", meetings.attendanceLocked(meetingId));
        model.addAttribute("today", meetings.today(who.communityId()));
        model.addAttribute("people", pages.people(who));
        model.addAttribute("labels", pages.labels(who));
        model.addAttribute("organizations", pages.organizations(who));
        return "situations/meeting";
    }
}
