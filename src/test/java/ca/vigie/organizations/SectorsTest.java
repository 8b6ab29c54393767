package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.directory.Organization.OrganizationDetails;
import ca.vigie.organizations.directory.OrganizationAdministration;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.Sectors;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.Refusal;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Sectors as a community's reference data: shipped ones shared, its own added and reworded, any retired for it alone. */
@VigieTest
class SectorsTest {

    @Autowired
    Sectors sectors;

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    VigiePrincipal admin;
    VigiePrincipal otherAdmin;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
        otherAdmin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
    }

    @Test
    void a_community_adds_and_rewords_its_own_sectors_keeping_earlier_wordings() {
        sectors.add(admin, "Premières Nations", "First Nations", UUID.randomUUID());
        Sectors.Sector added = own("First Nations");

        assertThat(added.code()).startsWith("FIRST_NATIONS_");
        assertThat(sectors.selectable(community.community().id())).contains(added);
        assertThat(sectors.selectable(otherAdmin.communityId()))
                .noneMatch(sector -> sector.code().equals(added.code()));
        assertThatThrownBy(() -> sectors.get(otherAdmin.communityId(), added.code()))
                .isInstanceOf(NotFoundException.class);

        sectors.reword(admin, added.code(), "Premières Nations et Inuit", "First Nations and Inuit", added.version());
        assertThat(sectors.get(community.community().id(), added.code()).labelEn())
                .isEqualTo("First Nations and Inuit");
        assertThat(sectors.wordings(community.community().id(), added.code()))
                .singleElement()
                .satisfies(wording -> assertThat(wording.labelEn()).isEqualTo("First Nations"));
        assertThatThrownBy(() -> sectors.reword(admin, added.code(), "Autre", "Other", added.version()))
                .isInstanceOf(RejectedValueException.class);
        assertThatThrownBy(() -> sectors.reword(admin, added.code(), "A", "B", added.version()))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> sectors.reword(admin, "POLICE", "Police locale", "Local police", 1))
                .extracting(e -> ((RejectedValueException) e).messageKey())
                .isEqualTo("sectors.shipped");
    }

    @Test
    void labels_are_required_and_unique_and_only_administrators_manage_sectors() {
        assertThatThrownBy(() -> sectors.add(admin, " ", "Elders", UUID.randomUUID()))
                .extracting(e -> ((Refusal) e).field())
                .isEqualTo("labelFr");
        assertThatThrownBy(() -> sectors.add(admin, "Santé publique", "health", UUID.randomUUID()))
                .extracting(e -> ((RejectedValueException) e).messageKey())
                .isEqualTo("sectors.taken");
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        assertThatThrownBy(() -> sectors.add(coordinator, "Aînés", "Elders", UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        UUID token = UUID.randomUUID();
        sectors.add(admin, "Aînés", "Elders", token);
        sectors.add(admin, "Aînés", "Elders", token);
        assertThat(sectors.all(community.community().id()))
                .filteredOn(s -> s.labelEn().equals("Elders"))
                .hasSize(1);
    }

    @Test
    void a_retired_sector_leaves_the_choices_of_one_community_and_stays_on_its_organisations() {
        UUID organization = organizations.create(
                admin, new OrganizationDetails("Conseil scolaire", "School board", "EDUCATION"), UUID.randomUUID());

        sectors.setRetired(admin, "EDUCATION", true);

        assertThat(sectors.isSelectable(community.community().id(), "EDUCATION"))
                .isFalse();
        assertThat(sectors.isSelectable(otherAdmin.communityId(), "EDUCATION")).isTrue();
        assertThatThrownBy(() -> organizations.create(
                        admin, new OrganizationDetails("École", "School", "EDUCATION"), UUID.randomUUID()))
                .isInstanceOf(RejectedValueException.class);
        var current = organizations.get(admin, organization);
        organizations.edit(
                admin,
                organization,
                new OrganizationDetails("Conseil scolaire du Nord", "Northern school board", "EDUCATION"),
                current.version());
        assertThat(organizations.get(admin, organization).sector()).isEqualTo("EDUCATION");

        sectors.setRetired(admin, "EDUCATION", false);
        assertThat(sectors.isSelectable(community.community().id(), "EDUCATION"))
                .isTrue();
    }

    private Sectors.Sector own(String labelEn) {
        return sectors.all(community.community().id()).stream()
                .filter(sector -> sector.labelEn().equals(labelEn))
                .findFirst()
                .orElseThrow();
    }
}
