package ca.vigie.plans.exchange;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.indicators.IndicatorTile;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.plans.templates.TemplateLevel;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.ProgressReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans to spreadsheets: the recovery-plan table layout (a sheet per main part) or one CSV table, in
 * the reader's language, with the outline numbers that let the file come back as the same plan.
 */
@Service
public class PlanExport {

    private final PlanItems items;
    private final PlanTree trees;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final IndicatorCatalog indicators;

    PlanExport(
            PlanItems items,
            PlanTree trees,
            OrganizationDirectory directory,
            MessageSource messages,
            IndicatorCatalog indicators) {
        this.items = items;
        this.trees = trees;
        this.directory = directory;
        this.messages = messages;
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(PlanAccess access, Locale locale) {
        Export export = new Export(access, locale);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("template", export.tree.template().code());
        settings.put("titleFr", access.plan().titleFr());
        settings.put("titleEn", access.plan().titleEn());
        settings.put("rollupRule", access.plan().rollupRule().name());
        settings.put("language", export.english ? "en" : "fr");
        return PlanSpreadsheets.xlsx(settings, export.sheets());
    }

    @Transactional(readOnly = true)
    public String csv(PlanAccess access, Locale locale) {
        return PlanSpreadsheets.csv(new Export(access, locale).table());
    }

    /**
     * A plan laid out as the recovery-plan tables: each title under its level's column, then targets,
     * responsible, collaborators, when and comments, in the user's language; then what else an item
     * holds, and last the outline numbers that let the file come back as the same tree.
     */
    private final class Export {

        private final PlanAccess access;
        private final Locale locale;
        private final boolean english;
        private final PlanTree.Tree tree;
        private final Map<UUID, String> keys = new HashMap<>();
        private final Map<UUID, OrganizationRef> organizations;
        private final Map<UUID, PersonRef> people;
        private final Map<UUID, IndicatorTile> indicatorsById;

        Export(PlanAccess access, Locale locale) {
            this.access = access;
            this.locale = locale;
            this.english = "en".equals(locale.getLanguage());
            this.tree = trees.of(access, false);
            UUID community = access.plan().communityId();
            organizations =
                    directory.organizations(community).stream().collect(Collectors.toMap(OrganizationRef::id, o -> o));
            people = directory.people(community).stream().collect(Collectors.toMap(PersonRef::id, p -> p));
            indicatorsById = indicators
                    .tiles(
                            community,
                            tree.all().stream()
                                    .flatMap(node -> node.item().details().indicatorIds().stream())
                                    .collect(Collectors.toSet()))
                    .stream()
                    .collect(Collectors.toMap(IndicatorTile::id, tile -> tile));
            number(tree.roots(), "");
        }

        /** The items above the main parts on a first sheet, then a sheet per main part with everything under it. */
        List<PlanSpreadsheets.Table> sheets() {
            List<PlanTree.Node> mainParts = ProgressReport.mainParts(tree);
            List<PlanSpreadsheets.Table> sheets = new ArrayList<>();
            List<PlanTree.Node> above = tree.all().stream()
                    .filter(node -> mainParts.stream().noneMatch(main -> isWithin(node, main)))
                    .toList();
            if (!above.isEmpty()) {
                List<String> levels = tree.template().levels().stream()
                        .map(TemplateLevel::code)
                        .filter(code -> above.stream()
                                .anyMatch(node -> node.level().code().equals(code)))
                        .toList();
                sheets.add(table(messages.getMessage("export.sheet.structure", null, locale), levels, above));
            }
            for (PlanTree.Node main : mainParts) {
                List<PlanTree.Node> rows = new ArrayList<>();
                collect(main, rows);
                List<String> levels = new ArrayList<>();
                levelsFrom(main.level().code(), levels);
                sheets.add(table(
                        keys.get(main.item().id()) + " " + title(main.item().details()), levels, rows));
            }
            return sheets;
        }

        /** The whole plan as one table, every level a column. */
        PlanSpreadsheets.Table table() {
            return table(
                    "CSV",
                    tree.template().levels().stream().map(TemplateLevel::code).toList(),
                    tree.all());
        }

        private PlanSpreadsheets.Table table(String name, List<String> levels, List<PlanTree.Node> nodes) {
            String language = english ? "En" : "Fr";
            String other = english ? "Fr" : "En";
            List<String> columns = new ArrayList<>();
            levels.forEach(code -> columns.add(PlanColumns.LEVEL + code));
            columns.addAll(List.of(
                    PlanColumns.TARGET,
                    "leadOrganization",
                    "responsible",
                    "collaborators",
                    "timeHorizon",
                    "startDate",
                    "endDate",
                    "comments",
                    "title" + other,
                    "target" + other,
                    "descriptionFr",
                    "descriptionEn",
                    "status",
                    "progress",
                    "planningArea",
                    "issueCategory",
                    "measureType",
                    "indicators",
                    "key",
                    "parent",
                    "level"));
            List<String> header = columns.stream()
                    .map(column -> column.startsWith(PlanColumns.LEVEL)
                            ? tree.template()
                                    .level(column.substring(PlanColumns.LEVEL.length()))
                                    .orElseThrow()
                                    .name(locale)
                            : messages.getMessage("import.column." + column, null, locale))
                    .toList();
            List<PlanSpreadsheets.Line> lines = new ArrayList<>();
            for (PlanTree.Node node : nodes) {
                Map<String, String> values = values(node);
                values.put(PlanColumns.LEVEL + node.level().code(), values.get("title" + language));
                values.put(PlanColumns.TARGET, values.get("target" + language));
                lines.add(new PlanSpreadsheets.Line(
                        lines.size() + 2,
                        columns.stream()
                                .map(column -> values.getOrDefault(column, ""))
                                .toList()));
            }
            return new PlanSpreadsheets.Table(name, header, lines);
        }

        private Map<String, String> values(PlanTree.Node node) {
            PlanItem.Details d = node.item().details();
            Map<String, String> values = new HashMap<>();
            values.put("key", keys.get(node.item().id()));
            values.put(
                    "parent",
                    node.item().parentId() == null ? "" : keys.get(node.item().parentId()));
            values.put("level", node.level().code());
            values.put("titleFr", d.titleFr());
            values.put("titleEn", d.titleEn());
            values.put("descriptionFr", d.descriptionFr());
            values.put("descriptionEn", d.descriptionEn());
            values.put(
                    "status",
                    d.statusCode() == null
                            ? ""
                            : tree.scheme()
                                    .find(d.statusCode())
                                    .map(status -> status.label(locale))
                                    .orElse(d.statusCode()));
            values.put("progress", d.progress() == null ? "" : d.progress().toString());
            values.put("leadOrganization", d.leadOrganizationId() == null ? "" : organization(d.leadOrganizationId()));
            values.put(
                    "responsible",
                    d.responsibleUserId() == null
                            ? ""
                            : people.get(d.responsibleUserId()).username());
            values.put("collaborators", joined(d.collaboratorIds().stream().map(this::organization)));
            values.put("timeHorizon", label("horizon.", d.timeHorizon()));
            values.put("startDate", d.startDate() == null ? "" : d.startDate().toString());
            values.put("endDate", d.endDate() == null ? "" : d.endDate().toString());
            values.put("targetFr", d.targetFr());
            values.put("targetEn", d.targetEn());
            values.put("planningArea", label("planningArea.", d.planningArea()));
            values.put("issueCategory", label("issueCategory.", d.issueCategory()));
            values.put("measureType", label("measureType.", d.measureType()));
            values.put(
                    "indicators",
                    joined(d.indicatorIds().stream()
                            .map(indicatorsById::get)
                            .filter(Objects::nonNull)
                            .map(tile -> tile.name(locale).isEmpty()
                                    ? (english ? tile.nameFr() : tile.nameEn())
                                    : tile.name(locale))));
            values.put(
                    "comments",
                    items.comments(access, node.item().id()).stream()
                            .map(PlanItems.Comment::body)
                            .collect(Collectors.joining("\n\n")));
            return values;
        }

        private String organization(UUID id) {
            OrganizationRef organization = organizations.get(id);
            return english ? organization.nameEn() : organization.nameFr();
        }

        private String label(String prefix, @Nullable Enum<?> value) {
            return value == null ? "" : messages.getMessage(prefix + value.name(), null, locale);
        }

        private String title(PlanItem.Details details) {
            String own = english ? details.titleEn() : details.titleFr();
            return own.isEmpty() ? (english ? details.titleFr() : details.titleEn()) : own;
        }

        private void levelsFrom(String code, List<String> into) {
            into.add(code);
            tree.template().childrenOf(code).forEach(child -> levelsFrom(child.code(), into));
        }

        private void collect(PlanTree.Node node, List<PlanTree.Node> into) {
            into.add(node);
            node.children().forEach(child -> collect(child, into));
        }

        private boolean isWithin(PlanTree.Node node, PlanTree.Node main) {
            for (PlanTree.Node at = node;
                    at != null;
                    at = at.item().parentId() == null
                            ? null
                            : tree.node(at.item().parentId()).orElse(null)) {
                if (at.item().id().equals(main.item().id())) {
                    return true;
                }
            }
            return false;
        }

        private void number(List<PlanTree.Node> nodes, String prefix) {
            for (int i = 0; i < nodes.size(); i++) {
                String key = prefix.isEmpty() ? String.valueOf(i + 1) : prefix + "." + (i + 1);
                keys.put(nodes.get(i).item().id(), key);
                number(nodes.get(i).children(), key);
            }
        }

        private static String joined(Stream<String> names) {
            return names.collect(Collectors.joining("\n"));
        }
    }
}
