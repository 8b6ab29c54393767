package ca.vigie.situations.web;

import ca.vigie.organizations.NamedObjectAdministration;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.situations.tables.SituationTables;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The administrator's screens for situation tables: who sits at each, for which organisation, and
 * under which information-sharing agreement. The administrator sets tables up; no situation is shown here.
 */
@Controller
@RequestMapping("/admin/situation-tables")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class TableAdminController extends NamedObjectAdministration<SituationTable> {

    private final SituationTables tables;
    private final OrganizationDirectory directory;

    TableAdminController(SituationTables tables, OrganizationDirectory directory) {
        super(tables, "/admin/situation-tables", "tables");
        this.tables = tables;
        this.directory = directory;
    }

    @PostMapping("/{id}/members")
    String recordAgreement(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SituationTable table = tables.get(admin.communityId(), id);
        if (Forms.submit(
                errors,
                response,
                () -> tables.recordAgreement(
                        admin,
                        id,
                        form.organizationId(),
                        form.agreementReference() == null ? "" : form.agreementReference(),
                        form.agreementSigned(),
                        form.agreementExpires()))) {
            redirect.addFlashAttribute("notice", "tables.agreement.saved");
            return "redirect:/admin/situation-tables/" + id;
        }
        return showAgain(admin, table, model);
    }

    @PostMapping("/{id}/members/{organizationId}/remove")
    String removeMember(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID organizationId,
            RedirectAttributes redirect) {
        tables.removeMember(admin, id, organizationId);
        redirect.addFlashAttribute("notice", "tables.member.removed");
        return "redirect:/admin/situation-tables/" + id;
    }

    @PostMapping("/{id}/representatives")
    String addRepresentative(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("representative") RepresentativeChoice choice,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SituationTable table = tables.get(admin.communityId(), id);
        if (Forms.submit(errors, response, () -> tables.addRepresentative(admin, id, choice.userId()))) {
            redirect.addFlashAttribute("notice", "tables.representative.added");
            return "redirect:/admin/situation-tables/" + id;
        }
        return showAgain(admin, table, model);
    }

    @PostMapping("/{id}/representatives/{userId}/remove")
    String removeRepresentative(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @PathVariable UUID userId,
            RedirectAttributes redirect) {
        tables.removeRepresentative(admin, id, userId);
        redirect.addFlashAttribute("notice", "tables.representative.removed");
        return "redirect:/admin/situation-tables/" + id;
    }

    @PostMapping("/{id}/chair")
    String setChair(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("chair") ChairChoice choice,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SituationTable table = tables.get(admin.communityId(), id);
        if (Forms.submit(errors, response, () -> tables.setChair(admin, id, choice.chairUserId()))) {
            redirect.addFlashAttribute("notice", "tables.chair.saved");
            return "redirect:/admin/situation-tables/" + id;
        }
        return showAgain(admin, table, model);
    }

    /** A person to seat at the table, as chosen. */
    record RepresentativeChoice(@Nullable UUID userId) {}

    /** The table's chair, as chosen; none leaves the chair empty. */
    record ChairChoice(@Nullable UUID chairUserId) {}

    @Override
    protected String showList(VigiePrincipal admin, Model model) {
        List<SituationTable> all = tables.tables(admin.communityId());
        model.addAttribute("tables", all);
        model.addAttribute(
                "blocked",
                all.stream()
                        .collect(Collectors.toMap(
                                SituationTable::id,
                                table -> table.members().stream()
                                        .filter(m -> !m.agreement(tables.today(admin.communityId()))
                                                .allowsIdentifyingInformation())
                                        .count())));
        model.addAttribute("people", directory.peopleById(admin.communityId()));
        model.addAttribute("today", tables.today(admin.communityId()));
        return "admin/situation-tables";
    }

    @Override
    protected String showOne(VigiePrincipal admin, SituationTable table, Model model) {
        Map<UUID, PersonRef> people = directory.peopleById(admin.communityId());
        if (!model.containsAttribute("agreementForm")) {
            model.addAttribute("agreementForm", AgreementForm.blank());
        }
        if (!model.containsAttribute("representative")) {
            model.addAttribute("representative", new RepresentativeChoice(null));
        }
        if (!model.containsAttribute("chair")) {
            model.addAttribute("chair", new ChairChoice(table.chairUserId()));
        }
        model.addAttribute("table", table);
        model.addAttribute("today", tables.today(admin.communityId()));
        Map<UUID, OrganizationRef> organizations = directory.organizationsById(admin.communityId());
        model.addAttribute("organizations", organizations);
        model.addAttribute(
                "organizationChoices",
                organizations.values().stream().filter(OrganizationRef::active).toList());
        model.addAttribute("people", people);
        model.addAttribute(
                "candidates",
                people.values().stream()
                        .filter(PersonRef::enabled)
                        .filter(person -> table.member(person.organizationId()).isPresent())
                        .filter(person -> table.representatives().stream()
                                .noneMatch(r -> r.userId().equals(person.id())))
                        .sorted(Comparator.comparing(PersonRef::displayName))
                        .toList());
        return "admin/situation-table";
    }
}
