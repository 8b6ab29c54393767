package ca.vigie.plans.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.indicators.IndicatorTile;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.MeasureType;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.TimeHorizon;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.TemplateLevel;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanRejection;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.Formats;
import ca.vigie.system.Forms;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** Items of a plan: adding, the item page with its history and comments, editing and moving. */
@Controller
@RequestMapping("/plans/{planId}/items")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class ItemController {

    private final Plans plans;
    private final PlanItems items;
    private final PlanTree trees;
    private final IndicatorCatalog indicators;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final Formats formats;

    ItemController(
            Plans plans,
            PlanItems items,
            PlanTree trees,
            IndicatorCatalog indicators,
            OrganizationDirectory directory,
            MessageSource messages,
            Formats formats) {
        this.plans = plans;
        this.items = items;
        this.trees = trees;
        this.indicators = indicators;
        this.directory = directory;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/new")
    String newForm(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable UUID parent,
            @RequestParam String level,
            Model model) {
        PlanAccess access = editor(who, planId);
        model.addAttribute("form", ItemForm.blank());
        return showForm(who, access, null, parent, level, model);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable UUID parent,
            @RequestParam String level,
            @Valid @ModelAttribute("form") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanAccess access = editor(who, planId);
        if (errors.hasErrors() || form.formToken() == null) {
            if (form.formToken() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(who, access, null, parent, level, model);
        }
        try {
            UUID id = items.add(who, planId, parent, level, form.details(), form.formToken());
            redirect.addFlashAttribute("notice", "plans.items.added");
            return "redirect:/plans/" + planId + "#item-" + id;
        } catch (PlanRejection rejected) {
            errors.rejectValue(fieldOf(rejected), rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(who, access, null, parent, level, model);
        }
    }

    @GetMapping("/{itemId}")
    String show(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID itemId,
            Model model) {
        PlanAccess access = plans.access(who, planId);
        PlanTree.Tree tree = trees.of(access, true);
        PlanTree.Node node = tree.node(itemId).orElseThrow(() -> new NotFoundException("Plan item"));
        model.addAttribute("access", access);
        model.addAttribute("plan", access.plan());
        model.addAttribute("tree", tree);
        model.addAttribute("node", node);
        model.addAttribute(
                "tiles",
                indicators.tiles(who.communityId(), node.item().details().indicatorIds()));
        model.addAttribute("comments", items.comments(access, itemId));
        List<PlanItems.Change> changes = items.history(access, itemId);
        model.addAttribute(
                "history",
                inWords(who, tree, ItemHistory.indicatorsNamed(changes)).show(changes));
        model.addAttribute("people", people(who));
        model.addAttribute("organizations", organizations(who));
        model.addAttribute("moveTargets", moveTargets(tree, node));
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new MoveForm(null));
        }
        if (!model.containsAttribute("comment")) {
            model.addAttribute("comment", CommentForm.blank());
        }
        return "plans/item";
    }

    @GetMapping("/{itemId}/edit")
    String editForm(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID itemId,
            Model model) {
        PlanAccess access = editor(who, planId);
        PlanItem item = items.get(access, itemId);
        model.addAttribute("form", ItemForm.of(item));
        return showForm(who, access, item, item.parentId(), item.levelCode(), model);
    }

    @PostMapping("/{itemId}")
    String edit(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID itemId,
            @Valid @ModelAttribute("form") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanAccess access = editor(who, planId);
        PlanItem current = items.get(access, itemId);
        if (errors.hasErrors() || form.version() == null) {
            if (form.version() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(who, access, current, current.parentId(), current.levelCode(), model);
        }
        try {
            items.edit(who, planId, itemId, form.details(), form.version());
        } catch (PlanRejection rejected) {
            errors.rejectValue(fieldOf(rejected), rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(who, access, current, current.parentId(), current.levelCode(), model);
        } catch (StaleEditException stale) {
            model.addAttribute("theirs", current);
            Set<UUID> named = new HashSet<>(current.details().indicatorIds());
            named.addAll(form.details().indicatorIds());
            ItemHistory words = inWords(who, trees.of(access, true), named);
            model.addAttribute("differences", words.differences(form.details().changesFrom(current.details())));
            model.addAttribute(
                    "lastChange",
                    words.show(items.history(access, itemId)).stream()
                            .findFirst()
                            .orElse(null));
            model.addAttribute("names", people(who));
            model.addAttribute("form", form.withVersion(current.version()));
            response.setStatus(HttpStatus.CONFLICT.value());
            return showForm(who, access, current, current.parentId(), current.levelCode(), model);
        }
        redirect.addFlashAttribute("notice", "plans.items.saved");
        return "redirect:/plans/" + planId + "/items/" + itemId;
    }

    @PostMapping("/{itemId}/move")
    String move(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID itemId,
            @Valid @ModelAttribute("moveForm") MoveForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (Forms.submit(errors, response, () -> items.move(who, planId, itemId, form.parent()))) {
            redirect.addFlashAttribute("notice", "plans.items.moved");
            return "redirect:/plans/" + planId + "/items/" + itemId;
        }
        return show(who, planId, itemId, model);
    }

    /** The item to move this one under, as chosen; none moves it to the top. */
    record MoveForm(@Nullable UUID parent) {}

    @PostMapping("/{itemId}/reorder")
    String reorder(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID itemId,
            @RequestParam String direction) {
        items.reorder(who, planId, itemId, "up".equals(direction));
        return "redirect:/plans/" + planId + "#item-" + itemId;
    }

    @PostMapping("/{itemId}/archived")
    String archive(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID itemId,
            @RequestParam boolean archived,
            RedirectAttributes redirect) {
        items.setArchived(who, planId, itemId, archived);
        redirect.addFlashAttribute("notice", archived ? "plans.items.archived" : "plans.items.restored");
        return "redirect:/plans/" + planId + "/items/" + itemId;
    }

    @PostMapping("/{itemId}/comments")
    String comment(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @PathVariable UUID itemId,
            @Valid @ModelAttribute("comment") CommentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (Forms.submit(errors, response, () -> items.comment(who, planId, itemId, form.text()))) {
            redirect.addFlashAttribute("notice", "plans.comments.added");
            return "redirect:/plans/" + planId + "/items/" + itemId + "#comments";
        }
        return show(who, planId, itemId, model);
    }

    /** Where an item may go: the top (when its level is a root) or any item of the level above. */
    private static List<PlanTree.Node> moveTargets(PlanTree.Tree tree, PlanTree.Node node) {
        String parentLevel = node.level().parentCode();
        if (parentLevel == null) {
            return List.of();
        }
        return tree.all().stream()
                .filter(candidate -> candidate.level().code().equals(parentLevel))
                .filter(candidate -> !candidate.item().id().equals(node.item().parentId()))
                .filter(candidate -> !candidate.item().archived())
                .toList();
    }

    private PlanAccess editor(VigiePrincipal who, UUID planId) {
        PlanAccess access = plans.access(who, planId);
        if (!access.canEditTree()) {
            throw new AccessDeniedException("Not an editor of this plan");
        }
        return access;
    }

    private String showForm(
            VigiePrincipal who,
            PlanAccess access,
            @Nullable PlanItem item,
            @Nullable UUID parentId,
            String levelCode,
            Model model) {
        PlanTemplate template = plans.template(access.plan());
        TemplateLevel level = template.level(levelCode).orElseThrow(() -> new NotFoundException("Template level"));
        PlanItem parent = parentId == null ? null : items.get(access, parentId);
        if (item == null && !template.allows(levelCode, parent == null ? null : parent.levelCode())) {
            throw new NotFoundException("Template level");
        }
        model.addAttribute("plan", access.plan());
        model.addAttribute("item", item);
        model.addAttribute("parent", parent);
        model.addAttribute("level", level);
        model.addAttribute("scheme", plans.scheme(access.plan()));
        model.addAttribute(
                "people",
                directory.people(who.communityId()).stream()
                        .filter(OrganizationDirectory.PersonRef::enabled)
                        .toList());
        model.addAttribute(
                "organizationChoices",
                directory.organizations(who.communityId()).stream()
                        .filter(OrganizationDirectory.OrganizationRef::active)
                        .toList());
        model.addAttribute("indicatorChoices", indicators.search(who.communityId(), null, null, false));
        model.addAttribute("horizons", TimeHorizon.values());
        model.addAttribute("planningAreas", PlanningArea.values());
        model.addAttribute("issueCategories", IssueCategory.values());
        model.addAttribute("measureTypes", MeasureType.values());
        return "plans/item-form";
    }

    /** Rejections about the item's place are shown by the title, the first field of the form. */
    private static String fieldOf(PlanRejection rejected) {
        return "level".equals(rejected.field()) || "parentId".equals(rejected.field()) ? "titleFr" : rejected.field();
    }

    /** Stored values put into words for this reader: names for identifiers, labels for codes. */
    private ItemHistory inWords(VigiePrincipal who, PlanTree.Tree tree, Collection<UUID> indicatorIds) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, String> indicatorNames = indicators.tiles(who.communityId(), indicatorIds).stream()
                .collect(Collectors.toMap(IndicatorTile::id, tile -> tile.name(locale)));
        Map<UUID, String> itemTitles = tree.byId().values().stream()
                .collect(Collectors.toMap(
                        node -> node.item().id(),
                        node -> formats.pick(
                                        node.item().details().titleFr(),
                                        node.item().details().titleEn())
                                .text()));
        return new ItemHistory(
                locale, messages, people(who), organizations(who), indicatorNames, itemTitles, tree.scheme());
    }

    private Map<UUID, String> people(VigiePrincipal who) {
        return directory.people(who.communityId()).stream()
                .collect(Collectors.toMap(
                        OrganizationDirectory.PersonRef::id, OrganizationDirectory.PersonRef::displayName));
    }

    private Map<UUID, OrganizationDirectory.OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationDirectory.OrganizationRef::id, Function.identity()));
    }
}
