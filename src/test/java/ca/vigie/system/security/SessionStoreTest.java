package ca.vigie.system.security;

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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.MapSession;

/**
 * What a request costs the session store: static files never reach it, and a page that changes
 * nothing writes nothing (the last access moves once a minute at most).
 */
@VigieTest
class SessionStoreTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void static_files_and_pages_that_change_nothing_leave_the_session_rows_as_they_were() {
        VigiePrincipal person = communities.person(communities.community(), Role.PLAN_OWNER);
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        List<String> before = rowVersions(person);

        HttpResponse<String> stylesheet = browser.get("/css/vigie.css", "text/css");
        HttpResponse<String> script = browser.get("/js/vigie.js", "*/*");
        HttpResponse<String> home = browser.get("/");
        HttpResponse<String> plans = browser.get("/plans");

        assertThat(List.of(stylesheet, script, home, plans))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(stylesheet.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(stylesheet.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(rowVersions(person)).as("session rows rewritten").isEqualTo(before);
    }

    @Test
    void a_static_file_sent_with_a_session_cookie_answers_like_an_anonymous_one() {
        VigiePrincipal person = communities.person(communities.community(), Role.PLAN_OWNER);
        WebSession signedIn = new WebSession(port);
        signedIn.signIn(person.username(), TestCommunities.PASSWORD);

        HttpResponse<String> withCookie = signedIn.get("/css/vigie.css", "text/css");
        HttpResponse<String> anonymous = new WebSession(port).get("/css/vigie.css", "text/css");

        assertThat(withCookie.body()).isEqualTo(anonymous.body());
        assertThat(withCookie.headers().firstValue("Cache-Control"))
                .isEqualTo(anonymous.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age"));
    }

    @Test
    void the_last_access_moves_only_once_it_has_moved_by_a_minute() {
        MapSession stored = new MapSession();
        Instant start = Instant.parse("2026-12-01T15:00:00Z");
        stored.setLastAccessedTime(start);
        CoarseAccessSessions.CoarseSession session = new CoarseAccessSessions.CoarseSession(stored);

        session.setLastAccessedTime(start.plusSeconds(59));
        assertThat(stored.getLastAccessedTime()).isEqualTo(start);

        session.setLastAccessedTime(start.plusSeconds(60));
        assertThat(stored.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void text_is_sent_compressed_to_a_browser_that_accepts_it() throws Exception {
        HttpResponse<byte[]> script = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/webjars/htmx.org/dist/htmx.min.js"))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(script.body().length).as("compressed size").isLessThan(25_000);
    }

    /** The transaction that last wrote each row of the person's session: it changes with any write. */
    private List<String> rowVersions(VigiePrincipal person) {
        return jdbc.sql("""
                        select s.xmin::text || ':' || coalesce(string_agg(a.xmin::text, ',' order by a.attribute_name), '')
                        from spring_session s left join spring_session_attributes a on a.session_primary_id = s.primary_id
                        where s.principal_name = ?
                        group by s.primary_id, s.xmin
                        """).param(person.username()).query(String.class).list();
    }
}
