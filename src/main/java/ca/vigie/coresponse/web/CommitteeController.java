package ca.vigie.coresponse.web;

import ca.vigie.coresponse.caseload.CommitteeDecision;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.DischargeReason;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinical committee's queue: proposals to decide, reviews due, discharges proposed, people called
 * about three times or more in thirty days whom the team does not follow, and the caseload. The team
 * reads it; its lead records the committee's decisions. No clinical narrative is shown beyond the
 * proposal's reason.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}/committee")
@PreAuthorize("hasAnyRole('CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD')")
class CommitteeController {

    private final Teams teams;
    private final Enrolments enrolments;
    private final CommitteePage page;

    CommitteeController(Teams teams, Enrolments enrolments, CommitteePage page) {
        this.teams = teams;
        this.enrolments = enrolments;
        this.page = page;
    }

    /** The committee's decision on one proposal, as typed, from the version the lead saw. */
    record DecisionForm(
            @Nullable Decision decision,
            @Nullable ConsentBasis consentBasis,
            @Nullable LocalDate consentDate,

            @Size(max = Enrolments.DETAIL_MAX, message = "{validation.tooLong}") @Nullable
            String consentDetail,

            @Nullable UUID leadWorkerId,
            @Nullable LocalDate reviewOn,
            @Nullable LocalDate deferredTo,
            @Nullable Integer version) {

        CommitteeDecision decided() {
            return new CommitteeDecision(
                    decision, consentBasis, consentDate, consentDetail, leadWorkerId, reviewOn, deferredTo);
        }
    }

    /** A discharge with its reason, from the version the lead saw. */
    record DischargeForm(
            @Nullable DischargeReason dischargeReason,
            @Nullable Integer version) {}

    /** A review that keeps the person followed until a new date, from the version the lead saw. */
    record ReviewForm(
            @Nullable LocalDate nextReview, @Nullable Integer version) {}

    @GetMapping
    String queue(@AuthenticationPrincipal VigiePrincipal person, @PathVariable UUID teamId, Model model) {
        return page.show(teams.seat(person, teamId), model);
    }

    @PostMapping("/{enrolmentId}/decision")
    String decide(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID enrolmentId,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        Step step = new Step(seat, enrolmentId, errors, model, redirect, response);
        return record(
                step,
                () -> enrolments.decide(seat, enrolmentId, form.decided(), version(form.version())),
                "coresponse.committee.decided",
                "deciding");
    }

    @PostMapping("/{enrolmentId}/discharge")
    String discharge(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID enrolmentId,
            @Valid @ModelAttribute("dischargeForm") DischargeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        Step step = new Step(seat, enrolmentId, errors, model, redirect, response);
        return record(
                step,
                () -> enrolments.discharge(seat, enrolmentId, form.dischargeReason(), version(form.version())),
                "coresponse.committee.discharged",
                "discharging");
    }

    @PostMapping("/{enrolmentId}/review")
    String review(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID enrolmentId,
            @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        Step step = new Step(seat, enrolmentId, errors, model, redirect, response);
        return record(
                step,
                () -> enrolments.review(seat, enrolmentId, form.nextReview(), version(form.version())),
                "coresponse.committee.reviewed",
                "reviewing");
    }

    /**
     * One of the committee's steps on an enrolment, from its form: back to the queue with a notice once
     * recorded; otherwise the queue again, the form marked by {@code marker} showing its problem.
     */
    private record Step(
            Seat seat,
            UUID enrolmentId,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {}

    private String record(Step step, Runnable action, String notice, String marker) {
        if (Forms.edit(
                step.errors(),
                step.response(),
                action,
                () -> step.model().addAttribute("conflict", step.enrolmentId()))) {
            step.redirect().addFlashAttribute("notice", notice);
            return "redirect:/coresponse/teams/" + step.seat().teamId() + "/committee";
        }
        step.model().addAttribute(marker, step.enrolmentId());
        return page.show(step.seat(), step.model());
    }

    private static int version(@Nullable Integer version) {
        return version == null ? -1 : version;
    }
}
