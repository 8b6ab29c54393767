package ca.vigie.complaints.web;

import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.NamedObjectAdministration;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community administrator's screens for workplace-safety offices: create one, choose the
 * organisations it serves with their jurisdiction, and assign its staff. No file is reachable here.
 */
@Controller
@RequestMapping("/admin/complaint-offices")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class OfficeAdminController extends NamedObjectAdministration<ComplaintOffice> {

    private final ComplaintOffices offices;
    private final OrganizationDirectory directory;

    OfficeAdminController(ComplaintOffices offices, OrganizationDirectory directory) {
        super(offices, "/admin/complaint-offices", "offices");
        this.offices = offices;
        this.directory = directory;
    }

    @PostMapping("/{id}/organizations")
    String serve(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("served") ServedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ComplaintOffice office = offices.get(admin.communityId(), id);
        if (Forms.submit(
                errors, response, () -> offices.serve(admin, id, form.organizationId(), form.jurisdiction()))) {
            redirect.addFlashAttribute("notice", "offices.served.saved");
            return "redirect:/admin/complaint-offices/" + id;
        }
        return showAgain(admin, office, model);
    }

    @PostMapping("/{id}/organizations/{organizationId}/remove")
    String stopServing(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID organizationId,
            RedirectAttributes redirect) {
        offices.stopServing(admin, id, organizationId);
        redirect.addFlashAttribute("notice", "offices.served.removed");
        return "redirect:/admin/complaint-offices/" + id;
    }

    @PostMapping("/{id}/staff")
    String assign(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("staff") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ComplaintOffice office = offices.get(admin.communityId(), id);
        if (Forms.submit(errors, response, () -> offices.assign(admin, id, form.userId(), form.role()))) {
            redirect.addFlashAttribute("notice", "offices.staff.assigned");
            return "redirect:/admin/complaint-offices/" + id;
        }
        return showAgain(admin, office, model);
    }

    /** An organisation the office is to serve, and the law that governs its complaints, as chosen. */
    record ServedForm(
            @Nullable UUID organizationId, @Nullable Jurisdiction jurisdiction) {}

    /** A person to assign to the office and what they do there, as chosen. */
    record StaffForm(@Nullable UUID userId, @Nullable StaffRole role) {}

    @PostMapping("/{id}/staff/{userId}/{role}/remove")
    String unassign(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID userId,
            @PathVariable StaffRole role,
            RedirectAttributes redirect) {
        offices.unassign(admin, id, userId, role);
        redirect.addFlashAttribute("notice", "offices.staff.removed");
        return "redirect:/admin/complaint-offices/" + id;
    }

    @Override
    protected String showList(VigiePrincipal admin, Model model) {
        model.addAttribute("offices", offices.offices(admin.communityId()));
        return "admin/complaint-offices";
    }

    @Override
    protected String showOne(VigiePrincipal admin, ComplaintOffice office, Model model) {
        if (!model.containsAttribute("served")) {
            model.addAttribute("served", new ServedForm(null, null));
        }
        if (!model.containsAttribute("staff")) {
            model.addAttribute("staff", new StaffForm(null, null));
        }
        model.addAttribute("office", office);
        Map<UUID, OrganizationRef> organizations = directory.organizationsById(admin.communityId());
        Map<UUID, PersonRef> people = directory.peopleById(admin.communityId());
        model.addAttribute("organizations", organizations);
        model.addAttribute(
                "organizationChoices",
                organizations.values().stream().filter(OrganizationRef::active).toList());
        model.addAttribute("jurisdictions", Jurisdiction.values());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("people", people);
        model.addAttribute(
                "candidates",
                people.values().stream().filter(PersonRef::enabled).toList());
        return "admin/complaint-office";
    }
}
