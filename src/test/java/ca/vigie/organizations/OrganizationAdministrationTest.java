package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.directory.Organization;
import ca.vigie.organizations.directory.Organization.OrganizationDetails;
import ca.vigie.organizations.directory.OrganizationAdministration;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organisation directory against the real database, audit rows included. */
@VigieTest
class OrganizationAdministrationTest {

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcClient jdbc;

    TestCommunity community;
    VigiePrincipal admin;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
    }

    @Test
    void creates_an_organisation_and_records_who_did_it() {
        UUID id = administration.create(admin, details("Maison des jeunes", "Youth House"), UUID.randomUUID());

        Organization created = administration.get(admin, id);
        assertThat(created.nameFr()).isEqualTo("Maison des jeunes");
        assertThat(created.active()).isTrue();
        assertThat(audit(id)).containsExactly("ORGANIZATION_CREATED");
    }

    @Test
    void the_same_form_submitted_twice_creates_one_organisation() {
        UUID token = UUID.randomUUID();

        UUID first = administration.create(admin, details("Cuisine collective", "Community Kitchen"), token);
        UUID second = administration.create(admin, details("Cuisine collective", "Community Kitchen"), token);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql(
                                "select count(*) from organization where name_fr = 'Cuisine collective' and community_id = ?")
                        .param(community.community().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_name_already_used_in_the_community_is_refused_whatever_its_case() {
        administration.create(admin, details("Centre de jour", "Day Centre"), UUID.randomUUID());

        assertThatThrownBy(() -> administration.create(admin, details("CENTRE DE JOUR", "Other"), UUID.randomUUID()))
                .isInstanceOf(RejectedValueException.class)
                .extracting(e -> ((RejectedValueException) e).field())
                .isEqualTo("nameFr");
    }

    @Test
    void the_same_name_is_allowed_in_another_community() {
        administration.create(admin, details("Refuge", "Shelter"), UUID.randomUUID());
        VigiePrincipal otherAdmin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);

        UUID id = administration.create(otherAdmin, details("Refuge", "Shelter"), UUID.randomUUID());

        assertThat(administration.get(otherAdmin, id).communityId()).isEqualTo(otherAdmin.communityId());
    }

    @Test
    void an_organisation_of_another_community_is_not_found() {
        VigiePrincipal otherAdmin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        UUID id = community.organization().id();

        assertThatThrownBy(() -> administration.get(otherAdmin, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> administration.setActive(otherAdmin, id, false))
                .isInstanceOf(NotFoundException.class);
        assertThat(administration.get(admin, id).active()).isTrue();
    }

    @Test
    void a_second_save_from_a_stale_form_is_refused_and_changes_nothing() {
        UUID id = administration.create(admin, details("Banque alimentaire", "Food Bank"), UUID.randomUUID());
        int openedAt = administration.get(admin, id).version();

        administration.edit(admin, id, details("Banque alimentaire du Nord", "North Food Bank"), openedAt);

        assertThatThrownBy(() -> administration.edit(admin, id, details("Autre nom", "Other name"), openedAt))
                .isInstanceOf(StaleEditException.class);
        assertThat(administration.get(admin, id).nameEn()).isEqualTo("North Food Bank");
    }

    @Test
    void disabling_keeps_the_organisation_and_records_the_change() {
        UUID id = administration.create(admin, details("Halte-garderie", "Drop-in Daycare"), UUID.randomUUID());

        administration.setActive(admin, id, false);

        assertThat(administration.get(admin, id).active()).isFalse();
        assertThat(audit(id)).containsExactly("ORGANIZATION_CREATED", "ORGANIZATION_DISABLED");
    }

    @Test
    void an_unknown_sector_is_refused() {
        assertThatThrownBy(() -> administration.create(
                        admin, new OrganizationDetails("Nom", "Name", "NOT_A_SECTOR"), UUID.randomUUID()))
                .isInstanceOf(RejectedValueException.class);
    }

    private static OrganizationDetails details(String fr, String en) {
        return new OrganizationDetails(fr, en, "COMMUNITY");
    }

    private java.util.List<String> audit(UUID objectId) {
        return jdbc.sql(
                        "select action from audit_event where object_type = 'organization' and object_id = ? order by seq")
                .param(objectId.toString())
                .query(String.class)
                .list();
    }
}
