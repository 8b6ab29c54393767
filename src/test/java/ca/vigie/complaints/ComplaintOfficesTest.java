package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.OfficeRejection;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** An administrator sets an office up: the organisations it serves under their law, and its staff. */
@VigieTest
class ComplaintOfficesTest {

    @Autowired
    ComplaintOffices offices;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    TestCommunity community;
    TestCommunity federal;
    VigiePrincipal admin;

    @BeforeEach
    void setUp() {
        community = communities.community();
        federal = communities.partner(community);
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
    }

    @Test
    void an_office_serves_organisations_under_their_jurisdiction_one_office_each() {
        UUID token = UUID.randomUUID();
        UUID office = offices.create(admin, "Bureau indépendant", "Independent office", token);
        assertThat(offices.create(admin, "Bureau indépendant", "Independent office", token))
                .isEqualTo(office);

        offices.serve(admin, office, community.organization().id(), Jurisdiction.ONTARIO);
        offices.serve(admin, office, federal.organization().id(), Jurisdiction.FEDERAL);
        offices.serve(admin, office, federal.organization().id(), Jurisdiction.QUEBEC);

        ComplaintOffice set = offices.get(admin.communityId(), office);
        assertThat(set.serving(federal.organization().id()))
                .hasValueSatisfying(served -> assertThat(served.jurisdiction()).isEqualTo(Jurisdiction.QUEBEC));
        assertThat(set.served()).hasSize(2);

        UUID other = offices.create(admin, "Autre bureau", "Other office", UUID.randomUUID());
        assertThatThrownBy(
                        () -> offices.serve(admin, other, federal.organization().id(), Jurisdiction.FEDERAL))
                .extracting(e -> ((OfficeRejection) e).messageKey())
                .isEqualTo("offices.served.elsewhere");
        assertThatThrownBy(() ->
                        offices.serve(admin, other, community.organization().id(), null))
                .extracting(e -> ((OfficeRejection) e).field())
                .isEqualTo("jurisdiction");
        offices.stopServing(admin, office, federal.organization().id());
        offices.serve(admin, other, federal.organization().id(), Jurisdiction.FEDERAL);
        assertThat(offices.get(admin.communityId(), other).served()).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_id = ? and action = 'COMPLAINT_OFFICE_SERVES'",
                        Integer.class,
                        office.toString()))
                .isEqualTo(3);
    }

    @Test
    void staff_need_a_complaints_role_except_the_analyst_and_only_administrators_set_up() {
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        VigiePrincipal intake = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal investigator = communities.person(community, Role.INVESTIGATOR);
        VigiePrincipal planner = communities.person(community, Role.PLAN_COORDINATOR);

        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, intake.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, investigator.userId(), StaffRole.INVESTIGATOR);
        offices.assign(admin, office, planner.userId(), StaffRole.ANALYST);
        assertThatThrownBy(() -> offices.assign(admin, office, planner.userId(), StaffRole.CASE_MANAGER))
                .extracting(e -> ((OfficeRejection) e).messageKey())
                .isEqualTo("offices.staff.noRole");
        assertThatThrownBy(() -> offices.assign(admin, office, intake.userId(), null))
                .extracting(e -> ((OfficeRejection) e).field())
                .isEqualTo("role");
        assertThat(offices.get(admin.communityId(), office).staff()).hasSize(4);
        offices.unassign(admin, office, intake.userId(), StaffRole.OFFICE_LEAD);
        assertThat(offices.get(admin.communityId(), office).staff())
                .extracting(ComplaintOffice.Staff::role)
                .containsExactlyInAnyOrder(StaffRole.INTAKE_OFFICER, StaffRole.INVESTIGATOR, StaffRole.ANALYST);

        assertThatThrownBy(() -> offices.create(intake, "Bureau", "Office", UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        VigiePrincipal stranger = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        assertThatThrownBy(() -> offices.get(stranger.communityId(), office)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offices.assign(stranger, office, intake.userId(), StaffRole.INTAKE_OFFICER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offices.rename(admin, office, "Bureau", "", 0))
                .extracting(e -> ((Refusal) e).field())
                .isEqualTo("nameEn");
        offices.rename(admin, office, "Bureau du Nord", "North office", 0);
        assertThatThrownBy(() -> offices.rename(admin, office, "Bureau", "Office", 0))
                .isInstanceOf(StaleEditException.class);
    }
}
