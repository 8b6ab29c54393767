package ca.vigie.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each role sees its own links, and the section the page belongs to is marked current. */
class NavigationTest {

    @Test
    void everyone_signed_in_sees_the_common_links_and_each_role_its_own() {
        assertThat(labels(Set.of()))
                .containsExactly(
                        "nav.home", "nav.myUpdates", "nav.plans", "nav.indicators", "nav.myComplaints", "nav.account");
        assertThat(labels(Set.of("ROLE_TABLE_CHAIR")))
                .contains("nav.mySituationTables")
                .doesNotContain("nav.situationStatistics", "nav.users");
        assertThat(labels(Set.of("ROLE_COMMUNITY_ADMIN")))
                .contains("nav.organizations", "nav.users", "nav.community", "nav.templates", "nav.situationTables")
                .contains("nav.situationStatistics", "nav.complaintOffices")
                .doesNotContain("nav.complaintFiles", "nav.audit");
        assertThat(labels(Set.of("ROLE_INVESTIGATOR"))).contains("nav.complaintFiles", "nav.complaintStatistics");
        assertThat(labels(Set.of("ROLE_AUDITOR"))).contains("nav.audit");
    }

    @Test
    void the_section_of_the_page_is_current_and_no_other() {
        Set<String> chair = Set.of("ROLE_TABLE_CHAIR");

        assertThat(current(chair, "/")).containsExactly("nav.home");
        assertThat(current(chair, "/plans/3f2c/edit")).containsExactly("nav.plans");
        assertThat(current(chair, "/situations/3f2c")).containsExactly("nav.mySituationTables");
        assertThat(current(chair, "/situation-tables/3f2c/meetings")).containsExactly("nav.mySituationTables");
        assertThat(current(chair, "/complaint-statistics")).isEmpty();
        assertThat(current(Set.of("ROLE_COMMUNITY_ADMIN"), "/admin/situation-tables/lists"))
                .containsExactly("nav.situationTables");
        assertThat(current(chair, "/account/password"))
                .as("the account page only")
                .isEmpty();
    }

    private static List<String> labels(Set<String> authorities) {
        return Navigation.of(authorities, "/").stream().map(Shell.Link::label).toList();
    }

    private static List<String> current(Set<String> authorities, String path) {
        return Navigation.of(authorities, path).stream()
                .filter(Shell.Link::current)
                .map(Shell.Link::label)
                .toList();
    }
}
