package ca.vigie.coresponse.web;

import ca.vigie.coresponse.calls.PeopleRetention;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person the team met, as a member in the field sees them: the label, their calls, the notes of the
 * member's side and the team's, the form to write one, and on each note of the member's side the form
 * to pass something across with its legal basis. The identity stays behind its own audited request.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}/people/{personId}")
@PreAuthorize("hasAnyRole('CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD')")
class PersonController {

    private final Teams teams;
    private final Notes notes;
    private final PeopleRetention retention;
    private final Enrolments enrolments;
    private final PersonPage page;

    PersonController(Teams teams, Notes notes, PeopleRetention retention, Enrolments enrolments, PersonPage page) {
        this.teams = teams;
        this.notes = notes;
        this.retention = retention;
        this.enrolments = enrolments;
        this.page = page;
    }

    @GetMapping
    String person(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            Model model) {
        return show(teams.seat(person, teamId), personId, model);
    }

    @PostMapping("/notes")
    String write(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("noteForm") PersonForms.NoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.submit(
                        errors,
                        response,
                        () -> notes.write(
                                seat,
                                personId,
                                form.body(),
                                form.forTheTeam(),
                                form.formToken() == null ? UUID.randomUUID() : form.formToken()))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "coresponse.note.written");
            return "redirect:/coresponse/teams/" + teamId + "/people/" + personId;
        }
        return show(seat, personId, model);
    }

    @PostMapping("/disclosures")
    String share(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("shareForm") PersonForms.ShareForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (form.noteId() == null) {
            throw new ca.vigie.system.NotFoundException("Note");
        }
        if (Forms.submit(
                        errors,
                        response,
                        () -> notes.share(
                                seat,
                                form.noteId(),
                                form.shared(),
                                form.basis(),
                                form.detail(),
                                form.formToken() == null ? UUID.randomUUID() : form.formToken()))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "coresponse.note.shared.done");
            return "redirect:/coresponse/teams/" + teamId + "/people/" + personId;
        }
        model.addAttribute("sharing", form.noteId());
        return show(seat, personId, model);
    }

    @PostMapping("/proposal")
    String propose(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("proposalForm") PersonForms.ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Seat seat = teams.seat(person, teamId);
        if (Forms.submit(
                        errors,
                        response,
                        () -> enrolments.propose(
                                seat,
                                personId,
                                form.reason(),
                                form.formToken() == null ? UUID.randomUUID() : form.formToken()))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "coresponse.caseload.proposed");
            return "redirect:/coresponse/teams/" + teamId + "/people/" + personId;
        }
        model.addAttribute("proposing", true);
        return show(seat, personId, model);
    }

    @PostMapping("/discharge-proposal")
    String proposeDischarge(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            RedirectAttributes redirect) {
        Seat seat = teams.seat(person, teamId);
        Enrolments.Enrolment enrolment =
                enrolments.latest(seat, personId).orElseThrow(() -> new ca.vigie.system.NotFoundException("Enrolment"));
        enrolments.proposeDischarge(seat, enrolment.id());
        redirect.addFlashAttribute("notice", "coresponse.caseload.dischargeProposed");
        return "redirect:/coresponse/teams/" + teamId + "/people/" + personId;
    }

    @PostMapping("/legal-hold")
    String hold(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @RequestParam(defaultValue = "true") boolean held,
            RedirectAttributes redirect) {
        retention.hold(teams.seat(person, teamId), personId, held);
        redirect.addFlashAttribute(
                "notice", held ? "coresponse.person.heldNotice" : "coresponse.person.releasedNotice");
        return "redirect:/coresponse/teams/" + teamId + "/people/" + personId;
    }

    private String show(Seat seat, UUID personId, Model model) {
        return page.show(seat, personId, model);
    }
}
