package ca.vigie.complaints.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.ConsentForm;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.VigiePrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** Informal services the office gives outside any file, and their turning into a complaint with consent. */
@Controller
@RequestMapping("/complaint-services")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "') and (hasRole('OFFICE_INTAKE') or hasRole('INVESTIGATOR'))")
class InformalServiceController {

    private final InformalServices services;
    private final ComplaintFiles files;
    private final OrganizationDirectory directory;
    private final IntakeDocuments documents;

    InformalServiceController(
            InformalServices services,
            ComplaintFiles files,
            OrganizationDirectory directory,
            IntakeDocuments documents) {
        this.services = services;
        this.files = files;
        this.directory = directory;
        this.documents = documents;
    }

    @GetMapping
    String list(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("form", ServiceForm.blank(files.today(who.communityId())));
        return showList(who, model);
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal VigiePrincipal who,
            @ModelAttribute("form") ServiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                UUID id = services.record(who, form.service(), form.token());
                redirect.addFlashAttribute("notice", "complaints.informal.recorded");
                return "redirect:/complaint-services/" + id;
            } catch (FileRejection rejected) {
                rejected.placeOn(errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showList(who, model);
    }

    @GetMapping("/{id}")
    String service(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, Model model) {
        InformalServices.Opened opened = services.open(who, id);
        model.addAttribute("service", opened);
        model.addAttribute(
                "complaintReference", services.complaintReference(who, id).orElse(null));
        model.addAttribute("organizations", organizations(who));
        model.addAttribute(
                "provider",
                directory.people(who.communityId(), List.of(opened.line().providedBy())).stream()
                        .findFirst()
                        .orElse(null));
        return "complaints/service";
    }

    @GetMapping("/{id}/complaint")
    String complaintForm(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, Model model) {
        InformalServices.Opened opened = services.open(who, id);
        model.addAttribute("form", IntakeForm.forReporter(opened.person()));
        model.addAttribute("consent", ConsentFields.blank(files.today(who.communityId())));
        return showComplaintForm(who, opened, model);
    }

    @PostMapping("/{id}/complaint")
    String turnIntoComplaint(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @ModelAttribute("form") IntakeForm form,
            BindingResult errors,
            @ModelAttribute("consent") ConsentFields consent,
            BindingResult consentErrors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        InformalServices.Opened opened = services.open(who, id);
        List<UUID> held = documents.stage(who.communityId(), form, errors, model);
        form.requireChoices(errors, true);
        try {
            services.checkConsent(who, id, consent.consent());
        } catch (FileRejection rejected) {
            rejected.placeOn(consentErrors);
        }
        if (errors.hasErrors() || consentErrors.hasErrors()) {
            form.alsoCheck(() -> files.checkTakenDown(who, form.intake(held), form.reporter()), errors, model);
        } else {
            try {
                services.turnIntoComplaint(
                        who, id, consent.consent(), form.intake(held), form.reporter(), form.token());
                redirect.addFlashAttribute("notice", "complaints.informal.turnedIntoComplaint");
                return "redirect:/complaint-services/" + id;
            } catch (FileRejection rejected) {
                if (rejected.field().startsWith("consent")) {
                    rejected.placeOn(consentErrors);
                } else {
                    form.reject(rejected, errors, model);
                }
            }
        }
        model.addAttribute("consentProblems", consentErrors.hasErrors());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showComplaintForm(who, opened, model);
    }

    private String showList(VigiePrincipal who, Model model) {
        List<UUID> helped = services.organizationsHelpedBy(who);
        model.addAttribute("lines", services.reachableBy(who));
        model.addAttribute("kinds", InformalKind.values());
        model.addAttribute(
                "servedOrganizations",
                directory.organizations(who.communityId()).stream()
                        .filter(o -> helped.contains(o.id()))
                        .toList());
        model.addAttribute("organizations", organizations(who));
        return "complaints/services";
    }

    private String showComplaintForm(VigiePrincipal who, InformalServices.Opened opened, Model model) {
        IntakeForm form = (IntakeForm) model.getAttribute("form");
        model.addAttribute("service", opened);
        model.addAttribute("organizations", organizations(who));
        model.addAttribute("peopleRows", form.peopleRows());
        documents.show(who.communityId(), form, model);
        model.addAttribute("types", ComplaintType.values());
        model.addAttribute("modes", List.of(ReporterMode.NAMED, ReporterMode.CONFIDENTIAL));
        model.addAttribute("reporterRoles", ReporterRole.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("consentForms", ConsentForm.values());
        model.addAttribute(
                "colleagues",
                directory.people(who.communityId()).stream()
                        .filter(OrganizationDirectory.PersonRef::enabled)
                        .filter(p -> p.organizationId().equals(opened.line().organizationId()))
                        .toList());
        return "complaints/service-complaint";
    }

    private Map<UUID, OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
    }
}
