package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.AgreementStatus;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.situations.tables.SituationTables;
import ca.vigie.situations.tables.TableRejection;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.Refusal;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Setting up a situation table: members under agreements, their representatives, the chair. */
@VigieTest
class SituationTablesTest {

    @Autowired
    SituationTables tables;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    VigiePrincipal admin;
    UUID tableId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
        tableId = tables.create(admin, "Table du centre", "Downtown table", UUID.randomUUID());
        today = communities.today();
    }

    @Test
    void an_agreement_decides_whether_an_organisation_may_receive_identifying_information() {
        UUID organization = community.organization().id();
        tables.recordAgreement(admin, tableId, organization, "ESI-2025-04", today.minusYears(1), today.minusDays(1));

        SituationTable expired = tables.get(community.community().id(), tableId);
        assertThat(expired.member(organization).orElseThrow().agreement(today)).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(expired.mayReceiveIdentifyingInformation(organization, today))
                .isFalse();

        tables.recordAgreement(admin, tableId, organization, "ESI-2026-11", today, today.plusDays(20));
        SituationTable renewed = tables.get(community.community().id(), tableId);
        assertThat(renewed.members()).hasSize(1);
        assertThat(renewed.member(organization).orElseThrow().agreement(today)).isEqualTo(AgreementStatus.ENDING_SOON);
        assertThat(renewed.mayReceiveIdentifyingInformation(organization, today))
                .isTrue();

        tables.recordAgreement(admin, tableId, organization, "ESI-2027", today.plusDays(3), today.plusYears(2));
        assertThat(tables.get(community.community().id(), tableId)
                        .mayReceiveIdentifyingInformation(organization, today))
                .isFalse();
        assertThat(AgreementStatus.IN_FORCE.allowsIdentifyingInformation()).isTrue();
        assertThat(tables.get(community.community().id(), tableId)
                        .mayReceiveIdentifyingInformation(UUID.randomUUID(), today))
                .isFalse();
    }

    @Test
    void representatives_come_from_member_organisations_and_the_chair_is_one_of_them() {
        VigiePrincipal worker = communities.person(community, Role.TABLE_MEMBER);
        assertThatThrownBy(() -> tables.addRepresentative(admin, tableId, worker.userId()))
                .isInstanceOf(TableRejection.class)
                .extracting(e -> ((TableRejection) e).messageKey())
                .isEqualTo("tables.representative.notMember");
        assertThatThrownBy(() -> tables.setChair(admin, tableId, worker.userId()))
                .extracting(e -> ((TableRejection) e).field())
                .isEqualTo("chairUserId");

        tables.recordAgreement(
                admin, tableId, community.organization().id(), "ESI-1", today.minusDays(10), today.plusYears(1));
        tables.addRepresentative(admin, tableId, worker.userId());
        tables.setChair(admin, tableId, worker.userId());

        SituationTable table = tables.get(community.community().id(), tableId);
        assertThat(table.representativesOf(community.organization().id()))
                .extracting(SituationTable.Representative::userId)
                .containsExactly(worker.userId());
        assertThat(table.chairUserId()).isEqualTo(worker.userId());

        tables.removeMember(admin, tableId, community.organization().id());
        SituationTable emptied = tables.get(community.community().id(), tableId);
        assertThat(emptied.members()).isEmpty();
        assertThat(emptied.representatives()).isEmpty();
        assertThat(emptied.chairUserId()).isNull();
    }

    @Test
    void bad_agreements_and_names_are_refused_with_their_field() {
        UUID organization = community.organization().id();
        assertThat(field(() -> tables.recordAgreement(admin, tableId, organization, " ", today, today.plusDays(1))))
                .isEqualTo("agreementReference");
        assertThat(field(() -> tables.recordAgreement(admin, tableId, organization, "ESI", null, today)))
                .isEqualTo("agreementSigned");
        assertThat(field(() -> tables.recordAgreement(admin, tableId, organization, "ESI", today, today)))
                .isEqualTo("agreementExpires");
        assertThat(field(() -> tables.recordAgreement(admin, tableId, null, "ESI", today, today.plusDays(1))))
                .isEqualTo("organizationId");
        UUID elsewhere = communities.community().organization().id();
        assertThat(field(() -> tables.recordAgreement(admin, tableId, elsewhere, "ESI", today, today.plusDays(1))))
                .isEqualTo("organizationId");
        assertThat(field(() -> tables.create(admin, "Table", " ", UUID.randomUUID())))
                .isEqualTo("nameEn");
        assertThatThrownBy(() -> tables.rename(admin, tableId, "Table est", "East table", 7))
                .isInstanceOf(StaleEditException.class);
        tables.rename(admin, tableId, "Table est", "East table", 0);
        assertThat(tables.get(community.community().id(), tableId).nameEn()).isEqualTo("East table");
    }

    @Test
    void another_community_and_people_without_the_role_cannot_reach_a_table() {
        VigiePrincipal otherAdmin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        assertThatThrownBy(() -> tables.get(otherAdmin.communityId(), tableId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tables.rename(otherAdmin, tableId, "A", "B", 0))
                .isInstanceOf(NotFoundException.class);
        VigiePrincipal chair = communities.person(community, Role.TABLE_CHAIR);
        assertThatThrownBy(() -> tables.create(chair, "Table", "Table", UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        UUID token = UUID.randomUUID();
        assertThat(tables.create(admin, "Nord", "North", token))
                .isEqualTo(tables.create(admin, "Nord", "North", token));
    }

    private static String field(Runnable change) {
        try {
            change.run();
        } catch (Refusal rejected) {
            return rejected.field();
        }
        throw new AssertionError("The change was accepted");
    }
}
