package ca.vigie.complaints.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.complaints.files.FileLeads;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.IdentityReason;
import ca.vigie.complaints.files.OpeningPurpose;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.VigiePrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who works on an opened file and who is kept out of it: assignments, walls, the link to the
 * complaint a reprisal answers, a legal hold, and reading the reporter's identity on purpose.
 */
@Controller
@RequestMapping("/complaint-files")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('OFFICE_INTAKE') or hasRole('INVESTIGATOR'))")
class FileStaffController {

    private final FilePages pages;
    private final FileLeads leads;
    private final FileWork work;

    FileStaffController(FilePages pages, FileLeads leads, FileWork work) {
        this.pages = pages;
        this.leads = leads;
        this.work = work;
    }

    @PostMapping("/{id}/assignments")
    String assign(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("assignment") AssignmentForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("typedAssignee", form.userId());
        model.addAttribute("typedRole", form.role());
        model.addAttribute("typedUntil", errors.getFieldValue("accessUntil"));
        return pages.act(
                who,
                id,
                session,
                "assign",
                errors,
                () -> work.assign(who, id, form.userId(), form.role(), form.accessUntil()),
                "complaints.assign.done",
                model,
                redirect,
                response);
    }

    /** A member of the office's staff to assign, in which role, and until when. */
    record AssignmentForm(
            @Nullable UUID userId,
            @Nullable StaffRole role,
            @Nullable LocalDate accessUntil) {}

    @PostMapping("/{id}/assignments/{userId}/{role}/remove")
    String unassign(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @PathVariable StaffRole role,
            HttpSession session,
            RedirectAttributes redirect) {
        pages.openedFor(who, id, session);
        work.unassign(who, id, userId, role);
        redirect.addFlashAttribute("notice", "complaints.assign.removed");
        return "redirect:/complaint-files/" + id;
    }

    @PostMapping("/{id}/kept-out")
    String keepOut(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("keptOutForm") KeptOutForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                who,
                id,
                session,
                "keptOut",
                errors,
                () -> leads.keepOut(who, id, form.deniedUserId()),
                "complaints.keptOut.done",
                model,
                redirect,
                response);
    }

    /** A person to keep out of the file, as chosen. */
    record KeptOutForm(@Nullable UUID deniedUserId) {}

    @PostMapping("/{id}/reprisal-of")
    String linkReprisal(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("reprisalForm") ReprisalForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                who,
                id,
                session,
                "reprisal",
                errors,
                () -> work.linkReprisal(who, id, form.originalId()),
                "complaints.reprisal.linked",
                model,
                redirect,
                response);
    }

    /** The file a reprisal complaint answers, as chosen. */
    record ReprisalForm(@Nullable UUID originalId) {}

    @PostMapping("/{id}/legal-hold")
    String hold(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean held,
            HttpSession session,
            RedirectAttributes redirect) {
        pages.openedFor(who, id, session);
        try {
            leads.hold(who, id, held);
            redirect.addFlashAttribute("notice", held ? "complaints.retention.held" : "complaints.retention.released");
        } catch (FileRejection rejected) {
            redirect.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/complaint-files/" + id;
    }

    @PostMapping("/{id}/reporter")
    String readReporter(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("reporterForm") ReporterForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        OpeningPurpose purpose = pages.openedFor(who, id, session);
        if (errors.hasErrors()) {
            model.addAttribute("identityProblem", "validation.invalidChoice");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return pages.showOpen(who, id, purpose, model, StepForm.blank());
        }
        IdentityReason identityReason = form.identityReason();
        boolean share = Boolean.TRUE.equals(form.share());
        try {
            if (share) {
                leads.shareReporter(who, id, identityReason);
                redirect.addFlashAttribute("notice", "complaints.reporter.shared");
                return "redirect:/complaint-files/" + id;
            }
            model.addAttribute("revealedReporter", leads.readReporter(who, id, identityReason));
        } catch (FileRejection rejected) {
            model.addAttribute("identityProblem", rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return pages.showOpen(who, id, purpose, model, StepForm.blank());
    }

    /** Why the reporter's identity is read, and whether it is shared with the file's staff. */
    record ReporterForm(
            @Nullable IdentityReason identityReason,
            @Nullable Boolean share) {}
}
