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

/**
 * Bytes that are not text, sent as a browser would never send them, over real HTTP: the container
 * alone decodes a form's body, and it used to refuse the whole form for one broken value.
 */
@VigieTest
class ReadableFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void a_value_that_is_not_text_is_refused_by_its_field_and_the_rest_of_the_form_comes_back() {
        WebSession browser = new WebSession(port);
        browser.signIn(
                communities.person(communities.community(), Role.EMPLOYEE).username(), TestCommunities.PASSWORD);
        browser.get("/account/tokens");

        // Half of a surrogate pair, a NUL, a byte that starts no UTF-8 character, a sequence cut short,
        // a broken escape.
        for (String broken : List.of("%ED%A0%80", "%00", "%FF", "%C3", "%G1")) {
            HttpResponse<String> refused = browser.postEncoded(
                    "/account/tokens", "name=jeton+gard%C3%A9" + broken + "fin&scopes=plans%3Aread&days=90");

            assertThat(refused.statusCode()).as(broken).isEqualTo(422);
            assertThat(refused.body())
                    .as(broken)
                    .contains("id=\"name-error\"")
                    .contains("caractère illisible")
                    .contains("value=\"jeton gard&eacute;")
                    .contains("fin\"");
        }
    }

    @Test
    void an_address_with_bytes_that_are_not_text_is_answered_not_refused_by_the_container() {
        WebSession browser = new WebSession(port);
        browser.signIn(
                communities.person(communities.community(), Role.EMPLOYEE).username(), TestCommunities.PASSWORD);

        HttpResponse<String> page = browser.get("/complaints?page=%ED%A0%80");

        assertThat(page.statusCode()).isLessThan(500);
    }
}
