package ca.vigie.organizations.account;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAccount.UserDetails;
import ca.vigie.system.VigieProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which step a person owes after the password, in and out of demo mode. */
class SignInStepsTest {

    private static final UserAccount ACCOUNT = UserAccount.create(
                    UUID.randomUUID(),
                    new UserDetails("Person", null, UUID.randomUUID()),
                    "person",
                    "hash",
                    Instant.now())
            .withPassword("hash", false, Instant.now());

    @Test
    void outside_demo_mode_a_sensitive_role_must_enrol_a_second_factor() {
        SignInSteps steps = steps(false);

        assertThat(steps.nextStep(ACCOUNT, principal(Role.TABLE_MEMBER), false)).isEqualTo(SignInStep.MFA_ENROLMENT);
        assertThat(steps.nextStep(ACCOUNT, principal(Role.AUDITOR), false)).isEqualTo(SignInStep.MFA_ENROLMENT);
        assertThat(steps.nextStep(ACCOUNT, principal(Role.COMMUNITY_ADMIN), false))
                .isEqualTo(SignInStep.MFA_ENROLMENT);
        assertThat(steps.nextStep(ACCOUNT, principal(Role.PLAN_OWNER), false)).isEqualTo(SignInStep.DONE);
    }

    @Test
    void in_demo_mode_no_second_factor_is_demanded() {
        assertThat(steps(true).nextStep(ACCOUNT, principal(Role.INVESTIGATOR), false))
                .isEqualTo(SignInStep.DONE);
    }

    @Test
    void an_enrolled_second_factor_is_always_asked_then_the_password_change() {
        UserAccount enrolled =
                ACCOUNT.withMfa(new byte[] {1}, true, Instant.now()).withPassword("hash", true, Instant.now());

        assertThat(steps(true).nextStep(enrolled, principal(Role.PLAN_OWNER), false))
                .isEqualTo(SignInStep.MFA_CODE);
        assertThat(steps(true).nextStep(enrolled, principal(Role.PLAN_OWNER), true))
                .isEqualTo(SignInStep.PASSWORD_CHANGE);
    }

    private static VigiePrincipal principal(Role role) {
        return new VigiePrincipal(
                UUID.randomUUID(), "person", "Person", UUID.randomUUID(), UUID.randomUUID(), Set.of(role));
    }

    private static SignInSteps steps(boolean demo) {
        VigieProperties properties = new VigieProperties(
                Path.of("data"),
                new VigieProperties.Db("", "", "", new VigieProperties.Embedded(0, true)),
                new VigieProperties.Encryption(""),
                new VigieProperties.Demo(demo),
                ZoneId.of("America/Toronto"),
                new VigieProperties.Security(
                        new VigieProperties.Security.Session(Duration.ofMinutes(30), Duration.ofHours(10)),
                        new VigieProperties.Security.Login(5, Duration.ofMinutes(15))));
        return new SignInSteps(null, null, properties, null, null, null);
    }
}
