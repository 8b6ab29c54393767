package ca.vigie.plans.tree;

import ca.vigie.plans.RollupRule;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.TemplateLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's items as a tree, each with its roll-up under the plan's rule. Built from one query of the
 * items, whatever the size of the plan.
 */
@Service
public class PlanTree {

    private final Plans plans;
    private final PlanStore store;

    PlanTree(Plans plans, PlanStore store) {
        this.plans = plans;
        this.store = store;
    }

    /**
     * What the children of an item add up to. Worst child: the most severe status below. Share
     * completed: how many of the leaf items below are completed. Manual: nothing rolled up.
     */
    public record Rollup(RollupRule rule, StatusScheme.@Nullable Status worst, int completedLeaves, int leaves) {

        public int percentCompleted() {
            return leaves == 0 ? 0 : Math.round(100f * completedLeaves / leaves);
        }
    }

    public record Node(
            PlanItem item,
            TemplateLevel level,
            StatusScheme.@Nullable Status status,
            List<Node> children,
            Rollup rollup) {

        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    public record Tree(PlanTemplate template, StatusScheme scheme, List<Node> roots, Map<UUID, Node> byId) {

        public Optional<Node> node(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        /**
         * How many levels below the given nodes can open within a number of items: a large plan
         * opens as far as the budget allows, and deeper branches open one at a time on request.
         */
        public static int levelsWithin(List<Node> nodes, int budget) {
            int shown = nodes.size();
            int levels = 0;
            List<Node> next =
                    nodes.stream().flatMap(node -> node.children().stream()).toList();
            while (!next.isEmpty() && shown + next.size() <= budget) {
                shown += next.size();
                levels++;
                next = next.stream().flatMap(node -> node.children().stream()).toList();
            }
            return levels;
        }

        public List<Node> all() {
            List<Node> all = new ArrayList<>();
            roots.forEach(root -> collect(root, all));
            return all;
        }

        private static void collect(Node node, List<Node> into) {
            into.add(node);
            node.children().forEach(child -> collect(child, into));
        }
    }

    @Transactional(readOnly = true)
    public Tree of(PlanAccess access, boolean includeArchived) {
        Plan plan = access.plan();
        PlanTemplate template = plans.template(plan);
        StatusScheme scheme = plans.scheme(plan);
        List<PlanItem> items = store.items(plan.communityId(), plan.id()).stream()
                .filter(item -> includeArchived || !item.archived())
                .toList();
        Map<UUID, List<PlanItem>> byParent = new HashMap<>();
        for (PlanItem item : items) {
            byParent.computeIfAbsent(item.parentId(), k -> new ArrayList<>()).add(item);
        }
        Map<UUID, Node> byId = new HashMap<>();
        List<Node> roots = build(null, byParent, template, scheme, plan.rollupRule(), byId);
        return new Tree(template, scheme, roots, byId);
    }

    private static List<Node> build(
            @Nullable UUID parentId,
            Map<UUID, List<PlanItem>> byParent,
            PlanTemplate template,
            StatusScheme scheme,
            RollupRule rule,
            Map<UUID, Node> byId) {
        List<Node> nodes = new ArrayList<>();
        List<PlanItem> children = new ArrayList<>(byParent.getOrDefault(parentId, List.of()));
        children.sort(Comparator.comparingInt(PlanItem::position));
        for (PlanItem item : children) {
            List<Node> below = build(item.id(), byParent, template, scheme, rule, byId);
            StatusScheme.Status status = item.details().statusCode() == null
                    ? null
                    : scheme.find(item.details().statusCode()).orElse(null);
            TemplateLevel level = template.level(item.levelCode()).orElseThrow();
            Node node = new Node(item, level, status, below, rollup(rule, status, below));
            byId.put(item.id(), node);
            nodes.add(node);
        }
        return nodes;
    }

    static Rollup rollup(RollupRule rule, StatusScheme.@Nullable Status own, List<Node> children) {
        if (children.isEmpty()) {
            boolean counts = own == null || own.countsInRollup();
            return new Rollup(rule, counts ? own : null, own != null && own.completed() ? 1 : 0, counts ? 1 : 0);
        }
        int leaves = 0;
        int completed = 0;
        StatusScheme.Status worst = null;
        for (Node child : children) {
            leaves += child.rollup().leaves();
            completed += child.rollup().completedLeaves();
            StatusScheme.Status candidate = child.rollup().worst();
            if (candidate != null && (worst == null || candidate.severity() > worst.severity())) {
                worst = candidate;
            }
        }
        return new Rollup(rule, worst, completed, leaves);
    }
}
