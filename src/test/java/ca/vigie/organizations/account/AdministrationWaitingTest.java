package ca.vigie.organizations.account;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator sees how many of the community's accounts are locked; no one else does. */
@VigieTest
class AdministrationWaitingTest {

    @Autowired
    AdministrationWaiting waiting;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    TestCommunities communities;

    @Test
    void locked_accounts_of_the_community_wait_for_its_administrator() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal locked = communities.person(community, Role.PLAN_OWNER);
        VigiePrincipal elsewhere = communities.person(communities.community(), Role.PLAN_OWNER);
        assertThat(waiting.waitingFor(admin)).isEmpty();

        while (throttle.recordFailure(locked.username()).isEmpty()) {
            // failures until the lock
        }
        while (throttle.recordFailure(elsewhere.username()).isEmpty()) {
            // another community's account, locked too
        }

        assertThat(waiting.waitingFor(admin)).singleElement().satisfies(item -> {
            assertThat(item.messageKey()).isEqualTo("home.admin.locked");
            assertThat(item.count()).isEqualTo(1);
            assertThat(item.urgent()).isTrue();
            assertThat(item.area()).isEqualTo(Role.Area.ADMINISTRATION);
        });
        assertThat(waiting.waitingFor(locked)).extracting(Waiting::area).isEmpty();
        throttle.reset(locked.username());
        assertThat(waiting.waitingFor(admin)).isEmpty();
    }
}
