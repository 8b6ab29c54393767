package ca.vigie.organizations.admin;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.Organization;
import ca.vigie.organizations.directory.OrganizationAdministration;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.Sectors;
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

    OrganizationAdminController(OrganizationAdministration administration, Sectors sectors) {
        this.administration = administration;
        this.sectors = sectors;
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
        model.addAttribute("organization", organization);
        model.addAttribute("form", OrganizationForm.of(organization));
        return "admin/organization-form";
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
        model.addAttribute("organization", current);
        if (errors.hasErrors() || form.version() == null) {
            if (form.version() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "admin/organization-form";
        }
        if (Forms.edit(errors, response, () -> administration.edit(admin, id, form.details(), form.version()), () -> {
            model.addAttribute("theirs", current);
            model.addAttribute(
                    "form", new OrganizationForm(form.nameFr(), form.nameEn(), form.sector(), current.version(), null));
        })) {
            redirect.addFlashAttribute("notice", "admin.organizations.saved");
            return "redirect:/admin/organizations";
        }
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
