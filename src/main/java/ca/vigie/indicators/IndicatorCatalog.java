package ca.vigie.indicators;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators as other screens show them: tiles with the latest value, its status and the trend of
 * the last values. Three queries whatever the number of indicators: definitions, targets, and the
 * recent values of the totals.
 */
@Service
public class IndicatorCatalog {

    private final JdbcClient jdbc;

    IndicatorCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<IndicatorTile> search(
            UUID communityId, @Nullable String text, @Nullable UUID owner, boolean includeArchived) {
        StringBuilder sql = new StringBuilder("select * from indicator where community_id = :community");
        Map<String, Object> params = new HashMap<>();
        params.put("community", communityId);
        if (text != null && !text.isBlank()) {
            sql.append(" and (name_fr ilike :text or name_en ilike :text)");
            params.put(
                    "text",
                    "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (owner != null) {
            sql.append(" and owner_organization_id = :owner");
            params.put("owner", owner);
        }
        if (!includeArchived) {
            sql.append(" and not archived");
        }
        sql.append(" order by lower(name_fr) limit 1000");
        return tiles(jdbc.sql(sql.toString())
                .params(params)
                .query(IndicatorCatalog::definition)
                .list());
    }

    /** The tiles that need attention most (off target first), at most {@code shown}, and how many there are in all. */
    public record Attention(List<IndicatorTile> tiles, int total) {}

    /**
     * The indicators that need attention first: statuses come from the latest value of every
     * indicator, and trend lines are drawn only for the ones shown.
     */
    @Transactional(readOnly = true)
    public Attention needingAttention(UUID communityId, Collection<UUID> ids, int shown) {
        if (ids.isEmpty()) {
            return new Attention(List.of(), 0);
        }
        List<Definition> definitions = jdbc.sql(
                        "select * from indicator where community_id = :community and id in (:ids)")
                .param("community", communityId)
                .param("ids", ids)
                .query(IndicatorCatalog::definition)
                .list();
        Map<UUID, List<DatedTarget>> targets =
                targets(definitions.stream().map(Definition::id).toList());
        Map<UUID, Raw> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (indicator_id) id, indicator_id, period_start, value from indicator_value
                        where indicator_id in (:ids) and breakdown = '' and replaced_at is null
                        order by indicator_id, period_start desc
                        """)
                .param("ids", ids)
                .query((rs, row) -> new Raw(
                        rs.getObject("indicator_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getDate("period_start").toLocalDate(),
                        rs.getBigDecimal("value")))
                .list()
                .forEach(raw -> latest.put(raw.indicatorId(), raw));
        List<Definition> first = definitions.stream()
                .sorted(java.util.Comparator.comparingInt((Definition d) -> urgency(d, latest.get(d.id()), targets))
                        .thenComparing(Definition::nameFr))
                .limit(shown)
                .toList();
        return new Attention(tiles(first), definitions.size());
    }

    private static int urgency(Definition definition, @Nullable Raw latest, Map<UUID, List<DatedTarget>> targets) {
        if (latest == null) {
            return 3;
        }
        BigDecimal target = DatedTarget.inForce(targets.getOrDefault(definition.id(), List.of()), latest.period());
        return switch (definition.rule().statusOf(latest.value(), target)) {
            case OFF_TARGET -> 0;
            case NEAR_TARGET -> 1;
            case NO_TARGET -> 2;
            case ON_TARGET -> 4;
        };
    }

    /** A value a person owes: the last full period of an indicator they are responsible for. */
    public record OwedValue(UUID indicatorId, String nameFr, String nameEn, LocalDate periodStart, boolean entered) {

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
        }
    }

    /** The values a person owes: those of the indicators they are responsible for, unless computed. */
    @Transactional(readOnly = true)
    public List<OwedValue> owedBy(UUID communityId, UUID userId, LocalDate today) {
        return jdbc
                .sql("""
                        select id, name_fr, name_en, frequency from indicator
                        where community_id = ? and responsible_user_id = ? and not archived
                          and not exists (select 1 from indicator_computation c where c.indicator_id = indicator.id)
                        order by lower(name_fr)
                        """)
                .params(communityId, userId)
                .query((rs, row) -> {
                    Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
                    LocalDate period = frequency.previous(frequency.periodOf(today));
                    UUID id = rs.getObject("id", UUID.class);
                    return new OwedValue(id, rs.getString("name_fr"), rs.getString("name_en"), period, false);
                })
                .list()
                .stream()
                .map(owed -> new OwedValue(
                        owed.indicatorId(),
                        owed.nameFr(),
                        owed.nameEn(),
                        owed.periodStart(),
                        jdbc.sql("""
                                        select count(*) from indicator_value where indicator_id = ? and period_start = ?
                                          and breakdown = '' and replaced_at is null
                                        """)
                                        .params(owed.indicatorId(), java.sql.Date.valueOf(owed.periodStart()))
                                        .query(Integer.class)
                                        .single()
                                > 0))
                .toList();
    }

    /** Tiles of the given indicators of the community, in name order; ids of other communities are ignored. */
    @Transactional(readOnly = true)
    public List<IndicatorTile> tiles(UUID communityId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tiles(jdbc.sql(
                        "select * from indicator where community_id = :community and id in (:ids) order by lower(name_fr)")
                .param("community", communityId)
                .param("ids", ids)
                .query(IndicatorCatalog::definition)
                .list());
    }

    private List<IndicatorTile> tiles(List<Definition> definitions) {
        if (definitions.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = definitions.stream().map(Definition::id).toList();
        Map<UUID, List<DatedTarget>> targets = targets(ids);
        Map<UUID, List<Raw>> recent = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, indicator_id, period_start, value from (
                            select id, indicator_id, period_start, value,
                                   row_number() over (partition by indicator_id order by period_start desc) as rank
                            from indicator_value
                            where indicator_id in (:ids) and breakdown = '' and replaced_at is null
                        ) latest where rank <= :points order by indicator_id, period_start
                        """)
                .param("ids", ids)
                .param("points", Sparkline.MAX_POINTS)
                .query((rs, row) -> new Raw(
                        rs.getObject("indicator_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getDate("period_start").toLocalDate(),
                        rs.getBigDecimal("value")))
                .list()
                .forEach(raw -> recent.computeIfAbsent(raw.indicatorId(), k -> new ArrayList<>())
                        .add(raw));
        List<IndicatorTile> tiles = new ArrayList<>();
        for (Definition definition : definitions) {
            List<DatedTarget> own = targets.getOrDefault(definition.id(), List.of());
            List<ValuePoint> points = recent.getOrDefault(definition.id(), List.of()).stream()
                    .map(raw -> {
                        BigDecimal target = DatedTarget.inForce(own, raw.period());
                        return new ValuePoint(
                                raw.period(),
                                raw.value(),
                                target,
                                definition.rule().statusOf(raw.value(), target),
                                raw.id());
                    })
                    .toList();
            tiles.add(new IndicatorTile(
                    definition.id(),
                    definition.nameFr(),
                    definition.nameEn(),
                    definition.unit(),
                    definition.rule().direction(),
                    definition.frequency(),
                    definition.owner(),
                    definition.archived(),
                    points.isEmpty() ? null : points.get(points.size() - 1),
                    Sparkline.of(points)));
        }
        return tiles;
    }

    private Map<UUID, List<DatedTarget>> targets(Collection<UUID> ids) {
        Map<UUID, List<DatedTarget>> targets = new HashMap<>();
        jdbc.sql("select indicator_id, target_date, value from indicator_target where indicator_id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(
                        rs.getObject("indicator_id", UUID.class),
                        new DatedTarget(rs.getDate("target_date").toLocalDate(), rs.getBigDecimal("value"))))
                .list()
                .forEach(target -> targets.computeIfAbsent(target.getKey(), k -> new ArrayList<>())
                        .add(target.getValue()));
        return targets;
    }

    private record Raw(UUID indicatorId, UUID id, LocalDate period, BigDecimal value) {}

    private record Definition(
            UUID id,
            String nameFr,
            String nameEn,
            Unit unit,
            Frequency frequency,
            UUID owner,
            boolean archived,
            StatusRule rule) {}

    private static Definition definition(ResultSet rs, int row) throws SQLException {
        return new Definition(
                rs.getObject("id", UUID.class),
                rs.getString("name_fr"),
                rs.getString("name_en"),
                Unit.valueOf(rs.getString("unit")),
                Frequency.valueOf(rs.getString("frequency")),
                rs.getObject("owner_organization_id", UUID.class),
                rs.getBoolean("archived"),
                new StatusRule(
                        Direction.valueOf(rs.getString("direction")),
                        rs.getBigDecimal("tolerance_percent"),
                        rs.getBigDecimal("band_low"),
                        rs.getBigDecimal("band_high")));
    }
}
