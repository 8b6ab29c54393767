package ca.vigie.organizations.admin;

import ca.vigie.organizations.Agreements;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.Organization;
import ca.vigie.organizations.directory.OrganizationAdministration;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.Sectors;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Forms;
import ca.vigie.system.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/organizations")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class OrganizationAdminController {

    private final OrganizationAdministration administration;
    private final Sectors sectors;
    private final Agreements agreements;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    OrganizationAdminController(
            OrganizationAdministration administration,
            Sectors sectors,
            Agreements agreements,
            OrganizationDirectory directory,
            CommunityCalendar calendar) {
        this.administration = administration;
        this.sectors = sectors;
        this.agreements = agreements;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** Every sector the community sees; forms offer those in use and the organisation's own. */
    @ModelAttribute("sectors")
    java.util.List<Sectors.Sector> sectors(@AuthenticationPrincipal VigiePrincipal admin) {
        return sectors.all(admin.communityId());
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal VigiePrincipal admin,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable Boolean active,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("active", active);
        model.addAttribute("organizations", administration.search(admin, q, sector, active));
        return Htmx.view(request, "admin/organizations", "results");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", OrganizationForm.blank());
        return "admin/organization-form";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal VigiePrincipal admin,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (errors.hasErrors() || form.formToken() == null) {
            if (form.formToken() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/organization-form";
        }
        try {
            administration.create(admin, form.details(), form.formToken());
        } catch (RejectedValueException rejected) {
            rejected.placeOn(errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/organization-form";
        }
        redirect.addFlashAttribute("notice", "admin.organizations.created");
        return "redirect:/admin/organizations";
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal VigiePrincipal admin, @PathVariable UUID id, Model model) {
        Organization organization = administration.get(admin, id);
        model.addAttribute("form", OrganizationForm.of(organization));
        return editPage(admin, organization, model);
    }

    @PostMapping("/{id}")
    String edit(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Organization current = administration.get(admin, id);
        if (errors.hasErrors() || form.version() == null) {
            if (form.version() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editPage(admin, current, model);
        }
        if (Forms.edit(errors, response, () -> administration.edit(admin, id, form.details(), form.version()), () -> {
            model.addAttribute("theirs", current);
            model.addAttribute(
                    "form", new OrganizationForm(form.nameFr(), form.nameEn(), form.sector(), current.version(), null));
        })) {
            redirect.addFlashAttribute("notice", "admin.organizations.saved");
            return "redirect:/admin/organizations";
        }
        return editPage(admin, current, model);
    }

    /** Records the organisation's information-sharing agreement, or its renewal, in the community's register. */
    @PostMapping("/{id}/agreement")
    String recordAgreement(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Organization organization = administration.get(admin, id);
        if (Forms.submit(
                        errors,
                        response,
                        () -> agreements.record(
                                admin, id, form.reference(), form.agreementSigned(), form.agreementExpires()))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "admin.organizations.agreement.saved");
            return "redirect:/admin/organizations/" + id;
        }
        return editPage(admin, organization, model);
    }

    /** The organisation's page: its details, its agreement and its state; forms not sent back as they stand. */
    private String editPage(VigiePrincipal admin, Organization organization, Model model) {
        OrganizationDirectory.AgreementRef agreement =
                directory.agreement(admin.communityId(), organization.id()).orElse(null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OrganizationForm.of(organization));
        }
        if (!model.containsAttribute("agreementForm")) {
            model.addAttribute("agreementForm", AgreementForm.of(agreement));
        }
        model.addAttribute("organization", organization);
        model.addAttribute("agreement", agreement);
        model.addAttribute("today", calendar.today(admin.communityId()));
        return "admin/organization-form";
    }

    @PostMapping("/{id}/active")
    String setActive(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @RequestParam boolean active,
            RedirectAttributes redirect) {
        administration.setActive(admin, id, active);
        redirect.addFlashAttribute("notice", active ? "admin.organizations.enabled" : "admin.organizations.disabled");
        return "redirect:/admin/organizations/" + id;
    }
}
