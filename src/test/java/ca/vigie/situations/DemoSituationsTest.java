package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.Situations;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.VigieTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo table: members and a lapsed agreement, two years of history across every stage and
 * outcome, and today's situation seen three ways by the chair, the police and health.
 */
@VigieTest
class DemoSituationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Situations situations;

    @Test
    void the_demo_table_is_set_up_with_a_chair_and_members() {
        var table = jdbc.queryForMap("""
                select t.id, t.chair_user_id is not null as has_chair,
                       (select count(*) from situation_table_member m where m.table_id = t.id) as members,
                       (select count(*) from situation_table_member m
                        join information_sharing_agreement a
                          on a.community_id = m.community_id and a.organization_id = m.organization_id
                        where m.table_id = t.id and a.expires < current_date) as lapsed,
                       (select count(*) from situation_table_representative r where r.table_id = t.id) as representatives
                from situation_table t where t.name_en = 'Downtown situation table'
                """);

        assertThat(table.get("has_chair")).isEqualTo(true);
        assertThat(((Number) table.get("members")).intValue()).isEqualTo(7);
        assertThat(((Number) table.get("lapsed")).intValue()).isEqualTo(1);
        assertThat(((Number) table.get("representatives")).intValue()).isEqualTo(3);
    }

    @Test
    void two_years_of_history_cover_every_stage_and_both_outcomes() {
        var history = jdbc.queryForMap("""
                select count(*) as situations,
                       count(distinct stage) as stages,
                       min(opened_at) < now() - interval '23 months' as two_years,
                       count(*) filter (where stage = 'REJECTED' and (summary is not null or opened_by is not null)) as unreduced,
                       count(*) filter (where details_destroyed_at is not null) as destroyed,
                       (select count(distinct r.grouping) from situation s2
                        join situation_reference r on r.id = s2.conclusion_reason_id
                        where s2.table_id = s.table_id) as outcomes
                from situation s
                join situation_table t on t.id = s.table_id
                where t.name_en = 'Downtown situation table'
                group by s.table_id
                """);

        assertThat(((Number) history.get("situations")).intValue()).isBetween(140, 170);
        assertThat(((Number) history.get("stages")).intValue()).isEqualTo(6);
        assertThat(history.get("two_years")).isEqualTo(true);
        assertThat(((Number) history.get("unreduced")).intValue()).isZero();
        assertThat(((Number) history.get("destroyed")).intValue()).isPositive();
        assertThat(((Number) history.get("outcomes")).intValue()).isEqualTo(2);
    }

    @Test
    void the_demo_computed_indicators_have_values_from_the_history_and_measure_a_plan_objective() {
        var computed = jdbc.queryForMap("""
                select count(*) filter (where v.value > 0) as quarters,
                       (select count(*) from plan_item_indicator l where l.indicator_id = i.id) as linked
                from indicator i
                join indicator_computation c on c.indicator_id = i.id
                left join indicator_value v on v.indicator_id = i.id and v.replaced_at is null
                where i.name_en = 'Situations accepted by the situation table'
                group by i.id
                """);

        assertThat(((Number) computed.get("quarters")).intValue()).isGreaterThanOrEqualTo(6);
        assertThat(((Number) computed.get("linked")).intValue()).isOne();
    }

    @Test
    void todays_situation_shows_three_views() {
        UUID id = jdbc.queryForObject(
                "select id from situation where situation_type = 'FAMILY' and stage = 'INTERVENTION' and intervention_on is null",
                UUID.class);
        Map<String, VigiePrincipal> people = Map.of(
                "chair", demo("chair", Role.TABLE_CHAIR, Role.TABLE_MEMBER),
                "police", demo("police", Role.TABLE_MEMBER),
                "health", demo("health", Role.TABLE_MEMBER));

        assertThat(situations.identity(people.get("police"), id).fullName()).isEqualTo("Famille fictive (démo)");
        assertThat(situations.identity(people.get("chair"), id).fullName()).isEqualTo("Famille fictive (démo)");
        assertThatThrownBy(() -> situations.identity(people.get("health"), id)).isInstanceOf(NotFoundException.class);
        assertThat(situations.get(people.get("health"), id).summary()).contains("Mère seule");
    }

    private VigiePrincipal demo(String username, Role... roles) {
        var row = jdbc.queryForMap(
                "select u.id, u.community_id, u.organization_id from user_account u where u.username = ?", username);
        return new VigiePrincipal(
                (UUID) row.get("id"),
                username,
                username,
                (UUID) row.get("community_id"),
                (UUID) row.get("organization_id"),
                Set.of(roles));
    }
}
