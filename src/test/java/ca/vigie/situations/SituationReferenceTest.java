package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceRejection;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.Refusal;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reference lists: shipped for everyone, extended, reworded and retired by one community alone. */
@VigieTest
class SituationReferenceTest {

    @Autowired
    SituationReference reference;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    VigiePrincipal admin;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
    }

    @Test
    void every_list_ships_bilingual_values_and_every_factor_has_a_category() {
        for (ReferenceList list : ReferenceList.values()) {
            assertThat(reference.choices(community.community().id(), list))
                    .as(list.name())
                    .isNotEmpty()
                    .allSatisfy(value -> {
                        assertThat(value.shipped()).isTrue();
                        assertThat(value.labelFr()).isNotBlank().isNotEqualTo(value.code());
                        assertThat(value.labelEn()).isNotBlank().isNotEqualTo(value.code());
                    });
        }
        Map<UUID, ReferenceValue> categories =
                reference.choices(community.community().id(), ReferenceList.RISK_CATEGORY).stream()
                        .collect(Collectors.toMap(ReferenceValue::id, v -> v));
        assertThat(categories).hasSize(28);
        assertThat(reference.choices(community.community().id(), ReferenceList.RISK_FACTOR))
                .allSatisfy(factor -> assertThat(categories).containsKey(factor.parentId()));
        assertThat(reference.choices(community.community().id(), ReferenceList.RISK_FACTOR))
                .extracting(ReferenceValue::labelEn)
                .contains("Physical violence — victim", "Alcohol — in the home", "Current suicidal thoughts");
        assertThat(reference.choices(community.community().id(), ReferenceList.CONCLUSION_REASON))
                .extracting(ReferenceValue::grouping)
                .containsOnly("RISK_LOWERED", "STILL_ELEVATED");
    }

    @Test
    void a_community_adds_rewords_and_retires_its_values_without_touching_another_community() {
        UUID id = reference.add(
                admin, ReferenceList.SERVICE, "Travail de rue", "Street outreach", null, null, UUID.randomUUID());
        UUID category = reference
                .choices(community.community().id(), ReferenceList.RISK_CATEGORY)
                .get(0)
                .id();
        UUID factor = reference.add(
                admin, ReferenceList.RISK_FACTOR, "Isolement", "Isolation", category, null, UUID.randomUUID());

        reference.reword(admin, id, "Travail de proximité", "Outreach work", 1);
        UUID shipped = reference
                .choices(community.community().id(), ReferenceList.SERVICE)
                .get(0)
                .id();
        reference.setRetired(admin, shipped, true);

        ReferenceValue own = reference.get(community.community().id(), id);
        assertThat(own.code()).isEqualTo("STREET_OUTREACH");
        assertThat(own.labelEn()).isEqualTo("Outreach work");
        assertThat(own.version()).isEqualTo(2);
        assertThat(reference.wordings(community.community().id(), id))
                .singleElement()
                .satisfies(w -> assertThat(w.labelFr()).isEqualTo("Travail de rue"));
        assertThat(reference.get(community.community().id(), factor).parentId()).isEqualTo(category);
        assertThat(reference.choices(community.community().id(), ReferenceList.SERVICE))
                .extracting(ReferenceValue::id)
                .contains(id)
                .doesNotContain(shipped);
        assertThat(reference.values(community.community().id(), ReferenceList.SERVICE))
                .filteredOn(v -> v.id().equals(shipped))
                .singleElement()
                .satisfies(v -> assertThat(v.retired()).isTrue());

        UUID elsewhere = communities.community().community().id();
        assertThat(reference.choices(elsewhere, ReferenceList.SERVICE))
                .extracting(ReferenceValue::id)
                .contains(shipped)
                .doesNotContain(id);
        assertThatThrownBy(() -> reference.get(elsewhere, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void bad_values_are_refused_with_their_field() {
        assertThatThrownBy(() ->
                        reference.add(admin, ReferenceList.SERVICE, " ", "Outreach", null, null, UUID.randomUUID()))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).field())
                .isEqualTo("labelFr");
        assertThatThrownBy(() -> reference.add(
                        admin, ReferenceList.RISK_FACTOR, "Isolement", "Isolation", null, null, UUID.randomUUID()))
                .extracting(e -> ((ReferenceRejection) e).field())
                .isEqualTo("parentId");
        assertThatThrownBy(() -> reference.add(
                        admin, ReferenceList.CONCLUSION_REASON, "Autre", "Other", null, "MAYBE", UUID.randomUUID()))
                .extracting(e -> ((ReferenceRejection) e).field())
                .isEqualTo("grouping");
        UUID shipped = reference
                .choices(community.community().id(), ReferenceList.SERVICE)
                .get(0)
                .id();
        assertThatThrownBy(() -> reference.reword(admin, shipped, "Autre", "Other", 1))
                .isInstanceOf(ReferenceRejection.class);
        UUID own = reference.add(admin, ReferenceList.SERVICE, "Épicerie", "Grocery", null, null, UUID.randomUUID());
        assertThatThrownBy(() -> reference.reword(admin, own, "Épicerie solidaire", "Community grocery", 0))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void a_double_submit_adds_one_value_and_only_administrators_change_lists() {
        UUID token = UUID.randomUUID();
        UUID first = reference.add(admin, ReferenceList.SERVICE, "Répit", "Respite", null, null, token);
        UUID second = reference.add(admin, ReferenceList.SERVICE, "Répit", "Respite", null, null, token);
        assertThat(second).isEqualTo(first);
        assertThat(reference.values(community.community().id(), ReferenceList.SERVICE))
                .filteredOn(v -> v.labelEn().equals("Respite"))
                .hasSize(1);

        VigiePrincipal member = communities.person(community, Role.TABLE_MEMBER);
        assertThatThrownBy(() ->
                        reference.add(member, ReferenceList.SERVICE, "Répit", "Respite", null, null, UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reference.setRetired(member, first, true)).isInstanceOf(AccessDeniedException.class);
    }
}
