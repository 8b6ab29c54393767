package ca.vigie.plans.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.indicators.IndicatorTile;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.PlanRole;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanRejection;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.Forms;
import ca.vigie.system.Htmx;
import ca.vigie.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** Plans: the list, creation from a template, the item tree, settings and members. */
@Controller
@RequestMapping("/plans")
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class PlanController {

    private final Plans plans;
    private final PlanTemplates templates;
    private final PlanTree trees;
    private final IndicatorCatalog indicators;
    private final OrganizationDirectory directory;

    PlanController(
            Plans plans,
            PlanTemplates templates,
            PlanTree trees,
            IndicatorCatalog indicators,
            OrganizationDirectory directory) {
        this.plans = plans;
        this.templates = templates;
        this.trees = trees;
        this.indicators = indicators;
        this.directory = directory;
    }

    /** Items drawn at once on the tree page: a few hundred draw in well under a second. */
    static final int OPEN_ITEMS = 600;

    @GetMapping
    String list(@AuthenticationPrincipal VigiePrincipal who, Model model) {
        model.addAttribute("plans", plans.visibleTo(who));
        model.addAttribute("canCreate", who.has(ca.vigie.organizations.Role.PLAN_COORDINATOR));
        return "plans/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String newForm(
            @AuthenticationPrincipal VigiePrincipal who,
            @RequestParam(required = false) @Nullable UUID template,
            Model model) {
        model.addAttribute("form", PlanForm.blank(template));
        return showNew(who, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('PLAN_COORDINATOR')")
    String create(
            @AuthenticationPrincipal VigiePrincipal who,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (form.templateId() == null) {
            errors.rejectValue("templateId", "validation.required");
        }
        if (errors.hasErrors() || form.formToken() == null) {
            if (form.formToken() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showNew(who, model);
        }
        try {
            UUID id = plans.create(who, form.templateId(), form.settings(), form.formToken());
            redirect.addFlashAttribute("notice", "plans.created");
            return "redirect:/plans/" + id;
        } catch (PlanRejection rejected) {
            rejected.placeOn(errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showNew(who, model);
        }
    }

    /**
     * The plan's tree, opened as far as {@link #OPEN_ITEMS} items allow; with a branch, that branch
     * alone as a page, or as the list of its children for htmx to put in place.
     */
    @GetMapping("/{id}")
    String tree(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(required = false) @Nullable UUID branch,
            Model model,
            HttpServletRequest request) {
        PlanAccess access = plans.access(who, id);
        PlanTree.Tree tree = trees.of(access, archived);
        PlanTree.Node opened =
                branch == null ? null : tree.node(branch).orElseThrow(() -> new NotFoundException("Plan item"));
        boolean fragment = opened != null && Htmx.isFragmentRequest(request);
        List<PlanTree.Node> shown = opened == null ? tree.roots() : fragment ? opened.children() : List.of(opened);
        // A branch asked for as a page shows at least its children, whatever their number.
        int openLevels = Math.max(opened != null && !fragment ? 1 : 0, PlanTree.Tree.levelsWithin(shown, OPEN_ITEMS));
        model.addAttribute("access", access);
        model.addAttribute("plan", access.plan());
        model.addAttribute("tree", tree);
        model.addAttribute("shown", shown);
        model.addAttribute("openLevels", openLevels);
        model.addAttribute("branch", opened);
        model.addAttribute("showArchived", archived);
        Set<UUID> indicatorIds = new HashSet<>();
        shown.forEach(node -> collectIndicators(node, openLevels, indicatorIds));
        model.addAttribute(
                "tiles",
                indicators.tiles(who.communityId(), indicatorIds).stream()
                        .collect(Collectors.toMap(IndicatorTile::id, Function.identity())));
        model.addAttribute("people", names(who));
        model.addAttribute("organizations", organizations(who));
        return fragment ? "plans/fragments :: branch" : "plans/plan";
    }

    private static void collectIndicators(PlanTree.Node node, int levelsBelow, Set<UUID> into) {
        into.addAll(node.item().details().indicatorIds());
        if (levelsBelow > 0) {
            node.children().forEach(child -> collectIndicators(child, levelsBelow - 1, into));
        }
    }

    @GetMapping("/{id}/settings")
    String settings(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, Model model) {
        PlanAccess access = requireManage(who, id);
        model.addAttribute("form", PlanForm.of(access.plan()));
        return showSettings(access, model);
    }

    @PostMapping("/{id}/settings")
    String configure(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanAccess access = requireManage(who, id);
        if (errors.hasErrors() || form.version() == null) {
            if (form.version() == null) {
                errors.reject("form.outdated");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showSettings(access, model);
        }
        if (Forms.edit(
                errors,
                response,
                () -> plans.configure(who, id, form.settings(), form.version()),
                () -> model.addAttribute("theirs", access.plan()))) {
            redirect.addFlashAttribute("notice", "plans.saved");
            return "redirect:/plans/" + id;
        }
        return showSettings(access, model);
    }

    @GetMapping("/{id}/members")
    String members(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id, Model model) {
        return showMembers(who, plans.access(who, id), model);
    }

    @PostMapping("/{id}/members")
    String setMember(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @Valid @ModelAttribute("member") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanAccess access = plans.access(who, id);
        if (Forms.submit(
                errors,
                response,
                () -> plans.setMember(
                        who, id, Objects.requireNonNull(form.userId()), Objects.requireNonNull(form.role())))) {
            redirect.addFlashAttribute("notice", "plans.members.saved");
            return "redirect:/plans/" + id + "/members";
        }
        return showMembers(who, access, model);
    }

    /** A person to give a role in the plan, as chosen. */
    record MemberForm(
            @NotNull(message = "{validation.required}") @Nullable
            UUID userId,

            @NotNull(message = "{validation.required}") @Nullable
            PlanRole role) {}

    private String showMembers(VigiePrincipal who, PlanAccess access, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("plan", access.plan());
        model.addAttribute("members", plans.members(who, access.plan().id()));
        model.addAttribute(
                "people",
                directory.people(who.communityId()).stream()
                        .filter(OrganizationDirectory.PersonRef::enabled)
                        .toList());
        model.addAttribute("roles", PlanRole.values());
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new MemberForm(null, PlanRole.VIEWER));
        }
        return "plans/members";
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @PathVariable UUID userId,
            RedirectAttributes redirect) {
        try {
            plans.removeMember(who, id, userId);
            redirect.addFlashAttribute("notice", "plans.members.removed");
        } catch (PlanRejection rejected) {
            redirect.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/plans/" + id + "/members";
    }

    private PlanAccess requireManage(VigiePrincipal who, UUID id) {
        PlanAccess access = plans.access(who, id);
        if (!access.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("Not a coordinator of this plan");
        }
        return access;
    }

    private String showNew(VigiePrincipal who, Model model) {
        model.addAttribute("templates", templates.available(who.communityId()));
        model.addAttribute("rules", RollupRule.values());
        return "plans/new";
    }

    private String showSettings(PlanAccess access, Model model) {
        model.addAttribute("plan", access.plan());
        model.addAttribute("rules", RollupRule.values());
        return "plans/settings";
    }

    private Map<UUID, String> names(VigiePrincipal who) {
        return directory.people(who.communityId()).stream()
                .collect(Collectors.toMap(
                        OrganizationDirectory.PersonRef::id, OrganizationDirectory.PersonRef::displayName));
    }

    private Map<UUID, OrganizationDirectory.OrganizationRef> organizations(VigiePrincipal who) {
        return directory.organizations(who.communityId()).stream()
                .collect(Collectors.toMap(OrganizationDirectory.OrganizationRef::id, Function.identity()));
    }
}
