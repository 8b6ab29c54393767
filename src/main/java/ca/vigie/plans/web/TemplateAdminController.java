package ca.vigie.plans.web;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.ItemField;
import ca.vigie.plans.templates.PlanTemplates;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plan templates of a community: the shipped ones, and new ones an administrator describes level by level. */
@Controller
@RequestMapping("/admin/templates")
@PreAuthorize("hasRole('COMMUNITY_ADMIN')")
class TemplateAdminController {

    static final int LEVEL_ROWS = 6;

    private final PlanTemplates templates;

    TemplateAdminController(PlanTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(@AuthenticationPrincipal VigiePrincipal admin, Model model) {
        return show(admin, model, MultiValueMap.fromSingleValue(Map.of()));
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal VigiePrincipal admin,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        List<PlanTemplates.NewLevel> levels = new ArrayList<>();
        for (int i = 0; i < LEVEL_ROWS; i++) {
            String code = value(form, "levelCode" + i).toUpperCase(Locale.ROOT);
            if (code.isBlank()) {
                continue;
            }
            Set<ItemField> fields = EnumSet.noneOf(ItemField.class);
            for (String field : form.getOrDefault("levelFields" + i, List.of())) {
                Arrays.stream(ItemField.values())
                        .filter(f -> f.name().equals(field))
                        .forEach(fields::add);
            }
            levels.add(new PlanTemplates.NewLevel(
                    code,
                    value(form, "levelParent" + i).toUpperCase(Locale.ROOT),
                    value(form, "levelFr" + i),
                    value(form, "levelEn" + i),
                    fields));
        }
        try {
            templates.add(
                    admin,
                    value(form, "code"),
                    value(form, "nameFr"),
                    value(form, "nameEn"),
                    value(form, "descriptionFr"),
                    value(form, "descriptionEn"),
                    levels);
        } catch (PlanTemplates.TemplateRejection rejected) {
            model.addAttribute("problemField", rejected.field());
            model.addAttribute("problem", rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(admin, model, form);
        }
        redirect.addFlashAttribute("notice", "templates.added");
        return "redirect:/admin/templates";
    }

    @PostMapping("/{id}/retire")
    String retire(@AuthenticationPrincipal VigiePrincipal admin, @PathVariable UUID id, RedirectAttributes redirect) {
        templates.retire(admin, id);
        redirect.addFlashAttribute("notice", "templates.retired");
        return "redirect:/admin/templates";
    }

    private String show(VigiePrincipal admin, Model model, MultiValueMap<String, String> typed) {
        model.addAttribute("templates", templates.available(admin.communityId()));
        model.addAttribute("fields", ItemField.values());
        model.addAttribute("rows", IntStream.range(0, LEVEL_ROWS).boxed().toList());
        model.addAttribute("typed", typed);
        return "admin/templates";
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
