package ca.vigie.plans.exchange;

import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.templates.TemplateLevel;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans from spreadsheets: every row is checked first and nothing is saved until the file is clean,
 * then the plan is created in one transaction. Importing an exported file (see {@link PlanExport})
 * gives back the same plan.
 */
@Service
public class PlanImport {

    private final Plans plans;
    private final PlanItems items;
    private final PlanTemplates templates;
    private final OrganizationDirectory directory;
    private final IndicatorCatalog indicators;
    private final MessageSource messages;

    PlanImport(
            Plans plans,
            PlanItems items,
            PlanTemplates templates,
            OrganizationDirectory directory,
            IndicatorCatalog indicators,
            MessageSource messages) {
        this.plans = plans;
        this.items = items;
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
        new RowChecks(who, template, plans, indicators, directory, messages).check(rows, problems);
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
        RowChecks checks = new RowChecks(who, template, plans, indicators, directory, messages);
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
}
