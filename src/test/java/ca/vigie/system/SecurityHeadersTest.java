package ca.vigie.system;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers every HTML page carries, signed in or not, on success and on error. */
@VigieTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void public_and_signed_in_pages_and_error_pages_carry_the_protective_headers() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> signIn = browser.get("/login");
        browser.signIn(
                communities
                        .person(communities.community(), Role.COMMUNITY_ADMIN)
                        .username(),
                TestCommunities.PASSWORD);
        HttpResponse<String> home = browser.get("/");
        HttpResponse<String> admin = browser.get("/admin/organizations");
        HttpResponse<String> missing = browser.get("/admin/organizations/00000000-0000-0000-0000-000000000000");

        for (HttpResponse<String> page : List.of(signIn, home, admin, missing)) {
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(page.headers().firstValue("X-Correlation-Id")).isPresent();
        }
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        HttpResponse<String> page = new WebSession(port).get("/login");

        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("VIGIE_SESSION=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void the_health_probe_is_public_and_says_only_up_or_down() {
        HttpResponse<String> health = new WebSession(port).get("/actuator/health", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("db")
                .doesNotContain("diskSpace");
    }
}
