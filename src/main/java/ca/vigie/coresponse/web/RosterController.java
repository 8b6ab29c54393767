package ca.vigie.coresponse.web;

import ca.vigie.coresponse.teams.Roster;
import ca.vigie.coresponse.teams.Side;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.TeamRole;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import ca.vigie.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's roster: who works in which dyad on which shift, from today on. The team reads it; the lead
 * and the community's administrator keep it.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}/roster")
@PreAuthorize("hasAnyRole('COMMUNITY_ADMIN', 'CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD')")
class RosterController {

    private static final int SHOWN = 60;

    private final Teams teams;
    private final Roster roster;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    RosterController(Teams teams, Roster roster, OrganizationDirectory directory, CommunityCalendar calendar) {
        this.teams = teams;
        this.roster = roster;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping
    String roster(@AuthenticationPrincipal VigiePrincipal person, @PathVariable UUID teamId, Model model) {
        model.addAttribute("shift", TeamForms.Shift.blank());
        return show(person, readableBy(person, teamId), model);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @Valid @ModelAttribute("shift") TeamForms.Shift form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Team team = roster.keptBy(person, teamId);
        if (Forms.submit(
                        errors,
                        response,
                        () -> roster.add(
                                person,
                                teamId,
                                form.dyadId(),
                                form.officerId(),
                                form.workerId(),
                                form.startsAt(),
                                form.endsAt()))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "coresponse.roster.added");
            return "redirect:/coresponse/teams/" + teamId + "/roster";
        }
        return show(person, team, model);
    }

    @PostMapping("/{shiftId}/remove")
    String remove(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID shiftId,
            RedirectAttributes redirect) {
        roster.remove(person, teamId, shiftId);
        redirect.addFlashAttribute("notice", "coresponse.roster.removed");
        return "redirect:/coresponse/teams/" + teamId + "/roster";
    }

    /** The team for its administrator or for one of its members in the field; for anyone else, none. */
    private Team readableBy(VigiePrincipal person, UUID teamId) {
        if (person.has(Role.COMMUNITY_ADMIN)) {
            return teams.get(person.communityId(), teamId);
        }
        var seat = teams.seat(person, teamId);
        if (!seat.inTheField()) {
            throw new NotFoundException("Co-response team");
        }
        return seat.team();
    }

    private String show(VigiePrincipal person, Team team, Model model) {
        var zone = calendar.zone(team.communityId());
        var from = calendar.startOf(team.communityId(), calendar.today(team.communityId()));
        model.addAttribute("team", team);
        model.addAttribute("shifts", roster.from(team, from, SHOWN));
        model.addAttribute("zone", zone);
        model.addAttribute("people", directory.peopleById(team.communityId()));
        boolean lead = leads(person, team);
        model.addAttribute("lead", lead);
        model.addAttribute("keeper", lead || person.has(Role.COMMUNITY_ADMIN));
        model.addAttribute(
                "officers",
                team.members().stream().filter(m -> m.side() == Side.POLICE).toList());
        model.addAttribute(
                "workers",
                team.members().stream().filter(m -> m.side() == Side.HEALTH).toList());
        model.addAttribute(
                "now", calendar.now(team.communityId()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
        return "coresponse/roster";
    }

    private static boolean leads(VigiePrincipal person, Team team) {
        return person.has(Role.CORESPONSE_LEAD)
                && team.member(person.userId())
                        .filter(m -> m.role() == TeamRole.LEAD)
                        .isPresent();
    }
}
