package ca.vigie.plans.exchange;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.indicators.IndicatorTile;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.ItemField;
import ca.vigie.plans.MeasureType;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.TimeHorizon;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.templates.TemplateLevel;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.plans.tree.ProgressReport;
import ca.vigie.plans.tree.StatusScheme;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans to and from spreadsheets. Export writes the recovery-plan table layout (a sheet per main
 * part) or one CSV table; import checks every row first and saves nothing until the file is clean,
 * then creates the plan in one transaction. Importing an exported file gives back the same plan.
 */
@Service
public class PlanExchange {

    private final Plans plans;
    private final PlanItems items;
    private final PlanTree trees;
    private final PlanTemplates templates;
    private final OrganizationDirectory directory;
    private final IndicatorCatalog indicators;
    private final MessageSource messages;

    PlanExchange(
            Plans plans,
            PlanItems items,
            PlanTree trees,
            PlanTemplates templates,
            OrganizationDirectory directory,
            IndicatorCatalog indicators,
            MessageSource messages) {
        this.plans = plans;
        this.items = items;
        this.trees = trees;
        this.templates = templates;
        this.directory = directory;
        this.indicators = indicators;
        this.messages = messages;
    }

    /** A problem found in a row: where, which column, and the message key explaining it. */
    public record Problem(String sheet, int line, String column, String messageKey) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A checked file: its rows, the plan it describes, and its problems (none means it can be imported). */
    public record Preview(
            UUID templateId,
            String titleFr,
            String titleEn,
            RollupRule rule,
            List<PlanRow> rows,
            List<Problem> problems,
            List<String> ignoredColumns)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 2L;

        public boolean clean() {
            return problems.isEmpty();
        }
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

    /**
     * Reads and checks a file; nothing is saved. The settings sheet gives what the form leaves empty;
     * level columns are read in the file's language, or the reader's when the file does not say.
     */
    @Transactional(readOnly = true)
    public Preview preview(
            VigiePrincipal who, byte[] file, @Nullable UUID templateId, String titleFr, String titleEn, Locale reader) {
        PlanSpreadsheets.Parsed parsed = PlanSpreadsheets.read(file);
        List<PlanTemplate> available = templates.available(who.communityId());
        PlanTemplate template = available.stream()
                .filter(t -> templateId != null
                        ? t.id().equals(templateId)
                        : t.code().equals(parsed.settings().get("template")))
                .findFirst()
                .orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (template == null) {
            problems.add(new Problem("", 0, "template", "import.template.required"));
            return new Preview(
                    new UUID(0, 0), titleFr, titleEn, RollupRule.WORST_CHILD, List.of(), problems, List.of());
        }
        Map<String, String> dictionary = dictionary(template);
        boolean english = "en".equals(parsed.settings().getOrDefault("language", reader.getLanguage()));
        List<PlanRow> rows = placed(
                parsed.tables().stream()
                        .flatMap(table -> PlanColumns.rows(table, dictionary, english).stream())
                        .toList(),
                template);
        String fr = titleFr.isBlank() ? parsed.settings().getOrDefault("titleFr", "") : titleFr.strip();
        String en = titleEn.isBlank() ? parsed.settings().getOrDefault("titleEn", "") : titleEn.strip();
        if (fr.isBlank() && en.isBlank()) {
            problems.add(new Problem("", 0, "title", "plans.title.required"));
        }
        RollupRule rule = Arrays.stream(RollupRule.values())
                .filter(r -> r.name().equals(parsed.settings().get("rollupRule")))
                .findFirst()
                .orElse(RollupRule.WORST_CHILD);
        if (rows.isEmpty()) {
            problems.add(new Problem("", 0, "rows", "import.rows.none"));
        }
        new RowChecks(who, template).check(rows, problems);
        List<String> ignored = parsed.tables().stream()
                .flatMap(table -> PlanColumns.unknown(table, dictionary).stream())
                .distinct()
                .toList();
        return new Preview(template.id(), fr, en, rule, rows, problems, ignored);
    }

    /** Every header a column is known by: its name, its title in French and in English, and the template's level names. */
    private Map<String, String> dictionary(PlanTemplate template) {
        Map<String, String> dictionary = new HashMap<>();
        List<String> columns = new ArrayList<>(PlanRow.COLUMNS);
        columns.add(PlanColumns.TARGET);
        for (String column : columns) {
            dictionary.put(PlanColumns.normal(column), column);
            for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                for (String prefix : List.of("import.column.", "import.alias.")) {
                    String header = messages.getMessage(prefix + column, null, null, language);
                    if (header != null) {
                        dictionary.put(PlanColumns.normal(header), column);
                    }
                }
            }
        }
        for (TemplateLevel level : template.levels()) {
            dictionary.putIfAbsent(PlanColumns.normal(level.nameFr()), PlanColumns.LEVEL + level.code());
            dictionary.putIfAbsent(PlanColumns.normal(level.nameEn()), PlanColumns.LEVEL + level.code());
        }
        return dictionary;
    }

    /**
     * Rows without a number get one from their place in the file; rows without a parent go under
     * the nearest row above them of the level the template puts above theirs, as in a table where
     * actions follow their objective. A parent implied by a line that names it again, as flat tables
     * repeat it on every row, is the row already read rather than a new one.
     */
    static List<PlanRow> placed(List<PlanRow> rows, PlanTemplate template) {
        Map<String, PlanRow> lastOfLevel = new HashMap<>();
        List<PlanRow> placed = new ArrayList<>(rows.size());
        for (PlanRow row : rows) {
            PlanRow last = lastOfLevel.get(row.level());
            if (row.implied() && last != null && last.names(row.title())) {
                continue;
            }
            String key = !row.key().isEmpty()
                    ? row.key()
                    : row.sheet() + "!" + row.line() + (row.implied() ? "!" + row.level() : "");
            String parent = row.parentKey();
            if (parent.isEmpty()) {
                parent = template.level(row.level())
                        .map(TemplateLevel::parentCode)
                        .map(lastOfLevel::get)
                        .map(PlanRow::key)
                        .orElse("");
            }
            PlanRow at = row.withPlace(key, parent);
            // A deeper level read before belongs to the previous parent, never to this one.
            template.levels().stream()
                    .filter(level -> isBelow(template, level.code(), row.level()))
                    .forEach(level -> lastOfLevel.remove(level.code()));
            lastOfLevel.put(row.level(), at);
            placed.add(at);
        }
        return placed;
    }

    private static boolean isBelow(PlanTemplate template, String level, String above) {
        for (String at = template.level(level).map(TemplateLevel::parentCode).orElse(null);
                at != null;
                at = template.level(at).map(TemplateLevel::parentCode).orElse(null)) {
            if (at.equals(above)) {
                return true;
            }
        }
        return false;
    }

    /** Creates the plan of a clean preview, parents before children. */
    @Transactional
    public UUID importPlan(VigiePrincipal who, Preview preview) {
        if (!preview.clean()) {
            throw new IllegalStateException("Only a clean file is imported");
        }
        PlanTemplate template = templates.get(who.communityId(), preview.templateId());
        UUID planId = plans.create(
                who,
                template.id(),
                new Plan.Settings(preview.titleFr(), preview.titleEn(), "", "", preview.rule(), null, null),
                UUID.randomUUID());
        RowChecks checks = new RowChecks(who, template);
        Map<String, UUID> created = new HashMap<>();
        for (PlanRow row : parentsFirst(preview.rows())) {
            UUID parent = row.parentKey().isEmpty() ? null : created.get(row.parentKey());
            UUID id = items.add(who, planId, parent, row.level(), checks.details(row), UUID.randomUUID());
            created.put(row.key(), id);
            if (!row.comments().isBlank()) {
                items.comment(
                        who,
                        planId,
                        id,
                        row.comments().length() > 4000 ? row.comments().substring(0, 4000) : row.comments());
            }
        }
        return planId;
    }

    /** The rows reordered so that each comes after its parent; a clean file has no cycle. */
    static List<PlanRow> parentsFirst(List<PlanRow> rows) {
        Map<String, PlanRow> byKey = new HashMap<>();
        rows.forEach(row -> byKey.putIfAbsent(row.key(), row));
        Set<String> placed = new HashSet<>();
        List<PlanRow> ordered = new ArrayList<>(rows.size());
        for (PlanRow row : rows) {
            Deque<PlanRow> lineage = new ArrayDeque<>();
            for (PlanRow at = row; at != null && !placed.contains(at.key()); at = byKey.get(at.parentKey())) {
                placed.add(at.key());
                lineage.push(at);
            }
            ordered.addAll(lineage);
        }
        return ordered;
    }

    /** The checks and conversions of one row, against the template and the community's directory. */
    private final class RowChecks {

        private final PlanTemplate template;
        private final Names organizations = new Names();
        private final Map<String, UUID> people = new HashMap<>();
        private final Names indicatorsByName = new Names();
        private final Map<String, String> statuses = new HashMap<>();

        RowChecks(VigiePrincipal who, PlanTemplate template) {
            this.template = template;
            for (StatusScheme.Status status : plans.schemeOfNewPlans().statuses()) {
                for (String name : List.of(status.code(), status.labelFr(), status.labelEn())) {
                    statuses.put(PlanColumns.normal(name), status.code());
                }
            }
            for (IndicatorTile indicator : indicators.search(who.communityId(), null, null, true)) {
                indicatorsByName.add(indicator.nameFr(), indicator.id());
                indicatorsByName.add(indicator.nameEn(), indicator.id());
            }
            for (OrganizationRef organization : directory.organizations(who.communityId())) {
                if (organization.active()) {
                    organizations.add(organization.nameFr(), organization.id());
                    organizations.add(organization.nameEn(), organization.id());
                }
            }
            for (PersonRef person : directory.people(who.communityId())) {
                if (person.enabled()) {
                    people.put(person.username().toLowerCase(Locale.ROOT), person.id());
                    if (!person.email().isBlank()) {
                        people.put(person.email().toLowerCase(Locale.ROOT), person.id());
                    }
                }
            }
        }

        void check(List<PlanRow> rows, List<Problem> problems) {
            Map<String, PlanRow> byKey = new HashMap<>();
            for (PlanRow row : rows) {
                if (byKey.putIfAbsent(row.key(), row) != null) {
                    problems.add(problem(row, "key", "import.row.key"));
                }
            }
            for (PlanRow row : rows) {
                Optional<TemplateLevel> level = template.level(row.level());
                if (level.isEmpty()) {
                    problems.add(problem(row, "level", "import.row.level"));
                } else {
                    PlanRow parent = row.parentKey().isEmpty() ? null : byKey.get(row.parentKey());
                    if (!row.parentKey().isEmpty() && parent == null) {
                        problems.add(problem(row, "parent", "import.row.parent"));
                    } else if (!template.allows(row.level(), parent == null ? null : parent.level())) {
                        problems.add(problem(row, "level", "import.row.levelPlacement"));
                    }
                }
                if (row.titleFr().isBlank() && row.titleEn().isBlank()) {
                    problems.add(problem(row, "titleFr", "import.row.title"));
                }
                for (String[] text : new String[][] {
                    {"titleFr", row.titleFr(), "300"},
                    {"titleEn", row.titleEn(), "300"},
                    {"descriptionFr", row.descriptionFr(), "4000"},
                    {"descriptionEn", row.descriptionEn(), "4000"},
                    {"targetFr", row.targetFr(), "1000"},
                    {"targetEn", row.targetEn(), "1000"}
                }) {
                    if (text[1].length() > Integer.parseInt(text[2])) {
                        problems.add(problem(row, text[0], "import.row.tooLong"));
                    }
                }
                if (!row.status().isBlank() && status(row) == null) {
                    problems.add(problem(row, "status", "import.row.status"));
                }
                if (!row.progress().isBlank() && progress(row) == null) {
                    problems.add(problem(row, "progress", "import.row.progress"));
                }
                if (!row.leadOrganization().isBlank()) {
                    organizations.check(
                            row.leadOrganization(), row, "leadOrganization", "import.row.organization", problems);
                }
                if (!row.responsible().isBlank() && people.get(row.responsible().toLowerCase(Locale.ROOT)) == null) {
                    problems.add(problem(row, "responsible", "import.row.person"));
                }
                for (String name : organizations.split(row.collaborators())) {
                    organizations.check(name, row, "collaborators", "import.row.organization", problems);
                }
                for (String name : indicatorsByName.split(row.indicators())) {
                    indicatorsByName.check(name, row, "indicators", "import.row.indicator", problems);
                }
                checkChoice(row, "timeHorizon", row.timeHorizon(), TimeHorizon.values(), problems);
                checkChoice(row, "planningArea", row.planningArea(), PlanningArea.values(), problems);
                checkChoice(row, "issueCategory", row.issueCategory(), IssueCategory.values(), problems);
                checkChoice(row, "measureType", row.measureType(), MeasureType.values(), problems);
                LocalDate start = date(row, "startDate", row.startDate(), problems);
                LocalDate end = date(row, "endDate", row.endDate(), problems);
                if (start != null && end != null && end.isBefore(start)) {
                    problems.add(problem(row, "endDate", "import.row.dateOrder"));
                }
            }
        }

        PlanItem.Details details(PlanRow row) {
            return new PlanItem.Details(
                    row.titleFr(),
                    row.titleEn(),
                    row.descriptionFr(),
                    row.descriptionEn(),
                    row.leadOrganization().isBlank() ? null : organizations.find(row.leadOrganization()),
                    row.responsible().isBlank()
                            ? null
                            : people.get(row.responsible().toLowerCase(Locale.ROOT)),
                    organizations.split(row.collaborators()).stream()
                            .map(organizations::find)
                            .distinct()
                            .toList(),
                    choice(row.timeHorizon(), TimeHorizon.values()),
                    row.startDate().isBlank() ? null : LocalDate.parse(row.startDate()),
                    row.endDate().isBlank() ? null : LocalDate.parse(row.endDate()),
                    row.status().isBlank() ? defaultStatus(row) : status(row),
                    progress(row),
                    choice(row.planningArea(), PlanningArea.values()),
                    choice(row.issueCategory(), IssueCategory.values()),
                    choice(row.measureType(), MeasureType.values()),
                    row.targetFr(),
                    row.targetEn(),
                    indicatorsByName.split(row.indicators()).stream()
                            .map(indicatorsByName::find)
                            .distinct()
                            .toList());
        }

        private @Nullable String status(PlanRow row) {
            return statuses.get(PlanColumns.normal(row.status()));
        }

        private @Nullable String defaultStatus(PlanRow row) {
            return template.level(row.level())
                            .filter(level -> level.uses(ItemField.STATUS))
                            .isPresent()
                    ? "NOT_STARTED"
                    : null;
        }

        private @Nullable Integer progress(PlanRow row) {
            if (row.progress().isBlank()) {
                return null;
            }
            try {
                int value = Integer.parseInt(row.progress().strip());
                return value < 0 || value > 100 ? null : value;
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        private @Nullable LocalDate date(PlanRow row, String column, String value, List<Problem> problems) {
            if (value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException bad) {
                problems.add(problem(row, column, "import.row.date"));
                return null;
            }
        }

        private <E extends Enum<E>> void checkChoice(
                PlanRow row, String column, String value, E[] choices, List<Problem> problems) {
            if (!value.isBlank() && choice(value, choices) == null) {
                problems.add(problem(row, column, "import.row.choice"));
            }
        }

        /** A choice by its name or by its label in either language, as exports write it. */
        private <E extends Enum<E>> @Nullable E choice(String value, E[] choices) {
            String wanted = PlanColumns.normal(value);
            for (E choice : choices) {
                String prefix = LABELS.get(choice.getDeclaringClass());
                if (PlanColumns.normal(choice.name()).equals(wanted)
                        || Stream.of(Locale.FRENCH, Locale.ENGLISH)
                                .map(language -> messages.getMessage(prefix + choice.name(), null, language))
                                .anyMatch(label -> PlanColumns.normal(label).equals(wanted))) {
                    return choice;
                }
            }
            return null;
        }

        private static Problem problem(PlanRow row, String column, String key) {
            return new Problem(row.sheet(), row.line(), column, key);
        }
    }

    /**
     * The names of the community's organisations or indicators, in both languages. A name that two
     * of them share is ambiguous and matches neither, so that nothing is linked to the wrong one.
     */
    private static final class Names {

        private final Map<String, Set<UUID>> ids = new HashMap<>();

        void add(String name, UUID id) {
            if (!name.isBlank()) {
                ids.computeIfAbsent(PlanColumns.normal(name), k -> new HashSet<>())
                        .add(id);
            }
        }

        @Nullable
        UUID find(String name) {
            Set<UUID> found = ids.get(PlanColumns.normal(name));
            return found != null && found.size() == 1 ? found.iterator().next() : null;
        }

        void check(String name, PlanRow row, String column, String unknownKey, List<Problem> problems) {
            Set<UUID> found = ids.get(PlanColumns.normal(name));
            if (found == null) {
                problems.add(new Problem(row.sheet(), row.line(), column, unknownKey));
            } else if (found.size() > 1) {
                problems.add(new Problem(row.sheet(), row.line(), column, "import.row.ambiguous"));
            }
        }

        /** A cell's names: the whole cell when it is one name, else one per line, else separated by semicolons. */
        List<String> split(String cell) {
            if (cell.isBlank()) {
                return List.of();
            }
            if (ids.containsKey(PlanColumns.normal(cell))) {
                return List.of(cell.strip());
            }
            String separator = cell.contains("\n") ? "\n" : ";";
            return Arrays.stream(cell.split(separator))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .toList();
        }
    }

    private static final Map<Class<?>, String> LABELS = Map.of(
            TimeHorizon.class, "horizon.",
            PlanningArea.class, "planningArea.",
            IssueCategory.class, "issueCategory.",
            MeasureType.class, "measureType.");
}
