package ca.vigie.plans.tree;

import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.templates.TemplateLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a plan's dashboard counts: items by status at each level, for the whole plan or the part a
 * filter keeps (a partner organisation, a planning area, an issue category, a branch of the tree).
 */
@Component
public class PlanDashboard {

    public record Filter(
            @Nullable UUID organizationId,
            @Nullable PlanningArea planningArea,
            @Nullable IssueCategory issueCategory,
            @Nullable UUID branchId) {

        public boolean isEmpty() {
            return organizationId == null && planningArea == null && issueCategory == null && branchId == null;
        }
    }

    /** Counts at one level: by status code ("" for items without a status), and in all. */
    public record LevelCounts(TemplateLevel level, Map<String, Integer> byStatus, int total) {

        public int count(String statusCode) {
            return byStatus.getOrDefault(statusCode, 0);
        }
    }

    public record View(
            List<LevelCounts> levels, List<PlanTree.Node> kept, Set<UUID> indicatorIds, int completed, int leaves) {

        public int percentCompleted() {
            return leaves == 0 ? 0 : Math.round(100f * completed / leaves);
        }
    }

    public View of(PlanTree.Tree tree, Filter filter) {
        List<PlanTree.Node> kept = new ArrayList<>();
        List<PlanTree.Node> start = tree.roots();
        if (filter.branchId() != null) {
            start = tree.node(filter.branchId()).map(List::of).orElse(List.of());
        }
        for (PlanTree.Node root : start) {
            collect(root, null, filter, kept);
        }
        Map<String, LevelCounts> counts = new LinkedHashMap<>();
        tree.template()
                .levels()
                .forEach(level -> counts.put(level.code(), new LevelCounts(level, new LinkedHashMap<>(), 0)));
        Set<UUID> indicators = new LinkedHashSet<>();
        int leaves = 0;
        int completed = 0;
        for (PlanTree.Node node : kept) {
            LevelCounts level = counts.get(node.level().code());
            String code = node.status() == null ? "" : node.status().code();
            level.byStatus().merge(code, 1, Integer::sum);
            counts.put(node.level().code(), new LevelCounts(level.level(), level.byStatus(), level.total() + 1));
            indicators.addAll(node.item().details().indicatorIds());
            if (!node.hasChildren() && (node.status() == null || node.status().countsInRollup())) {
                leaves++;
                completed += node.status() != null && node.status().completed() ? 1 : 0;
            }
        }
        List<LevelCounts> levels =
                counts.values().stream().filter(level -> level.total() > 0).toList();
        return new View(levels, kept, indicators, completed, leaves);
    }

    /** Keeps the nodes that match, carrying an issue category down from the issue area above. */
    private static void collect(
            PlanTree.Node node, @Nullable IssueCategory inherited, Filter filter, List<PlanTree.Node> kept) {
        PlanItem.Details d = node.item().details();
        IssueCategory category = d.issueCategory() != null ? d.issueCategory() : inherited;
        boolean matches = (filter.organizationId() == null
                        || filter.organizationId().equals(d.leadOrganizationId())
                        || d.collaboratorIds().contains(filter.organizationId()))
                && (filter.planningArea() == null || filter.planningArea() == d.planningArea())
                && (filter.issueCategory() == null || filter.issueCategory() == category);
        if (matches) {
            kept.add(node);
        }
        node.children().forEach(child -> collect(child, category, filter, kept));
    }
}
