package ca.vigie.complaints.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.complaints.files.Attachments;
import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileMessages;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employee's side of the office: the complaints they filed and where each stands, and the
 * standard form to file a named or confidential one about their workplace; on each, the messages
 * exchanged with the office.
 */
@Controller
@RequestMapping("/complaints")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class ComplaintController {

    private final ComplaintFiles files;
    private final FileMessages messages;
    private final OrganizationDirectory directory;
    private final IntakeDocuments documents;
    private final Attachments attachments;

    ComplaintController(
            ComplaintFiles files,
            FileMessages messages,
            OrganizationDirectory directory,
            IntakeDocuments documents,
            Attachments attachments) {
        this.documents = documents;
        this.attachments = attachments;
        this.files = files;
        this.messages = messages;
        this.directory = directory;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("office", files.officeFor(who).orElse(null));
        model.addAttribute("filed", files.filedBy(who));
        return "complaints/mine";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("form", IntakeForm.blank());
        return showForm(who, model);
    }

    @PostMapping
    String file(
            @AuthenticationPrincipal VigiePrincipal who,
            @ModelAttribute("form") IntakeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        List<UUID> held = documents.stage(who.communityId(), form, errors, model);
        form.requireChoices(errors, true);
        if (errors.hasErrors()) {
            form.alsoCheck(() -> files.check(who, form.intake(held)), errors, model);
        } else {
            try {
                files.file(who, form.intake(held), form.token());
                redirect.addFlashAttribute("notice", "complaints.filed");
                return "redirect:/complaints";
            } catch (FileRejection rejected) {
                form.reject(rejected, errors, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showForm(who, model);
    }

    @GetMapping("/{id}")
    String complaint(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, Model model) {
        model.addAttribute("messageForm", MessageForm.blank());
        return showComplaint(who, id, model);
    }

    @PostMapping("/{id}/messages")
    String write(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (Forms.submit(errors, response, () -> messages.sendFromReporter(who, id, form.text(), form.token()))) {
            redirect.addFlashAttribute("notice", "complaints.message.sent");
            return "redirect:/complaints/" + id;
        }
        return showComplaint(who, id, model);
    }

    private String showComplaint(VigiePrincipal who, UUID id, Model model) {
        model.addAttribute("file", messages.ownFile(who, id));
        model.addAttribute("messages", messages.forReporter(who, id));
        model.addAttribute("documents", attachments.sentWith(who, id));
        return "complaints/complaint";
    }

    private String showForm(VigiePrincipal who, Model model) {
        IntakeForm form = (IntakeForm) model.getAttribute("form");
        model.addAttribute("peopleRows", form.peopleRows());
        documents.show(who.communityId(), form, model);
        model.addAttribute("office", files.officeFor(who).orElse(null));
        model.addAttribute("types", ComplaintType.values());
        model.addAttribute("modes", List.of(ReporterMode.NAMED, ReporterMode.CONFIDENTIAL));
        model.addAttribute("reporterRoles", ReporterRole.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute(
                "colleagues",
                directory.people(who.communityId()).stream()
                        .filter(PersonRef::enabled)
                        .filter(p -> p.organizationId().equals(who.organizationId()))
                        .filter(p -> !p.id().equals(who.userId()))
                        .toList());
        return "complaints/form";
    }
}
