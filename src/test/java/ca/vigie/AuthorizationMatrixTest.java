package ca.vigie;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Route × role × community: the answer every person gets on every route, for objects of their own
 * community and of another one. Later modules add their rows to {@link #MATRIX}.
 *
 * <p>Columns: anonymous, then {@link #ROLES} in order. 302 for anonymous means "sent to sign in";
 * 404 for another community's object means its existence is not disclosed.
 */
@VigieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final List<Role> ROLES = List.of(
            Role.COMMUNITY_ADMIN,
            Role.AUDITOR,
            Role.PLAN_COORDINATOR,
            Role.TABLE_CHAIR,
            Role.INVESTIGATOR,
            Role.EMPLOYEE);

    enum Where {
        SAME,
        OTHER
    }

    record Row(String method, String path, Where where, int... expected) {}

    // spotless:off
    private static final List<Row> MATRIX = List.of(
            //                                                                        anon admin audit coord chair invest employee
            new Row("GET",  "/",                                       Where.SAME,   302, 200, 200, 200, 200, 200, 200),
            new Row("GET",  "/account",                                Where.SAME,   302, 200, 200, 200, 200, 200, 200),
            new Row("GET",  "/account/password",                       Where.SAME,   302, 200, 200, 200, 200, 200, 200),
            new Row("GET",  "/login/mfa",                              Where.SAME,   302, 403, 403, 403, 403, 403, 403),
            new Row("GET",  "/admin/organizations",                    Where.SAME,   302, 200, 403, 403, 403, 403, 403),
            new Row("GET",  "/admin/organizations/new",                Where.SAME,   302, 200, 403, 403, 403, 403, 403),
            new Row("GET",  "/admin/organizations/{org}",              Where.SAME,   302, 200, 403, 403, 403, 403, 403),
            new Row("GET",  "/admin/organizations/{org}",              Where.OTHER,  302, 404, 403, 403, 403, 403, 403),
            new Row("POST", "/admin/organizations/{org}/active?active=true", Where.SAME,  302, 302, 403, 403, 403, 403, 403),
            new Row("POST", "/admin/organizations/{org}/active?active=true", Where.OTHER, 302, 404, 403, 403, 403, 403, 403),
            new Row("GET",  "/admin/users",                            Where.SAME,   302, 200, 403, 403, 403, 403, 403),
            new Row("POST", "/admin/users/search",                     Where.SAME,   302, 200, 403, 403, 403, 403, 403),
            new Row("GET",  "/admin/users/{user}",                     Where.SAME,   302, 200, 403, 403, 403, 403, 403),
            new Row("GET",  "/admin/users/{user}",                     Where.OTHER,  302, 404, 403, 403, 403, 403, 403),
            new Row("POST", "/admin/users/{user}/enabled?enabled=true", Where.SAME,  302, 302, 403, 403, 403, 403, 403),
            new Row("POST", "/admin/users/{user}/enabled?enabled=true", Where.OTHER, 302, 404, 403, 403, 403, 403, 403),
            new Row("GET",  "/audit",                                  Where.SAME,   302, 403, 200, 403, 403, 403, 403),
            new Row("POST", "/audit/verify",                           Where.SAME,   302, 403, 200, 403, 403, 403, 403),
            new Row("GET",  "/actuator/prometheus",                    Where.SAME,   302, 403, 403, 403, 403, 403, 403),
            new Row("GET",  "/actuator/health",                        Where.SAME,   200, 200, 200, 200, 200, 200, 200));
    // spotless:on

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    private final Map<Role, VigiePrincipal> people = new EnumMap<>(Role.class);
    private final Map<Where, TestCommunity> places = new EnumMap<>(Where.class);
    private final Map<Where, VigiePrincipal> someone = new EnumMap<>(Where.class);

    @BeforeAll
    void createPeople() {
        places.put(Where.SAME, communities.community());
        places.put(Where.OTHER, communities.community());
        for (Role role : ROLES) {
            people.put(role, communities.person(places.get(Where.SAME), role));
        }
        someone.put(Where.SAME, communities.person(places.get(Where.SAME)));
        someone.put(Where.OTHER, communities.person(places.get(Where.OTHER), Role.COMMUNITY_ADMIN));
    }

    record Case(Row row, @Nullable Role role, int expected) {
        @Override
        public String toString() {
            return row.method() + " " + row.path() + " [" + row.where() + "] as " + (role == null ? "anonymous" : role)
                    + " -> " + expected;
        }
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Row row : MATRIX) {
            cases.add(new Case(row, null, row.expected()[0]));
            for (int i = 0; i < ROLES.size(); i++) {
                cases.add(new Case(row, ROLES.get(i), row.expected()[i + 1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_as_the_matrix_says(Case c) throws Exception {
        String path = c.row()
                .path()
                .replace(
                        "{org}", places.get(c.row().where()).organization().id().toString())
                .replace("{user}", someone.get(c.row().where()).userId().toString());
        MockHttpServletRequestBuilder request = request(
                        HttpMethod.valueOf(c.row().method()), path)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .with(csrf());
        request = c.role() == null
                ? request.with(anonymous())
                : request.with(authentication(TestCommunities.signedIn(people.get(c.role()))));
        mvc.perform(request).andExpect(status().is(c.expected()));
    }
}
