package ca.vigie.coresponse.web;

import ca.vigie.coresponse.CoresponseSettings;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.IdentityPurpose;
import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.calls.PeopleRetention;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.notes.SharingBasis;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
 * A person the team met, as a member in the field sees them: the label, their calls, the notes of the
 * member's side and the team's, the form to write one, and on each note of the member's side the form
 * to pass something across with its legal basis. The identity stays behind its own audited request.
 */
@Controller
@RequestMapping("/coresponse/teams/{teamId}/people/{personId}")
@PreAuthorize("hasAnyRole('CORESPONSE_OFFICER', 'CORESPONSE_WORKER', 'CORESPONSE_LEAD')")
class PersonController {

    private final Teams teams;
    private final Calls calls;
    private final KnownPeople people;
    private final Notes notes;
    private final OrganizationDirectory directory;
    private final PeopleRetention retention;
    private final CoresponseSettings settings;
    private final Enrolments enrolments;

    PersonController(
            Enrolments enrolments,
            Teams teams,
            Calls calls,
            KnownPeople people,
            Notes notes,
            OrganizationDirectory directory,
            PeopleRetention retention,
            CoresponseSettings settings) {
        this.teams = teams;
        this.calls = calls;
        this.people = people;
        this.notes = notes;
        this.directory = directory;
        this.retention = retention;
        this.settings = settings;
        this.enrolments = enrolments;
    }

    /** A note as typed, for the member's side or the whole team. */
    record NoteForm(
            @Size(max = Notes.BODY_MAX, message = "{validation.tooLong}") @Nullable
            String body,

            boolean forTheTeam,
            @Nullable UUID formToken) {

        static NoteForm blank() {
            return new NoteForm("", false, UUID.randomUUID());
        }
    }

    /** What to pass across from one note, and on what basis. */
    record ShareForm(
            @Nullable UUID noteId,

            @Size(max = Notes.BODY_MAX, message = "{validation.tooLong}") @Nullable
            String shared,

            @Nullable SharingBasis basis,

            @Size(max = Notes.DETAIL_MAX, message = "{validation.tooLong}") @Nullable
            String detail,

            @Nullable UUID formToken) {}

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
            @Valid @ModelAttribute("noteForm") NoteForm form,
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
            @Valid @ModelAttribute("shareForm") ShareForm form,
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

    /** A proposal to follow the person, with its reason. */
    record ProposalForm(
            @Size(max = Enrolments.REASON_MAX, message = "{validation.tooLong}") @Nullable
            String reason,

            @Nullable UUID formToken) {}

    @PostMapping("/proposal")
    String propose(
            @AuthenticationPrincipal VigiePrincipal person,
            @PathVariable UUID teamId,
            @PathVariable UUID personId,
            @Valid @ModelAttribute("proposalForm") ProposalForm form,
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
        model.addAttribute("team", seat.team());
        model.addAttribute("seat", seat);
        model.addAttribute("personId", personId);
        model.addAttribute("label", people.label(seat, personId));
        model.addAttribute("held", retention.held(seat.teamId(), personId));
        model.addAttribute("enrolment", enrolments.latest(seat, personId).orElse(null));
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", new ProposalForm("", UUID.randomUUID()));
        }
        model.addAttribute("neverEnrolledYears", settings.neverEnrolledYears());
        model.addAttribute("calls", calls.ofPerson(seat, personId));
        model.addAttribute("notes", notes.readable(seat, personId));
        model.addAttribute("disclosures", notes.disclosures(seat, personId));
        model.addAttribute("people", directory.peopleById(seat.communityId()));
        model.addAttribute("bases", SharingBasis.values());
        model.addAttribute("purposes", IdentityPurpose.values());
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", NoteForm.blank());
        }
        if (!model.containsAttribute("shareForm")) {
            model.addAttribute("shareForm", new ShareForm(null, "", null, "", UUID.randomUUID()));
        }
        return "coresponse/person";
    }
}
