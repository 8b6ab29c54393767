package ca.vigie.plans.exchange;

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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private final MessageSource messages;

    PlanExchange(
            Plans plans,
            PlanItems items,
            PlanTree trees,
            PlanTemplates templates,
            OrganizationDirectory directory,
            MessageSource messages) {
        this.plans = plans;
        this.items = items;
        this.trees = trees;
        this.templates = templates;
        this.directory = directory;
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
            List<Problem> problems)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(PlanAccess access, Locale locale) {
        Exported exported = export(access);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("template", exported.tree().template().code());
        settings.put("titleFr", access.plan().titleFr());
        settings.put("titleEn", access.plan().titleEn());
        settings.put("rollupRule", access.plan().rollupRule().name());
        return PlanSpreadsheets.xlsx(settings, exported.sheets(), header(locale));
    }

    @Transactional(readOnly = true)
    public String csv(PlanAccess access, Locale locale) {
        return PlanSpreadsheets.csv(
                export(access).sheets().values().stream().flatMap(List::stream).toList(), header(locale));
    }

    private record Exported(PlanTree.Tree tree, Map<String, List<PlanRow>> sheets) {}

    private Exported export(PlanAccess access) {
        PlanTree.Tree tree = trees.of(access, false);
        UUID community = access.plan().communityId();
        Map<UUID, OrganizationRef> organizations =
                directory.organizations(community).stream().collect(Collectors.toMap(OrganizationRef::id, o -> o));
        Map<UUID, PersonRef> people =
                directory.people(community).stream().collect(Collectors.toMap(PersonRef::id, p -> p));
        Map<UUID, String> keys = new HashMap<>();
        number(tree.roots(), "", keys);
        List<PlanTree.Node> mainParts = ProgressReport.mainParts(tree);
        Map<String, List<PlanRow>> sheets = new LinkedHashMap<>();
        List<PlanRow> structure = new ArrayList<>();
        for (PlanTree.Node node : tree.all()) {
            if (mainParts.stream().noneMatch(main -> isWithin(tree, node, main))) {
                structure.add(row(node, keys, organizations, people, access));
            }
        }
        if (!structure.isEmpty()) {
            sheets.put("Structure", structure);
        }
        for (PlanTree.Node main : mainParts) {
            List<PlanRow> rows = new ArrayList<>();
            collect(main, keys, organizations, people, access, rows);
            String title = main.item().details().titleFr().isEmpty()
                    ? main.item().details().titleEn()
                    : main.item().details().titleFr();
            sheets.put(keys.get(main.item().id()) + " " + title, rows);
        }
        return new Exported(tree, sheets);
    }

    private void collect(
            PlanTree.Node node,
            Map<UUID, String> keys,
            Map<UUID, OrganizationRef> organizations,
            Map<UUID, PersonRef> people,
            PlanAccess access,
            List<PlanRow> into) {
        into.add(row(node, keys, organizations, people, access));
        node.children().forEach(child -> collect(child, keys, organizations, people, access, into));
    }

    private PlanRow row(
            PlanTree.Node node,
            Map<UUID, String> keys,
            Map<UUID, OrganizationRef> organizations,
            Map<UUID, PersonRef> people,
            PlanAccess access) {
        PlanItem.Details d = node.item().details();
        String comments = items.comments(access, node.item().id()).stream()
                .map(PlanItems.Comment::body)
                .collect(Collectors.joining("\n\n"));
        return new PlanRow(
                "",
                0,
                keys.get(node.item().id()),
                node.item().parentId() == null ? "" : keys.get(node.item().parentId()),
                node.level().code(),
                d.titleFr(),
                d.titleEn(),
                d.descriptionFr(),
                d.descriptionEn(),
                d.statusCode() == null ? "" : d.statusCode(),
                d.progress() == null ? "" : d.progress().toString(),
                d.leadOrganizationId() == null
                        ? ""
                        : organizations.get(d.leadOrganizationId()).nameFr(),
                d.responsibleUserId() == null
                        ? ""
                        : people.get(d.responsibleUserId()).username(),
                d.collaboratorIds().stream()
                        .map(id -> organizations.get(id).nameFr())
                        .collect(Collectors.joining("; ")),
                name(d.timeHorizon()),
                d.startDate() == null ? "" : d.startDate().toString(),
                d.endDate() == null ? "" : d.endDate().toString(),
                d.targetFr(),
                d.targetEn(),
                name(d.planningArea()),
                name(d.issueCategory()),
                name(d.measureType()),
                comments);
    }

    private static boolean isWithin(PlanTree.Tree tree, PlanTree.Node node, PlanTree.Node main) {
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

    private static void number(List<PlanTree.Node> nodes, String prefix, Map<UUID, String> keys) {
        for (int i = 0; i < nodes.size(); i++) {
            String key = prefix.isEmpty() ? String.valueOf(i + 1) : prefix + "." + (i + 1);
            keys.put(nodes.get(i).item().id(), key);
            number(nodes.get(i).children(), key, keys);
        }
    }

    /** Reads and checks a file; nothing is saved. The settings sheet gives what the form leaves empty. */
    @Transactional(readOnly = true)
    public Preview preview(VigiePrincipal who, byte[] file, @Nullable UUID templateId, String titleFr, String titleEn) {
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
            return new Preview(new UUID(0, 0), titleFr, titleEn, RollupRule.WORST_CHILD, parsed.rows(), problems);
        }
        String fr = titleFr.isBlank() ? parsed.settings().getOrDefault("titleFr", "") : titleFr.strip();
        String en = titleEn.isBlank() ? parsed.settings().getOrDefault("titleEn", "") : titleEn.strip();
        if (fr.isBlank() && en.isBlank()) {
            problems.add(new Problem("", 0, "title", "plans.title.required"));
        }
        RollupRule rule = Arrays.stream(RollupRule.values())
                .filter(r -> r.name().equals(parsed.settings().get("rollupRule")))
                .findFirst()
                .orElse(RollupRule.WORST_CHILD);
        if (parsed.rows().isEmpty()) {
            problems.add(new Problem("", 0, "rows", "import.rows.none"));
        }
        new RowChecks(who, template).check(parsed.rows(), problems);
        return new Preview(template.id(), fr, en, rule, parsed.rows(), problems);
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
        private final Map<String, UUID> organizations = new HashMap<>();
        private final Map<String, UUID> people = new HashMap<>();
        private final Set<String> statuses =
                Set.of("NOT_STARTED", "ON_TRACK", "AT_RISK", "BLOCKED", "COMPLETED", "CANCELLED");

        RowChecks(VigiePrincipal who, PlanTemplate template) {
            this.template = template;
            for (OrganizationRef organization : directory.organizations(who.communityId())) {
                if (organization.active()) {
                    organizations.put(organization.nameFr().toLowerCase(Locale.ROOT), organization.id());
                    organizations.put(organization.nameEn().toLowerCase(Locale.ROOT), organization.id());
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
                if (row.key().isBlank() || byKey.putIfAbsent(row.key(), row) != null) {
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
                if (!row.status().isBlank() && !statuses.contains(row.status())) {
                    problems.add(problem(row, "status", "import.row.status"));
                }
                if (!row.progress().isBlank() && progress(row) == null) {
                    problems.add(problem(row, "progress", "import.row.progress"));
                }
                if (!row.leadOrganization().isBlank() && organization(row.leadOrganization()) == null) {
                    problems.add(problem(row, "leadOrganization", "import.row.organization"));
                }
                if (!row.responsible().isBlank() && people.get(row.responsible().toLowerCase(Locale.ROOT)) == null) {
                    problems.add(problem(row, "responsible", "import.row.person"));
                }
                for (String name : list(row.collaborators())) {
                    if (organization(name) == null) {
                        problems.add(problem(row, "collaborators", "import.row.organization"));
                    }
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
                    row.leadOrganization().isBlank() ? null : organization(row.leadOrganization()),
                    row.responsible().isBlank()
                            ? null
                            : people.get(row.responsible().toLowerCase(Locale.ROOT)),
                    list(row.collaborators()).stream()
                            .map(this::organization)
                            .distinct()
                            .toList(),
                    choice(row.timeHorizon(), TimeHorizon.values()),
                    row.startDate().isBlank() ? null : LocalDate.parse(row.startDate()),
                    row.endDate().isBlank() ? null : LocalDate.parse(row.endDate()),
                    row.status().isBlank() ? defaultStatus(row) : row.status(),
                    progress(row),
                    choice(row.planningArea(), PlanningArea.values()),
                    choice(row.issueCategory(), IssueCategory.values()),
                    choice(row.measureType(), MeasureType.values()),
                    row.targetFr(),
                    row.targetEn(),
                    List.of());
        }

        private @Nullable String defaultStatus(PlanRow row) {
            return template.level(row.level())
                            .filter(level -> level.uses(ItemField.STATUS))
                            .isPresent()
                    ? "NOT_STARTED"
                    : null;
        }

        private @Nullable UUID organization(String name) {
            return organizations.get(name.strip().toLowerCase(Locale.ROOT));
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

        private static <E extends Enum<E>> @Nullable E choice(String value, E[] choices) {
            return Arrays.stream(choices)
                    .filter(c -> c.name().equals(value.strip()))
                    .findFirst()
                    .orElse(null);
        }

        private static List<String> list(String value) {
            return Arrays.stream(value.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        private static Problem problem(PlanRow row, String column, String key) {
            return new Problem(row.sheet(), row.line(), column, key);
        }
    }

    private List<String> header(Locale locale) {
        return PlanRow.COLUMNS.stream()
                .map(column -> messages.getMessage("import.column." + column, null, column, locale))
                .toList();
    }

    private static String name(@Nullable Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
