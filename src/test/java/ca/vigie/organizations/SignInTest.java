package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.directory.UserAdministration;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.Totp;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in over real HTTP: sessions, throttling, the second factor and the password step. */
@VigieTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration users;

    TestCommunity community;
    VigiePrincipal person;

    @BeforeEach
    void setUp() {
        community = communities.community();
        person = communities.person(community, Role.PLAN_OWNER);
    }

    @Test
    void signing_in_changes_the_session_id_and_opens_the_home_page() {
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signedIn =
                browser.post("/login", Map.of("username", person.username(), "password", TestCommunities.PASSWORD));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(signedIn)).endsWith("/");
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(person.displayName());
    }

    @Test
    void the_session_idles_out_after_thirty_minutes() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);

        Integer idle = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param(person.username())
                .query(Integer.class)
                .single();

        assertThat(idle).isEqualTo(30 * 60);
    }

    @Test
    void a_wrong_password_says_so_and_keeps_the_username_but_not_the_password() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> refused = browser.signIn(person.username(), "not the password");

        assertThat(WebSession.location(refused)).endsWith("/login?error");
        HttpResponse<String> form = browser.get("/login?error");
        assertThat(form.body())
                .contains("Le nom d’utilisateur ou le mot de passe est incorrect.")
                .contains("value=\"" + person.username() + "\"")
                .doesNotContain("not the password");
    }

    @Test
    void an_unknown_username_gets_the_same_answer_as_a_wrong_password() {
        WebSession browser = new WebSession(port);
        browser.signIn("nobody-" + person.username(), "whatever it is");

        assertThat(browser.get("/login?error").body())
                .contains("Le nom d’utilisateur ou le mot de passe est incorrect.");
    }

    @Test
    void five_failures_lock_the_username_even_against_the_right_password() {
        WebSession browser = new WebSession(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.signIn(person.username(), "wrong " + attempt);
        }

        HttpResponse<String> refused = browser.signIn(person.username(), TestCommunities.PASSWORD);

        assertThat(WebSession.location(refused)).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Trop de tentatives infructueuses");
        assertThat(actions(person)).contains("SIGN_IN_LOCKED", "SIGN_IN_REFUSED_LOCKED");
    }

    @Test
    void unknown_usernames_lock_too_so_the_lock_reveals_nothing() {
        WebSession browser = new WebSession(port);
        String ghost = "ghost-" + person.username();
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.signIn(ghost, "wrong " + attempt);
        }

        assertThat(browser.get("/login?error").body()).contains("Trop de tentatives infructueuses");
    }

    @Test
    void signing_out_ends_the_session() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        browser.get("/");

        HttpResponse<String> out = browser.post("/logout", Map.of());

        assertThat(WebSession.location(out)).endsWith("/login?signedOut");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(sessionsOf(person)).isZero();
        assertThat(actions(person)).containsSequence("SIGN_IN_SUCCEEDED", "SIGNED_OUT");
    }

    @Test
    void an_ended_session_sends_the_person_to_sign_in_again_with_the_reason() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(person.username())
                .update();

        HttpResponse<String> expired = browser.get("/");
        assertThat(WebSession.location(expired)).endsWith("/login?expired");
        assertThat(browser.get("/login?expired").body()).contains("Votre session a pris fin.");
    }

    @Test
    void a_form_without_its_security_token_is_refused_and_the_username_kept() {
        WebSession browser = new WebSession(port);
        browser.get("/login");

        HttpResponse<String> refused =
                browser.postRaw("/login", Map.of("username", person.username(), "password", TestCommunities.PASSWORD));

        assertThat(WebSession.location(refused)).endsWith("/login?expired");
        HttpResponse<String> form = browser.get("/login?expired");
        assertThat(form.body()).contains("Votre session a pris fin").contains("value=\"" + person.username() + "\"");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void a_signed_in_post_without_token_is_refused_with_a_clear_page() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        browser.get("/");

        HttpResponse<String> refused = browser.postRaw("/locale", Map.of("lang", "en"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Ce formulaire avait expiré");
    }

    @Test
    void a_second_factor_is_enrolled_then_required_and_a_code_works_only_once() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        String secret = secretShownOn(browser.get("/account/mfa").body());
        Instant now = Instant.now();

        HttpResponse<String> enrolled = browser.post("/account/mfa", Map.of("code", Totp.code(secret, now)));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(enrolled.body()).contains("recovery-codes");
        String recoveryCode = firstRecoveryCode(enrolled.body());
        browser.post("/logout", Map.of());

        HttpResponse<String> password = browser.signIn(person.username(), TestCommunities.PASSWORD);
        assertThat(WebSession.location(password)).endsWith("/login/mfa");
        assertThat(browser.get("/").statusCode()).isEqualTo(403);
        browser.get("/login/mfa");
        HttpResponse<String> wrong = browser.post("/login/mfa", Map.of("code", "000000"));
        assertThat(wrong.body()).contains("Ce code n’est pas valide");
        String next = Totp.code(secret, now.plusSeconds(30));
        HttpResponse<String> accepted = browser.post("/login/mfa", Map.of("code", next));
        assertThat(WebSession.location(accepted)).endsWith("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        browser.post("/logout", Map.of());

        browser.signIn(person.username(), TestCommunities.PASSWORD);
        browser.get("/login/mfa");
        HttpResponse<String> replay = browser.post("/login/mfa", Map.of("code", next));
        assertThat(replay.body()).contains("Ce code n’est pas valide");
        HttpResponse<String> recovered = browser.post("/login/mfa", Map.of("code", recoveryCode));
        assertThat(WebSession.location(recovered)).endsWith("/");
        assertThat(actions(person))
                .contains("MFA_ENROLLED", "MFA_CODE_ACCEPTED", "MFA_CODE_REJECTED", "MFA_RECOVERY_CODE_USED");
    }

    @Test
    void a_wrong_code_at_enrolment_is_refused_and_recorded() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        browser.get("/account/mfa");

        HttpResponse<String> refused = browser.post("/account/mfa", Map.of("code", "123456"));

        assertThat(refused.body()).contains("Ce code n’est pas valide");
        assertThat(actions(person)).contains("MFA_ENROLMENT_FAILED").doesNotContain("MFA_ENROLLED");
    }

    @Test
    void guessing_the_password_from_an_open_session_is_throttled_too() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        browser.get("/account/password");
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.post(
                    "/account/password",
                    Map.of(
                            "currentPassword",
                            "guess " + attempt,
                            "newPassword",
                            "a new long passphrase",
                            "confirmation",
                            "a new long passphrase"));
        }

        HttpResponse<String> locked = browser.post(
                "/account/password",
                Map.of(
                        "currentPassword",
                        TestCommunities.PASSWORD,
                        "newPassword",
                        "a new long passphrase",
                        "confirmation",
                        "a new long passphrase"));

        assertThat(locked.body()).contains("Trop de tentatives infructueuses");
    }

    @Test
    void the_second_factor_secret_is_encrypted_at_rest() {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        String secret = secretShownOn(browser.get("/account/mfa").body()).replace(" ", "");
        browser.post("/account/mfa", Map.of("code", Totp.code(secret, Instant.now())));

        byte[] stored = jdbc.sql("select mfa_secret from user_account where id = ?")
                .param(person.userId())
                .query(byte[].class)
                .single();

        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);
    }

    @Test
    void disabling_an_account_ends_all_its_sessions_at_once() {
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        WebSession laptop = new WebSession(port);
        WebSession phone = new WebSession(port);
        laptop.signIn(person.username(), TestCommunities.PASSWORD);
        phone.signIn(person.username(), TestCommunities.PASSWORD);
        assertThat(laptop.get("/").statusCode()).isEqualTo(200);

        users.setEnabled(admin, person.userId(), false);

        assertThat(laptop.get("/").statusCode()).isEqualTo(302);
        assertThat(phone.get("/").statusCode()).isEqualTo(302);
        HttpResponse<String> again = new WebSession(port).signIn(person.username(), TestCommunities.PASSWORD);
        assertThat(WebSession.location(again)).endsWith("/login?error");
    }

    @Test
    void a_password_reset_by_the_administrator_must_be_changed_at_next_sign_in() {
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        users.resetPassword(admin, person.userId(), "temporary password 42");
        WebSession browser = new WebSession(port);

        HttpResponse<String> signedIn = browser.signIn(person.username(), "temporary password 42");

        assertThat(WebSession.location(signedIn)).endsWith("/account/password");
        assertThat(browser.get("/").statusCode()).isEqualTo(403);
        browser.get("/account/password");
        HttpResponse<String> tooShort = browser.post(
                "/account/password",
                Map.of("currentPassword", "temporary password 42", "newPassword", "short", "confirmation", "short"));
        assertThat(tooShort.body()).contains("Utilisez au moins 12 caractères.");
        HttpResponse<String> changed = browser.post(
                "/account/password",
                Map.of(
                        "currentPassword", "temporary password 42",
                        "newPassword", "a brand new passphrase",
                        "confirmation", "a brand new passphrase"));
        assertThat(WebSession.location(changed)).endsWith("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    private String secretShownOn(String page) {
        Matcher matcher = Pattern.compile("id=\"mfa-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(matcher.find()).as("secret shown for manual entry").isTrue();
        return matcher.group(1);
    }

    private String firstRecoveryCode(String page) {
        Matcher matcher = Pattern.compile("<li>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</li>")
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private java.util.List<String> actions(VigiePrincipal who) {
        return jdbc.sql("select action from audit_event where actor_id = ? order by seq")
                .param(who.userId())
                .query(String.class)
                .list();
    }

    private int sessionsOf(VigiePrincipal who) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(who.username())
                .query(Integer.class)
                .single();
    }
}
