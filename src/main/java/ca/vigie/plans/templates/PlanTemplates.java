package ca.vigie.plans.templates;

import ca.vigie.plans.ItemField;
import ca.vigie.system.NotFoundException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    PlanTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
