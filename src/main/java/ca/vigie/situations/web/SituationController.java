package ca.vigie.situations.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.ConsentStatus;
import ca.vigie.situations.cases.Disclosures;
import ca.vigie.situations.cases.IdentifierCheck;
import ca.vigie.situations.cases.Involvement;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationAccess;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.cases.Stage;
import ca.vigie.system.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A representative's situations: opening one at filter 1 and correcting it, its page, putting it
 * before a meeting, the chair's decision, and showing its identifying details on purpose.
 */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('TABLE_MEMBER') or hasRole('TABLE_CHAIR'))")
class SituationController {

    private final SituationDecisions decisions;
    private final SituationAccess access;
    private final Situations situations;
    private final Disclosures disclosures;
    private final SituationPages pages;

    SituationController(
            Situations situations,
            Disclosures disclosures,
            SituationPages pages,
            SituationAccess access,
            SituationDecisions decisions) {
        this.decisions = decisions;
        this.access = access;
        this.situations = situations;
        this.disclosures = disclosures;
        this.pages = pages;
    }

    @PostMapping("/situations/{id}/disclosures")
    String reveal(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("disclosureForm") DisclosureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        String other = form.legalBasisOther() == null ? "" : form.legalBasisOther();
        Optional<Disclosures.Reveal> revealed = pages.tried(
                model,
                "disclosure",
                errors,
                () -> disclosures.reveal(who, id, form.legalBasis(), other, form.consentStatus()));
        if (revealed.isPresent()) {
            redirect.addFlashAttribute("notice", "disclosures.revealed");
            redirect.addFlashAttribute("withoutAgreement", revealed.get().withoutAgreement());
            return "redirect:/situations/" + id;
        }
        model.addAttribute("typedBasis", form.legalBasis());
        model.addAttribute("typedBasisOther", other);
        model.addAttribute("typedConsent", form.consentStatus());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/involvement")
    String involvement(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("involvementForm") InvolvementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        if (!errors.hasErrors()) {
            try {
                disclosures.answer(who, id, form.involvement());
                redirect.addFlashAttribute("notice", "disclosures.answered");
                return "redirect:/situations/" + id;
            } catch (SituationRejection rejected) {
                SituationPages.stageChanged(model, rejected);
            }
        }
        model.addAttribute("problem", "disclosures.answer.required");
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showSituation(who, situation, null, model);
    }

    @PostMapping("/situations/{id}/decision")
    String decide(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Situation situation = situations.get(who, id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "form.outdated");
        } else {
            try {
                Stage stage = decisions.decide(who, id, form.criteria());
                redirect.addFlashAttribute("notice", "situations.decision." + stage);
            } catch (SituationRejection rejected) {
                redirect.addFlashAttribute("problem", rejected.messageKey());
            }
        }
        return "redirect:/situation-tables/" + situation.tableId() + "/meetings/" + situation.meetingId();
    }

    @PostMapping("/situations/{id}/tabling")
    String tabling(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("tabling") TablingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        if (errors.hasErrors()) {
            model.addAttribute("tablingProblem", "validation.invalidChoice");
        } else {
            try {
                List<IdentifierCheck.Hit> hits = decisions.table(who, id, form.meetingId());
                if (hits.isEmpty()) {
                    redirect.addFlashAttribute("notice", "situations.tabled");
                    return "redirect:/situations/" + id;
                }
                model.addAttribute("hits", hits);
            } catch (SituationRejection rejected) {
                SituationPages.stageChanged(model, rejected);
                model.addAttribute("tablingProblem", rejected.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        SituationPages.noStore(response);
        return pages.showSituation(who, situation, null, model);
    }

    @GetMapping("/situation-tables/{tableId}/situations/new")
    String newForm(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID tableId, Model model) {
        model.addAttribute("form", SituationForm.blank());
        return pages.showForm(who, tableId, null, model);
    }

    @PostMapping("/situation-tables/{tableId}/situations")
    String open(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID tableId,
            @ModelAttribute("form") SituationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        access.seat(who, tableId);
        if (!errors.hasErrors()) {
            try {
                UUID id = situations.open(
                        who,
                        tableId,
                        form.facts(),
                        form.identity(),
                        form.formToken() == null ? UUID.randomUUID() : form.formToken());
                redirect.addFlashAttribute("notice", "situations.opened");
                return "redirect:/situations/" + id;
            } catch (SituationRejection rejected) {
                SituationPages.stageChanged(model, rejected);
                rejected.placeOn(errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        SituationPages.noStore(response);
        return pages.showForm(who, tableId, null, model);
    }

    @GetMapping("/situations/{id}")
    String show(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, Model model) {
        return pages.showSituation(who, situations.get(who, id), null, model);
    }

    /** Showing identifying details is a deliberate act: a POST, recorded, and never cached. */
    @PostMapping("/situations/{id}/identity")
    String identity(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        SituationPages.noStore(response);
        return pages.showSituation(who, situation, situations.identity(who, id), model);
    }

    /**
     * The correction form comes without the identifying details: a GET may be a crawler or a
     * browser's prefetch, not a person asking for them. They are filled in by the POST below.
     */
    @GetMapping("/situations/{id}/edit")
    String editForm(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        situations.requireCorrectable(who, id);
        model.addAttribute("form", SituationForm.withoutIdentity(situation));
        SituationPages.noStore(response);
        return pages.showForm(who, situation.tableId(), situation, model);
    }

    /** The correction form with the identifying details filled in: shown on purpose, like {@link #identity}. */
    @PostMapping("/situations/{id}/edit/identity")
    String editFormWithIdentity(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        SituationPages.noStore(response);
        model.addAttribute("form", SituationForm.withIdentity(situation, situations.identityToCorrect(who, id)));
        return pages.showForm(who, situation.tableId(), situation, model);
    }

    @PostMapping("/situations/{id}")
    String edit(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("form") SituationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Situation situation = situations.get(who, id);
        SituationPages.noStore(response);
        if (!errors.hasErrors()) {
            try {
                situations.edit(
                        who,
                        id,
                        form.facts(),
                        form.identity(),
                        form.identityCorrection(),
                        form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("notice", "situations.saved");
                return "redirect:/situations/" + id;
            } catch (SituationRejection rejected) {
                SituationPages.stageChanged(model, rejected);
                rejected.placeOn(errors);
            } catch (StaleEditException stale) {
                model.addAttribute("stale", true);
                model.addAttribute("form", withVersion(form, situation.version()));
                response.setStatus(HttpStatus.CONFLICT.value());
                return pages.showForm(who, situation.tableId(), situation, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.showForm(who, situation.tableId(), situation, model);
    }

    /** The legal basis for passing the identifying details to the team, and the person's consent. */
    record DisclosureForm(
            @Nullable LegalBasis legalBasis,
            @Nullable String legalBasisOther,
            @Nullable ConsentStatus consentStatus) {}

    /** Whether the organisation is involved with the person, as answered. */
    record InvolvementForm(@Nullable Involvement involvement) {}

    /** The four criteria of acutely elevated risk, as the chair ticked them. */
    record DecisionForm(
            @Nullable Boolean significantInterest,
            @Nullable Boolean probableHarm,
            @Nullable Boolean severeHarm,
            @Nullable Boolean multipleAgencies) {

        Situation.Criteria criteria() {
            return new Situation.Criteria(
                    Boolean.TRUE.equals(significantInterest),
                    Boolean.TRUE.equals(probableHarm),
                    Boolean.TRUE.equals(severeHarm),
                    Boolean.TRUE.equals(multipleAgencies));
        }
    }

    /** The meeting a situation is put before, as chosen. */
    record TablingForm(@Nullable UUID meetingId) {}

    private static SituationForm withVersion(SituationForm form, int version) {
        return new SituationForm(
                form.type(),
                form.ageBand(),
                form.gender(),
                form.summary(),
                form.riskFactorIds(),
                form.protectiveFactorIds(),
                form.fullName(),
                form.dateOfBirth(),
                form.address(),
                form.otherContact(),
                null,
                version,
                form.identityShown());
    }
}
