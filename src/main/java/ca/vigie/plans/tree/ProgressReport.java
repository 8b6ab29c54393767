package ca.vigie.plans.tree;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.indicators.IndicatorTile;
import ca.vigie.plans.ItemField;
import ca.vigie.plans.cycles.ItemUpdate;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.TemplateLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report of a plan: for each of its main parts (pillar, focus area, issue area), the
 * accomplishments and next steps of the latest updates below it, the status of its children, and
 * its indicators with their target and latest value.
 */
@Service
public class ProgressReport {

    private final PlanTree trees;
    private final ReportingCycles cycles;
    private final IndicatorCatalog indicators;

    ProgressReport(PlanTree trees, ReportingCycles cycles, IndicatorCatalog indicators) {
        this.trees = trees;
        this.cycles = cycles;
        this.indicators = indicators;
    }

    public record Entry(PlanTree.Node node, ItemUpdate update) {}

    public record Section(
            PlanTree.Node node, List<Entry> updates, List<PlanTree.Node> children, List<IndicatorTile> tiles) {}

    public record Report(PlanTree.Tree tree, List<Section> sections) {}

    @Transactional(readOnly = true)
    public Report of(PlanAccess access) {
        PlanTree.Tree tree = trees.of(access, false);
        Map<UUID, ItemUpdate> latest = cycles.latestUpdates(access).stream()
                .collect(Collectors.toMap(ItemUpdate::itemId, Function.identity()));
        List<Section> sections = new ArrayList<>();
        for (PlanTree.Node main : mainParts(tree)) {
            List<Entry> updates = new ArrayList<>();
            collect(main, latest, updates);
            sections.add(new Section(
                    main,
                    updates,
                    main.children(),
                    indicators.tiles(
                            access.plan().communityId(), main.item().details().indicatorIds())));
        }
        return new Report(tree, sections);
    }

    /** Issue areas when the template has them (recovery plans), otherwise the top-level items. */
    public static List<PlanTree.Node> mainParts(PlanTree.Tree tree) {
        return tree.template().levels().stream()
                .filter(level -> level.uses(ItemField.ISSUE_CATEGORY))
                .map(TemplateLevel::code)
                .findFirst()
                .map(code -> tree.all().stream()
                        .filter(node -> node.level().code().equals(code))
                        .toList())
                .orElse(tree.roots());
    }

    private static void collect(PlanTree.Node node, Map<UUID, ItemUpdate> latest, List<Entry> into) {
        ItemUpdate update = latest.get(node.item().id());
        if (update != null) {
            into.add(new Entry(node, update));
        }
        node.children().forEach(child -> collect(child, latest, into));
    }
}
