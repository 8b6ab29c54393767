package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.testing.VigieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo office serves the police under Ontario's law and the housing authority under the federal one. */
@VigieTest
class DemoOfficesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_office_is_set_up_with_its_jurisdictions_and_staff() {
        assertThat(jdbc.queryForList("""
                        select o.name_en || ':' || s.jurisdiction from complaint_office_organization s
                        join organization o on o.id = s.organization_id
                        join complaint_office f on f.id = s.office_id
                        where f.name_en = 'Independent Safe Workplace Office'
                        """, String.class))
                .containsExactlyInAnyOrder("Heron Bay Police Service:ONTARIO", "Bay Housing Authority:FEDERAL");
        assertThat(jdbc.queryForList("""
                        select u.username || ':' || s.staff_role from complaint_office_staff s
                        join user_account u on u.id = s.user_id
                        join complaint_office f on f.id = s.office_id
                        where f.name_en = 'Independent Safe Workplace Office'
                        """, String.class))
                .containsExactlyInAnyOrder(
                        "office:OFFICE_LEAD",
                        "office:INTAKE_OFFICER",
                        "investigator:INVESTIGATOR",
                        "coordinator:ANALYST");
    }
}
