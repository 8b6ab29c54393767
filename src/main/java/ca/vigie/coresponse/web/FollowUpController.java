package ca.vigie.coresponse.web;

import ca.vigie.coresponse.caseload.CarePlan;
import ca.vigie.coresponse.caseload.FollowUp;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up a member in the field records on a person's page: alerts, the care and safety plan's
 * goals, contacts and milestones.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}/people/{personId}")
@PreAuthorize("hasAnyRole('CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD')")
class FollowUpController {

    private final Teams teams;
    private final FollowUp followUp;
    private final CarePlan carePlan;
    private final PersonPage page;

    FollowUpController(Teams teams, FollowUp followUp, CarePlan carePlan, PersonPage page) {
        this.teams = teams;
        this.followUp = followUp;
        this.carePlan = carePlan;
        this.page = page;
    }

    @PostMapping("/alerts")
    String alert(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("alertForm") PersonForms.AlertForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.submit(
                        errors,
                        response,
                        () -> followUp.alert(seat, personId, form.alertBody(), token(form.formToken())))
                .isPresent()) {
            return done(redirect, teamId, personId, "coresponse.followUp.alertAdded");
        }
        return page.show(seat, personId, model);
    }

    @PostMapping("/alerts/{alertId}/end")
    String endAlert(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @PathVariable UUID alertId,
            RedirectAttributes redirect) {
        followUp.endAlert(teams.seat(person, teamId), personId, alertId);
        return done(redirect, teamId, personId, "coresponse.followUp.alertEnded");
    }

    @PostMapping("/contacts")
    String contact(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("contactForm") PersonForms.ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.submit(
                        errors,
                        response,
                        () -> followUp.contact(
                                seat,
                                personId,
                                form.contactOn(),
                                form.mode(),
                                form.needs() == null ? Set.of() : form.needs(),
                                form.referrals() == null ? Set.of() : form.referrals(),
                                form.referralsCompleted(),
                                token(form.formToken())))
                .isPresent()) {
            return done(redirect, teamId, personId, "coresponse.followUp.contactRecorded");
        }
        return page.show(seat, personId, model);
    }

    @PostMapping("/milestones")
    String milestone(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("milestoneForm") PersonForms.MilestoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.submit(
                        errors,
                        response,
                        () -> followUp.milestone(
                                seat, personId, form.kind(), form.milestoneOn(), token(form.formToken())))
                .isPresent()) {
            return done(redirect, teamId, personId, "coresponse.followUp.milestoneRecorded");
        }
        return page.show(seat, personId, model);
    }

    @PostMapping("/goals")
    String goal(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("goalForm") PersonForms.GoalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.submit(errors, response, () -> carePlan.add(seat, personId, form.goal(), token(form.formToken())))
                .isPresent()) {
            return done(redirect, teamId, personId, "coresponse.followUp.goalAdded");
        }
        return page.show(seat, personId, model);
    }

    @PostMapping("/goals/{goalId}/status")
    String goalStatus(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @PathVariable UUID goalId,
            @Valid @ModelAttribute("goalStatusForm") PersonForms.GoalStatusForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.edit(
                errors,
                response,
                () -> carePlan.setStatus(
                        seat, personId, goalId, form.status(), form.version() == null ? -1 : form.version()),
                () -> model.addAttribute("problem", "coresponse.followUp.goalConflict"))) {
            return done(redirect, teamId, personId, "coresponse.followUp.goalUpdated");
        }
        if (!model.containsAttribute("problem")) {
            model.addAttribute("problem", "coresponse.followUp.goalRefused");
        }
        return page.show(seat, personId, model);
    }

    private static UUID token(@org.jspecify.annotations.Nullable UUID formToken) {
        return formToken == null ? UUID.randomUUID() : formToken;
    }

    private static String done(RedirectAttributes redirect, UUID teamId, UUID personId, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/coresponse/teams/" + teamId + "/people/" + personId;
    }
}
