package ca.vigie.situations.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.IdentifierCheck;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.Progress;
import ca.vigie.situations.cases.ProgressReports;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.Situations;
import ca.vigie.system.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intervention team's forms on a situation's page: forming the team, notes, services, the plan,
 * progress at follow-up meetings and the conclusion. Each is a request record; a value that cannot be
 * read and a domain refusal both come back next to their field with what was typed.
 */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('TABLE_MEMBER') or hasRole('TABLE_CHAIR'))")
class InterventionController {

    private final Situations situations;
    private final Interventions interventions;
    private final SituationPages pages;
    private final ProgressReports progressReports;

    InterventionController(
            Situations situations, Interventions interventions, SituationPages pages, ProgressReports progressReports) {
        this.situations = situations;
        this.interventions = interventions;
        this.pages = pages;
        this.progressReports = progressReports;
    }

    @PostMapping("/situations/{id}/team")
    String formTeam(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("teamForm") TeamForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        if (pages.tried(
                model, "team", errors, () -> interventions.formTeam(who, id, form.lead(), listOf(form.assisting())))) {
            redirect.addFlashAttribute("notice", "interventions.formed");
            return "redirect:/situations/" + id;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/notes")
    String addNote(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("noteForm") NoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        String body = form.body() == null ? "" : form.body();
        UUID token = form.formToken() == null ? UUID.randomUUID() : form.formToken();
        if (pages.tried(model, "note", errors, () -> interventions.addNote(who, id, body, token))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "interventions.noteAdded");
            return "redirect:/situations/" + id;
        }
        model.addAttribute("typedNote", body);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        SituationPages.noStore(response);
        return pages.showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/services")
    String recordServices(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("servicesForm") ServicesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        if (pages.tried(
                model, "services", errors, () -> interventions.recordServices(who, id, listOf(form.services())))) {
            redirect.addFlashAttribute("notice", "interventions.servicesSaved");
            return "redirect:/situations/" + id;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/plan")
    String planIntervention(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("planForm") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (errors.hasErrors()) {
            pages.refused(model, "plan", errors);
        } else if (form.version() == null) {
            model.addAttribute("problem", "form.outdated");
        } else {
            try {
                interventions.planIntervention(who, id, form.interventionOn(), listOf(form.going()), form.version());
                redirect.addFlashAttribute("notice", "interventions.plan.saved");
                return "redirect:/situations/" + id;
            } catch (SituationRejection rejected) {
                SituationPages.stageChanged(model, rejected);
                model.addAttribute("planField", rejected.field());
                model.addAttribute("planProblem", rejected.messageKey());
            } catch (StaleEditException stale) {
                model.addAttribute("planField", "interventionOn");
                model.addAttribute("planProblem", "interventions.plan.stale");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        model.addAttribute(
                "typedPlan", new Interventions.Plan(form.interventionOn(), Set.copyOf(listOf(form.going()))));
        model.addAttribute("typedPlanOn", errors.getFieldValue("interventionOn"));
        return pages.showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/progress")
    String reportProgress(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("progressForm") ProgressForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        String remark = form.remark() == null ? "" : form.remark();
        if (errors.hasErrors()) {
            pages.refused(model, "progress", errors);
        } else {
            try {
                List<IdentifierCheck.Hit> hits =
                        progressReports.reportProgress(who, id, form.meetingId(), form.status(), remark);
                if (hits.isEmpty()) {
                    redirect.addFlashAttribute("notice", "interventions.progress.saved");
                    return "redirect:/situations/" + id;
                }
                model.addAttribute("progressHits", hits);
            } catch (SituationRejection rejected) {
                SituationPages.stageChanged(model, rejected);
                model.addAttribute("progressField", rejected.field());
                model.addAttribute("progressProblem", rejected.messageKey());
            }
        }
        model.addAttribute("typedProgressMeeting", form.meetingId());
        model.addAttribute("typedStatus", form.status());
        model.addAttribute("typedRemark", remark);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        SituationPages.noStore(response);
        return pages.showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/conclusion")
    String conclude(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("conclusionForm") ConclusionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        if (pages.tried(
                model,
                "conclusion",
                errors,
                () -> interventions.conclude(who, id, form.reasonId(), form.concludedOn()))) {
            redirect.addFlashAttribute("notice", "interventions.concluded");
            return "redirect:/situations/" + id;
        }
        model.addAttribute("typedReason", form.reasonId());
        model.addAttribute("typedConcludedOn", errors.getFieldValue("concludedOn"));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showSituation(who, situation, null, model);
    }

    /** The lead organisation and those assisting it, as chosen. */
    record TeamForm(@Nullable UUID lead, @Nullable List<UUID> assisting) {}

    /** A team note as typed. */
    record NoteForm(@Nullable String body, @Nullable UUID formToken) {}

    /** The services the person receives, as ticked. */
    record ServicesForm(@Nullable List<UUID> services) {}

    /** The intervention's day and the organisations going, read at a version of the situation. */
    record PlanForm(
            @Nullable LocalDate interventionOn,
            @Nullable List<UUID> going,
            @Nullable Integer version) {}

    /** How the situation stands at a follow-up meeting. */
    record ProgressForm(
            @Nullable UUID meetingId,
            @Nullable Progress status,
            @Nullable String remark) {}

    /** Why and when the situation concluded. */
    record ConclusionForm(@Nullable UUID reasonId, @Nullable LocalDate concludedOn) {}

    private static List<UUID> listOf(@Nullable List<UUID> chosen) {
        return chosen == null ? List.of() : chosen;
    }
}
