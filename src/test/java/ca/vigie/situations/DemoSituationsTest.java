package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.testing.VigieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo community starts with a situation table set up, a lapsed agreement to show, and one situation at filter 1. */
@VigieTest
class DemoSituationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_table_is_set_up_with_a_chair_and_a_situation() {
        var table = jdbc.queryForMap("""
                select t.id, t.chair_user_id is not null as has_chair,
                       (select count(*) from situation_table_member m where m.table_id = t.id) as members,
                       (select count(*) from situation_table_member m
                        where m.table_id = t.id and m.agreement_expires < current_date) as lapsed,
                       (select count(*) from situation_table_representative r where r.table_id = t.id) as representatives,
                       (select count(*) from situation s where s.table_id = t.id) as situations
                from situation_table t where t.name_en = 'Downtown situation table'
                """);

        assertThat(table.get("has_chair")).isEqualTo(true);
        assertThat(((Number) table.get("members")).intValue()).isEqualTo(7);
        assertThat(((Number) table.get("lapsed")).intValue()).isEqualTo(1);
        assertThat(((Number) table.get("representatives")).intValue()).isEqualTo(3);
        assertThat(((Number) table.get("situations")).intValue()).isEqualTo(1);
    }
}
