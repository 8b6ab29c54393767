package ca.vigie.situations.web;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.reference.Outcome;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.system.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** The administrator's screens for the situation tables' reference lists: one list at a time. */
@Controller
@RequestMapping("/admin/situations/reference")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class ReferenceAdminController {

    private final SituationReference reference;

    ReferenceAdminController(SituationReference reference) {
        this.reference = reference;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal VigiePrincipal admin,
            @RequestParam(defaultValue = "RISK_CATEGORY") ReferenceList list,
            Model model) {
        model.addAttribute("form", ReferenceForm.blank());
        return show(admin, list, model);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal VigiePrincipal admin,
            @RequestParam ReferenceList list,
            @ModelAttribute("form") ReferenceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (Forms.submit(
                        errors,
                        response,
                        () -> reference.add(
                                admin,
                                list,
                                form.fr(),
                                form.en(),
                                form.parentId(),
                                form.grouping(),
                                form.formToken() == null ? UUID.randomUUID() : form.formToken()))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "reference.added");
            return "redirect:/admin/situations/reference?list=" + list;
        }
        return show(admin, list, model);
    }

    @GetMapping("/{id}")
    String value(@AuthenticationPrincipal VigiePrincipal admin, @PathVariable UUID id, Model model) {
        ReferenceValue value = reference.get(admin.communityId(), id);
        model.addAttribute(
                "form",
                new ReferenceForm(
                        value.labelFr(), value.labelEn(), value.parentId(), value.grouping(), null, value.version()));
        return showValue(admin, value, model);
    }

    @PostMapping("/{id}")
    String reword(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @ModelAttribute("form") ReferenceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ReferenceValue value = reference.get(admin.communityId(), id);
        if (Forms.edit(
                errors,
                response,
                () -> reference.reword(admin, id, form.fr(), form.en(), form.version() == null ? -1 : form.version()),
                () -> {
                    model.addAttribute("theirs", value);
                    model.addAttribute(
                            "form",
                            new ReferenceForm(form.labelFr(), form.labelEn(), null, null, null, value.version()));
                })) {
            redirect.addFlashAttribute("notice", "reference.reworded");
            return "redirect:/admin/situations/reference?list=" + value.list();
        }
        return showValue(admin, value, model);
    }

    @PostMapping("/{id}/retired")
    String retire(
            @AuthenticationPrincipal VigiePrincipal admin,
            @PathVariable UUID id,
            @RequestParam boolean retired,
            RedirectAttributes redirect) {
        ReferenceValue value = reference.get(admin.communityId(), id);
        reference.setRetired(admin, id, retired);
        redirect.addFlashAttribute("notice", retired ? "reference.retiredNotice" : "reference.restoredNotice");
        return "redirect:/admin/situations/reference?list=" + value.list();
    }

    private String show(VigiePrincipal admin, ReferenceList list, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("lists", ReferenceList.values());
        model.addAttribute("values", reference.values(admin.communityId(), list));
        model.addAttribute("categories", categories(admin));
        model.addAttribute("categoryChoices", reference.choices(admin.communityId(), ReferenceList.RISK_CATEGORY));
        model.addAttribute("groupings", Outcome.values());
        return "admin/situation-reference";
    }

    private String showValue(VigiePrincipal admin, ReferenceValue value, Model model) {
        model.addAttribute("value", value);
        model.addAttribute("categories", categories(admin));
        model.addAttribute("wordings", reference.wordings(admin.communityId(), value.id()));
        return "admin/situation-reference-value";
    }

    private Map<UUID, ReferenceValue> categories(VigiePrincipal admin) {
        return reference.values(admin.communityId(), ReferenceList.RISK_CATEGORY).stream()
                .collect(Collectors.toMap(ReferenceValue::id, Function.identity()));
    }
}
