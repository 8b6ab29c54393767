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
import ca.vigie.plans.TimeHorizon;
import ca.vigie.plans.exchange.PlanImport.Problem;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.TemplateLevel;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.Plans;
import ca.vigie.plans.tree.StatusScheme;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The checks and conversions of one row, against the template and the community's directory. */
final class RowChecks {

    private final PlanTemplate template;
    private final Names organizations = new Names();
    private final Map<String, UUID> people = new HashMap<>();
    private final Names indicatorsByName = new Names();
    private final Map<String, String> statuses = new HashMap<>();

    private final MessageSource messages;

    RowChecks(
            VigiePrincipal who,
            PlanTemplate template,
            Plans plans,
            IndicatorCatalog indicators,
            OrganizationDirectory directory,
            MessageSource messages) {
        this.template = template;
        this.messages = messages;
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

    private static final Map<Class<?>, String> LABELS = Map.of(
            TimeHorizon.class, "horizon.",
            PlanningArea.class, "planningArea.",
            IssueCategory.class, "issueCategory.",
            MeasureType.class, "measureType.");

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
}
