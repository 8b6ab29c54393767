package ca.vigie.plans.web;

import static ca.vigie.system.Authorities.SIGNED_IN;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.cycles.ReportingCycle;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanDashboard;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan at a glance: items by status per level, late updates, and indicator tiles, with filters. */
@Controller
@PreAuthorize("hasAuthority('" + SIGNED_IN + "')")
class DashboardController {

    static final int TILES_SHOWN = 24;

    private final Plans plans;
    private final PlanTree trees;
    private final PlanDashboard dashboards;
    private final ReportingCycles cycles;
    private final IndicatorCatalog indicators;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    DashboardController(
            Plans plans,
            PlanTree trees,
            PlanDashboard dashboards,
            ReportingCycles cycles,
            IndicatorCatalog indicators,
            OrganizationDirectory directory,
            CommunityCalendar calendar) {
        this.plans = plans;
        this.trees = trees;
        this.dashboards = dashboards;
        this.cycles = cycles;
        this.indicators = indicators;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping("/plans/{planId}/dashboard")
    String dashboard(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable UUID organization,
            @RequestParam(required = false) @Nullable PlanningArea area,
            @RequestParam(required = false) @Nullable IssueCategory category,
            @RequestParam(required = false) @Nullable UUID branch,
            Model model,
            HttpServletRequest request) {
        PlanAccess access = plans.access(who, planId);
        PlanTree.Tree tree = trees.of(access, false);
        PlanDashboard.Filter filter = new PlanDashboard.Filter(organization, area, category, branch);
        PlanDashboard.View view = dashboards.of(tree, filter);
        LocalDate today = calendar.today(who.communityId());
        List<ReportingCycles.Owed> late = cycles.cycles(access).stream()
                .filter(ReportingCycle::open)
                .findFirst()
                .map(open -> cycles.owedIn(access, open.id()).stream()
                        .filter(owed -> owed.state(today) == ReportingCycles.State.LATE)
                        .filter(owed -> view.kept().stream()
                                .anyMatch(node -> node.item().id().equals(owed.itemId())))
                        .toList())
                .orElse(List.of());
        model.addAttribute("plan", access.plan());
        model.addAttribute("access", access);
        model.addAttribute("tree", tree);
        model.addAttribute("view", view);
        model.addAttribute("filter", filter);
        model.addAttribute("late", late);
        var attention = indicators.needingAttention(who.communityId(), view.indicatorIds(), TILES_SHOWN);
        model.addAttribute("tiles", attention.tiles());
        model.addAttribute("tilesTotal", attention.total());
        model.addAttribute("organizations", directory.organizations(who.communityId()));
        model.addAttribute(
                "people",
                directory.people(who.communityId()).stream()
                        .collect(Collectors.toMap(
                                OrganizationDirectory.PersonRef::id, OrganizationDirectory.PersonRef::displayName)));
        model.addAttribute("areas", PlanningArea.values());
        model.addAttribute("categories", IssueCategory.values());
        model.addAttribute("branches", branches(tree));
        return Htmx.view(request, "plans/dashboard", "content");
    }

    /** The first two levels of the tree, as the branches a dashboard can focus on. */
    private static List<PlanTree.Node> branches(PlanTree.Tree tree) {
        return tree.roots().stream()
                .flatMap(root ->
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.children().stream()))
                .toList();
    }
}
