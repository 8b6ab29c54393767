package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.UserAccount.UserDetails;
import ca.vigie.organizations.directory.UserAdministration;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People and memberships against the real database. */
@VigieTest
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;

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
    void a_created_person_must_change_the_temporary_password_and_the_same_form_twice_creates_one() {
        UUID token = UUID.randomUUID();
        UserDetails details = new UserDetails(
                "Ana Lima", "ana@example.org", community.organization().id());

        UUID first = administration.create(
                admin, "alima" + token.toString().substring(0, 6), details, "temporary secret 1", token);
        UUID second = administration.create(
                admin, "alima" + token.toString().substring(0, 6), details, "temporary secret 1", token);

        assertThat(second).isEqualTo(first);
        assertThat(administration.get(admin, first).passwordChangeRequired()).isTrue();
        assertThat(administration.get(admin, first).passwordHash())
                .startsWith("{argon2")
                .doesNotContain("temporary");
    }

    @Test
    void an_administrator_cannot_change_their_own_roles() {
        assertThatThrownBy(() -> administration.grant(
                        admin, admin.userId(), community.organization().id(), Role.AUDITOR))
                .isInstanceOf(RejectedValueException.class);
        assertThat(administration.membershipsOf(admin, admin.userId()))
                .extracting(UserAdministration.MembershipRow::role)
                .containsExactly(Role.COMMUNITY_ADMIN);
    }

    @Test
    void a_role_is_granted_once_and_revoking_it_is_recorded() {
        VigiePrincipal person = communities.person(community);
        administration.grant(admin, person.userId(), community.organization().id(), Role.PLAN_OWNER);

        assertThatThrownBy(() -> administration.grant(
                        admin, person.userId(), community.organization().id(), Role.PLAN_OWNER))
                .isInstanceOf(RejectedValueException.class);
        UUID membership =
                administration.membershipsOf(admin, person.userId()).get(0).id();
        administration.revoke(admin, person.userId(), membership);

        assertThat(administration.membershipsOf(admin, person.userId())).isEmpty();
        assertThat(actionsOn(person.userId())).containsExactly("MEMBERSHIP_GRANTED", "MEMBERSHIP_REVOKED");
    }

    @Test
    void the_co_response_roles_are_granted_like_any_other() {
        VigiePrincipal person = communities.person(community);

        administration.grant(admin, person.userId(), community.organization().id(), Role.CORESPONSE_LEAD);
        administration.grant(admin, person.userId(), community.organization().id(), Role.CORESPONSE_STEERING);

        assertThat(administration.membershipsOf(admin, person.userId()))
                .extracting(m -> m.role())
                .containsExactlyInAnyOrder(Role.CORESPONSE_LEAD, Role.CORESPONSE_STEERING);
    }

    @Test
    void people_of_another_community_are_out_of_reach() {
        VigiePrincipal stranger = communities.person(communities.community(), Role.PLAN_OWNER);

        assertThatThrownBy(() -> administration.get(admin, stranger.userId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> administration.setEnabled(admin, stranger.userId(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> administration.grant(
                        admin, stranger.userId(), community.organization().id(), Role.AUDITOR))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void resetting_a_lost_second_factor_clears_it_and_its_recovery_codes() {
        VigiePrincipal person = communities.person(community);
        jdbc.sql("update user_account set mfa_enabled = true, mfa_secret = '\\x01' where id = ?")
                .param(person.userId())
                .update();
        jdbc.sql("""
                        insert into mfa_recovery_code (user_id, community_id, code_hash)
                        select id, community_id, 'h' from user_account where id = ?
                        """).param(person.userId()).update();

        administration.resetSecondFactor(admin, person.userId());

        assertThat(administration.get(admin, person.userId()).mfaEnabled()).isFalse();
        assertThat(jdbc.sql("select count(*) from mfa_recovery_code where user_id = ?")
                        .param(person.userId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(actionsOn(person.userId())).contains("MFA_RESET_BY_ADMINISTRATOR");
    }

    private java.util.List<String> actionsOn(UUID userId) {
        return jdbc.sql("select action from audit_event where object_type = 'user' and object_id = ? order by seq")
                .param(userId.toString())
                .query(String.class)
                .list();
    }
}
