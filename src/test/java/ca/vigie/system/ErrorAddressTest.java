package ca.vigie.system;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The error address opened directly is an unknown address: the 404 page, not a failure. Errors the
 * container forwards there keep their own status and page. Over real HTTP, since only a running
 * server forwards errors.
 */
@VigieTest
class ErrorAddressTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void the_error_address_opened_directly_is_the_not_found_page_like_any_unknown_address() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> anonymous = browser.get("/error");
        browser.signIn(
                communities.person(communities.community(), Role.EMPLOYEE).username(), TestCommunities.PASSWORD);

        HttpResponse<String> error = browser.get("/error");
        HttpResponse<String> unknown = browser.get("/no-such-page");

        for (HttpResponse<String> page : List.of(anonymous, error, unknown)) {
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("<h1>Page introuvable</h1>").contains("id=\"correlation-id\"");
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        }
        assertThat(browser.get("/error", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void errors_forwarded_to_the_error_address_keep_their_status_and_page() {
        VigiePrincipal member = communities.person(communities.community(), Role.TABLE_MEMBER);
        WebSession browser = new WebSession(port);
        browser.signIn(member.username(), TestCommunities.PASSWORD);

        HttpResponse<String> refused = browser.get("/admin/users");
        HttpResponse<String> missing = browser.get("/situations/" + UUID.randomUUID());
        HttpResponse<String> malformed = browser.get("/situation-tables/" + UUID.randomUUID() + "?page=abc");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>Accès refusé</h1>");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Page introuvable</h1>");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("<h1>Requête incomprise</h1>");
    }

    @Test
    void a_request_of_the_wrong_kind_says_so_and_which_kinds_the_address_takes() {
        WebSession browser = new WebSession(port);
        browser.signIn(
                communities.person(communities.community(), Role.EMPLOYEE).username(), TestCommunities.PASSWORD);

        browser.get("/my-updates");
        HttpResponse<String> posted = browser.post("/my-updates", Map.of());

        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow").orElse("")).contains("GET");
        assertThat(posted.body())
                .contains("<h1>Pas de cette façon</h1>")
                .doesNotContain("Requête incomprise")
                .contains("id=\"correlation-id\"");
    }

    @Test
    void an_address_too_long_for_the_server_gets_a_page_in_both_languages_with_a_reference() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/plans?q=" + "x".repeat(20_000)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<h1>Requête refusée</h1>")
                .contains("<h2>Request refused</h2>")
                .doesNotContain("Apache Tomcat")
                .doesNotContain("{reference}");
        String reference = refused.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(refused.body()).contains(reference);

        HttpResponse<String> longHeader = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans"))
                                .header("X-Long", "y".repeat(20_000))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(longHeader.statusCode()).isEqualTo(400);
        assertThat(longHeader.body()).contains("<h1>Requête refusée</h1>");
    }
}
