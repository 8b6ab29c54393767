package ca.vigie.coresponse.web;

import ca.vigie.coresponse.teams.Law;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.TeamRejection;
import ca.vigie.coresponse.teams.TeamRole;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.NamedObjectAdministration;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's screens for mixed teams: law and police service, health and social partners with
 * their agreements from the community's register, members by role and side, and dyads. Nothing here
 * shows a call or a person the team met.
 */
@Controller
@RequestMapping(TeamAdminController.ADDRESS)
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class TeamAdminController extends NamedObjectAdministration<Team> {

    static final String ADDRESS = "/admin/coresponse-teams";

    /** The prefix of the team administration's message keys, as the shared named-object forms take it. */
    private static final String MESSAGES = "coresponse" + ".teams";

    private final Teams teams;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    TeamAdminController(Teams teams, OrganizationDirectory directory, CommunityCalendar calendar) {
        super(teams, ADDRESS, MESSAGES);
        this.teams = teams;
        this.directory = directory;
        this.calendar = calendar;
    }

    @PostMapping("/{id}/settings")
    String configure(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("settings") TeamForms.Settings form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Team team = teams.get(admin.communityId(), id);
        if (Forms.edit(
                errors,
                response,
                () -> teams.configure(admin, id, form.law(), form.policeOrganizationId(), form.expectedVersion()),
                () -> {
                    Team theirs = teams.get(admin.communityId(), id);
                    model.addAttribute("settingsConflict", true);
                    model.addAttribute(
                            "settings",
                            new TeamForms.Settings(form.law(), form.policeOrganizationId(), theirs.version()));
                })) {
            return done(redirect, id, "coresponse.teams.settings.saved");
        }
        return showAgain(admin, teams.get(admin.communityId(), team.id()), model);
    }

    @PostMapping("/{id}/partners")
    String addPartner(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("partner") TeamForms.Partner form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Team team = teams.get(admin.communityId(), id);
        if (Forms.submit(errors, response, () -> teams.addPartner(admin, id, form.organizationId()))) {
            return done(redirect, id, "coresponse.teams.partner.added");
        }
        return showAgain(admin, team, model);
    }

    @PostMapping("/{id}/partners/{organizationId}/remove")
    String removePartner(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID organizationId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Team team = teams.get(admin.communityId(), id);
        try {
            teams.removePartner(admin, id, organizationId);
        } catch (TeamRejection refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", refused.messageKey());
            return showAgain(admin, team, model);
        }
        return done(redirect, id, "coresponse.teams.partner.removed");
    }

    @PostMapping("/{id}/members")
    String addMember(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("member") TeamForms.Member form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Team team = teams.get(admin.communityId(), id);
        if (Forms.submit(errors, response, () -> teams.addMember(admin, id, form.userId(), form.role()))) {
            return done(redirect, id, "coresponse.teams.member.added");
        }
        return showAgain(admin, team, model);
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID userId,
            RedirectAttributes redirect) {
        teams.removeMember(admin, id, userId);
        return done(redirect, id, "coresponse.teams.member.removed");
    }

    @PostMapping("/{id}/dyads")
    String addDyad(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("dyad") TeamForms.Dyad form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Team team = teams.get(admin.communityId(), id);
        if (Forms.submit(errors, response, () -> teams.addDyad(admin, id, form.label()))
                .isPresent()) {
            return done(redirect, id, "coresponse.teams.dyad.added");
        }
        return showAgain(admin, team, model);
    }

    @PostMapping("/{id}/dyads/{dyadId}/retire")
    String retireDyad(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID dyadId,
            @RequestParam(defaultValue = "true") boolean retired,
            RedirectAttributes redirect) {
        teams.retireDyad(admin, id, dyadId, retired);
        return done(redirect, id, retired ? "coresponse.teams.dyad.retired" : "coresponse.teams.dyad.restored");
    }

    private static String done(RedirectAttributes redirect, UUID id, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + ADDRESS + "/" + id;
    }

    @Override
    protected String showList(VigiePrincipal admin, Model model) {
        model.addAttribute("teams", teams.teams(admin.communityId()));
        model.addAttribute("organizations", directory.organizationsById(admin.communityId()));
        return "admin/coresponse-teams";
    }

    @Override
    protected String showOne(VigiePrincipal admin, Team team, Model model) {
        Map<UUID, OrganizationRef> organizations = directory.organizationsById(admin.communityId());
        Map<UUID, PersonRef> people = directory.peopleById(admin.communityId());
        model.addAttribute("team", team);
        model.addAttribute("organizations", organizations);
        model.addAttribute("people", people);
        model.addAttribute("agreements", directory.agreements(admin.communityId()));
        model.addAttribute("today", calendar.today(admin.communityId()));
        model.addAttribute("laws", Law.values());
        model.addAttribute("teamRoles", TeamRole.values());
        model.addAttribute(
                "organizationChoices",
                organizations.values().stream().filter(OrganizationRef::active).toList());
        model.addAttribute(
                "candidates",
                people.values().stream()
                        .filter(PersonRef::enabled)
                        .filter(person -> team.member(person.id()).isEmpty())
                        .toList());
        if (!model.containsAttribute("settings")) {
            model.addAttribute(
                    "settings", new TeamForms.Settings(team.law(), team.policeOrganizationId(), team.version()));
        }
        if (!model.containsAttribute("partner")) {
            model.addAttribute("partner", new TeamForms.Partner(null));
        }
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new TeamForms.Member(null, null));
        }
        if (!model.containsAttribute("dyad")) {
            model.addAttribute("dyad", new TeamForms.Dyad(""));
        }
        return "admin/coresponse-team";
    }
}
