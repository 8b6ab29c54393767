package ca.vigie.plans.templates;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.ItemField;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.Refusal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The templates a community can build plans from: the shipped ones and its own. */
@Service
public class PlanTemplates {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PlanTemplates(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PlanTemplate> available(UUID communityId) {
        return load("(t.community_id is null or t.community_id = :community) and not t.retired", communityId, null);
    }

    @Transactional(readOnly = true)
    public PlanTemplate get(UUID communityId, UUID id) {
        return load("(t.community_id is null or t.community_id = :community) and t.id = :id", communityId, id).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Plan template"));
    }

    private List<PlanTemplate> load(String where, UUID communityId, UUID id) {
        record Row(
                UUID id,
                UUID communityId,
                String code,
                String nameFr,
                String nameEn,
                String descriptionFr,
                String descriptionEn,
                String levelCode,
                String parentCode,
                String levelFr,
                String levelEn,
                String fields,
                int sortOrder) {}
        var query = jdbc.sql("""
                        select t.id, t.community_id, t.code, t.name_fr, t.name_en, t.description_fr, t.description_en,
                               l.code as level_code, l.parent_code, l.name_fr as level_fr, l.name_en as level_en,
                               l.fields, l.sort_order
                        from plan_template t join plan_template_level l on l.template_id = t.id
                        where """ + where + " order by t.code, l.sort_order").param("community", communityId);
        if (id != null) {
            query = query.param("id", id);
        }
        Map<UUID, List<Row>> byTemplate = query.query(Row.class).list().stream()
                .collect(Collectors.groupingBy(Row::id, LinkedHashMap::new, Collectors.toList()));
        return byTemplate.values().stream()
                .map(rows -> {
                    Row first = rows.get(0);
                    List<TemplateLevel> levels = rows.stream()
                            .map(row -> new TemplateLevel(
                                    row.levelCode(),
                                    row.parentCode(),
                                    row.levelFr(),
                                    row.levelEn(),
                                    fields(row.fields()),
                                    row.sortOrder()))
                            .toList();
                    return new PlanTemplate(
                            first.id(),
                            first.communityId(),
                            first.code(),
                            first.nameFr(),
                            first.nameEn(),
                            first.descriptionFr(),
                            first.descriptionEn(),
                            levels);
                })
                .toList();
    }

    /** A level as an administrator describes it. */
    public record NewLevel(String code, String parentCode, String nameFr, String nameEn, Set<ItemField> fields) {}

    /**
     * Adds a community's own template. Codes are letters, digits and underscores; each level's parent
     * is a level given before it, or none for a top level.
     */
    @Transactional
    public UUID add(
            VigiePrincipal admin,
            String code,
            String nameFr,
            String nameEn,
            String descriptionFr,
            String descriptionEn,
            List<NewLevel> levels) {
        UUID communityId = admin.communityId();
        String cleanCode = code.strip().toUpperCase(Locale.ROOT);
        if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new TemplateRejection("code", "templates.code.invalid");
        }
        if (nameFr.isBlank() || nameEn.isBlank()) {
            throw new TemplateRejection(nameFr.isBlank() ? "nameFr" : "nameEn", "validation.required");
        }
        // Retired codes stay taken: plans made from them still name them.
        boolean taken = jdbc.sql("""
                        select exists (select 1 from plan_template
                        where (community_id is null or community_id = ?) and code = ?)
                        """)
                .params(communityId, cleanCode)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new TemplateRejection("code", "validation.duplicate");
        }
        if (levels.isEmpty()
                || levels.stream().noneMatch(level -> level.parentCode().isBlank())) {
            throw new TemplateRejection("levels", "templates.levels.root");
        }
        Set<String> seen = new HashSet<>();
        for (NewLevel level : levels) {
            if (!level.code().matches("[A-Z][A-Z0-9_]{1,39}") || !seen.add(level.code())) {
                throw new TemplateRejection("levels", "templates.levels.code");
            }
            if (!level.parentCode().isBlank()
                    && (!seen.contains(level.parentCode()) || level.parentCode().equals(level.code()))) {
                throw new TemplateRejection("levels", "templates.levels.parent");
            }
            if (level.nameFr().isBlank() || level.nameEn().isBlank()) {
                throw new TemplateRejection("levels", "templates.levels.names");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_template (id, community_id, code, name_fr, name_en, description_fr, description_en)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        communityId,
                        cleanCode,
                        nameFr.strip(),
                        nameEn.strip(),
                        descriptionFr.strip(),
                        descriptionEn.strip())
                .update();
        int order = 10;
        for (NewLevel level : levels) {
            jdbc.sql("""
                            insert into plan_template_level
                                (template_id, community_id, code, parent_code, name_fr, name_en, fields, sort_order)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            communityId,
                            level.code(),
                            level.parentCode().isBlank() ? null : level.parentCode(),
                            level.nameFr().strip(),
                            level.nameEn().strip(),
                            String.join(
                                    ",",
                                    level.fields().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()),
                            order)
                    .update();
            order += 10;
        }
        audit.record(AuditEntry.by(admin, "PLAN_TEMPLATE_ADDED", "plan_template", id));
        return id;
    }

    /** Retires one of the community's own templates: existing plans keep it, new plans cannot use it. */
    @Transactional
    public void retire(VigiePrincipal admin, UUID id) {
        int retired = jdbc.sql("update plan_template set retired = true where id = ? and community_id = ?")
                .params(id, admin.communityId())
                .update();
        if (retired == 0) {
            throw new NotFoundException("Plan template");
        }
        audit.record(AuditEntry.by(admin, "PLAN_TEMPLATE_RETIRED", "plan_template", id));
    }

    /** A template that breaks a rule; carries the field and the message key. */
    public static class TemplateRejection extends Refusal {

        TemplateRejection(String field, String messageKey, Object... arguments) {
            super("template", field, messageKey, arguments);
        }
    }

    static Set<ItemField> fields(String list) {
        Set<ItemField> fields = EnumSet.noneOf(ItemField.class);
        Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ItemField::valueOf)
                .forEach(fields::add);
        return fields;
    }
}
