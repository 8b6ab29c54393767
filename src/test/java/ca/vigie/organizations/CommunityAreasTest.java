package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.directory.CommunityAreas;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.Refusal;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The administrator keeps the community's neighbourhoods; other modules read them through the directory. */
@VigieTest
class CommunityAreasTest {

    @Autowired
    CommunityAreas areas;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    TestCommunities communities;

    @Test
    void an_area_is_added_renamed_retired_and_brought_back_and_the_directory_lists_it() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        UUID token = UUID.randomUUID();
        UUID wharves = areas.create(admin, " Les Quais ", "The Wharves", token);
        assertThat(areas.create(admin, "Les Quais", "The Wharves", token))
                .as("a double submit")
                .isEqualTo(wharves);
        areas.create(admin, "Centre-ville", "Downtown", UUID.randomUUID());

        areas.rename(admin, wharves, "Les Quais-Est", "East Wharves", 0);
        assertThatThrownBy(() -> areas.rename(admin, wharves, "Les Quais", "Wharves", 0))
                .isInstanceOf(StaleEditException.class);
        areas.setRetired(admin, wharves, true);

        assertThat(directory.areas(community.community().id()))
                .extracting(OrganizationDirectory.AreaRef::nameEn, OrganizationDirectory.AreaRef::retired)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Downtown", false),
                        org.assertj.core.groups.Tuple.tuple("East Wharves", true));
        areas.setRetired(admin, wharves, false);
        assertThat(areas.get(community.community().id(), wharves).retired()).isFalse();
    }

    @Test
    void names_are_required_unique_in_each_language_and_only_the_administrator_keeps_the_list() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        areas.create(admin, "Plateau-Nord", "North Plateau", UUID.randomUUID());

        assertThatThrownBy(() -> areas.create(admin, " ", "Harbour", UUID.randomUUID()))
                .extracting(e -> ((Refusal) e).field())
                .isEqualTo("nameFr");
        assertThatThrownBy(() -> areas.create(admin, "Port", "north plateau", UUID.randomUUID()))
                .extracting(e -> ((Refusal) e).messageKey(), e -> ((Refusal) e).field())
                .containsExactly("areas.taken", "nameEn");
        assertThatThrownBy(() -> areas.create(
                        communities.person(community, Role.PLAN_COORDINATOR), "Port", "Harbour", UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);

        VigiePrincipal elsewhere = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        UUID theirs = areas.create(elsewhere, "Plateau-Nord", "North Plateau", UUID.randomUUID());
        assertThatThrownBy(() -> areas.rename(admin, theirs, "A", "B", 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> areas.setRetired(admin, theirs, true)).isInstanceOf(NotFoundException.class);
    }
}
