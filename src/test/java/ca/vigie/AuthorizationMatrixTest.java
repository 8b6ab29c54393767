package ca.vigie;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.tables.SituationTables;
import ca.vigie.system.Authorities;
import ca.vigie.testing.ItemDetails;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Route × person × community: the answer everyone gets on every route, for objects of their own
 * community and of another one. The people are: anonymous, someone holding each role, and someone
 * midway through signing in (password accepted, one-time code still owed). Later modules add their
 * rows to {@link #matrix()}.
 *
 * <p>A row names the roles it grants and what they get; every other signed-in person gets 403,
 * anonymous gets 302 (sent to sign in), and a person midway through signing in gets 403. On another
 * community's object the granted roles get 404: its existence is not disclosed.
 */
@Order(1)
@VigieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Where {
        SAME,
        OTHER
    }

    private static final Set<Role> EVERYONE = Set.of(Role.values());

    /** The co-response roles that work a team's calls and people. */
    private static final Role[] FIELD = {Role.CORESPONSE_OFFICER, Role.CORESPONSE_WORKER, Role.CORESPONSE_LEAD};

    record Row(
            String method,
            String path,
            Where where,
            Set<Role> granted,
            int answer,
            int others,
            int anonymous,
            int midSignIn,
            Map<Role, Integer> except) {

        Row(
                String method,
                String path,
                Where where,
                Set<Role> granted,
                int answer,
                int others,
                int anonymous,
                int midSignIn) {
            this(method, path, where, granted, answer, others, anonymous, midSignIn, Map.of());
        }

        Row(String method, String path, Where where, Set<Role> granted, int answer, int anonymous, int midSignIn) {
            this(method, path, where, granted, answer, 403, anonymous, midSignIn);
        }

        /** The same row, where these roles get another answer than the granted ones. */
        Row but(int answer, Role... roles) {
            Map<Role, Integer> more = new EnumMap<>(Role.class);
            more.putAll(except);
            for (Role role : roles) {
                more.put(role, answer);
            }
            return new Row(method, path, where, granted, this.answer, others, anonymous, midSignIn, more);
        }

        int answerFor(Role role) {
            if (except.containsKey(role)) {
                return except.get(role);
            }
            return granted.contains(role) ? answer : others;
        }

        static Row anyone(String method, String path, Where where, int answer) {
            return new Row(method, path, where, EVERYONE, answer, 302, 403);
        }

        static Row only(String method, String path, Where where, int answer, Role... roles) {
            return new Row(method, path, where, Set.of(roles), answer, 302, 403);
        }

        /** An object only some may see: the others get 404, as if it did not exist. */
        static Row hidden(String method, String path, Where where, int answer, Role... roles) {
            return new Row(method, path, where, Set.of(roles), answer, 404, 302, 403);
        }
    }

    List<Row> matrix() {
        String lastMonth =
                Frequency.MONTHLY.periodOf(communities.today()).minusMonths(1).toString();
        String twoMonthsAgo =
                Frequency.MONTHLY.periodOf(communities.today()).minusMonths(2).toString();
        return List.of(
                Row.anyone("GET", "/", Where.SAME, 200),
                Row.anyone("GET", "/account", Where.SAME, 200),
                Row.anyone("GET", "/account/password", Where.SAME, 200),
                Row.anyone("GET", "/account/mfa", Where.SAME, 200),
                new Row("GET", "/login/mfa", Where.SAME, Set.of(), 403, 302, 200),
                Row.only("GET", "/admin/organizations", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/organizations/new", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/organizations", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/organizations/{org}", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/organizations/{org}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/organizations/{org}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/organizations/{org}/agreement", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/organizations/{org}/agreement", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST", "/admin/organizations/{org}/active?active=true", Where.SAME, 302, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/organizations/{org}/active?active=true",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/templates", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/users", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/search", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/users/{user}", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/users/{user}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/{user}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/{user}/enabled?enabled=true", Where.SAME, 302, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/{user}/enabled?enabled=true", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/users/{user}/password?temporaryPassword=long+enough+secret",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/{user}/mfa/reset", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/users/{user}/memberships?role=PLAN_OWNER&organizationId={org}",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("GET", "/audit", Where.SAME, 200, Role.AUDITOR),
                Row.only("POST", "/audit", Where.SAME, 200, Role.AUDITOR),
                Row.only("POST", "/audit/verify", Where.SAME, 200, Role.AUDITOR),
                Row.anyone("GET", "/indicators", Where.SAME, 200),
                Row.only("GET", "/indicators/new", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.only("POST", "/indicators", Where.SAME, 422, Role.PLAN_COORDINATOR),
                Row.anyone("GET", "/indicators/{indicator}", Where.SAME, 200),
                Row.anyone("GET", "/indicators/{indicator}", Where.OTHER, 404),
                Row.only("GET", "/indicators/{indicator}/edit", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.only("GET", "/indicators/{indicator}/edit", Where.OTHER, 404, Role.PLAN_COORDINATOR),
                Row.only(
                        "POST",
                        "/indicators/{indicator}/locks?periodStart=" + lastMonth,
                        Where.SAME,
                        302,
                        Role.PLAN_COORDINATOR),
                Row.only(
                        "POST",
                        "/indicators/{indicator}/locks?periodStart=" + lastMonth,
                        Where.OTHER,
                        404,
                        Role.PLAN_COORDINATOR),
                Row.only(
                        "POST",
                        "/indicators/{indicator}/targets?targetDate=2030-01-01&targetValue=5",
                        Where.OTHER,
                        404,
                        Role.PLAN_COORDINATOR),
                Row.only("POST", "/indicators/{indicator}", Where.OTHER, 404, Role.PLAN_COORDINATOR),
                Row.only("POST", "/indicators/{indicator}/computation?source=", Where.SAME, 302, Role.PLAN_COORDINATOR),
                Row.only(
                        "POST",
                        "/indicators/{indicator}/computation?source=SITUATIONS_ACCEPTED",
                        Where.OTHER,
                        404,
                        Role.PLAN_COORDINATOR),
                Row.only(
                        "POST",
                        "/indicators/{indicator}/archived?archived=false",
                        Where.OTHER,
                        404,
                        Role.PLAN_COORDINATOR),
                Row.only(
                        "POST",
                        "/indicators/{indicator}/targets/remove?targetDate=2030-01-01",
                        Where.OTHER,
                        404,
                        Role.PLAN_COORDINATOR),
                Row.only(
                        "POST",
                        "/indicators/{indicator}/values?periodStart=" + twoMonthsAgo + "&value=3",
                        Where.SAME,
                        302,
                        Role.PLAN_COORDINATOR),
                new Row(
                        "POST",
                        "/indicators/{indicator}/values?periodStart=" + twoMonthsAgo + "&value=3",
                        Where.OTHER,
                        EVERYONE,
                        404,
                        302,
                        403),
                new Row("GET", "/api/v1/me", Where.SAME, EVERYONE, 200, 401, 403),
                new Row("GET", "/api/v1/organizations/{org}", Where.SAME, EVERYONE, 200, 401, 403),
                new Row("GET", "/api/v1/organizations/{org}", Where.OTHER, EVERYONE, 404, 401, 403),
                new Row("POST", "/locale?lang=en", Where.SAME, EVERYONE, 302, 302, 302),
                Row.only("GET", "/actuator/prometheus", Where.SAME, 403),
                new Row("GET", "/actuator/health", Where.SAME, EVERYONE, 200, 200, 200),
                Row.anyone("GET", "/plans", Where.SAME, 200),
                Row.only("GET", "/plans/new", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.only("POST", "/plans", Where.SAME, 422, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}", Where.OTHER, 404),
                Row.hidden("GET", "/plans/{plan}/settings", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/members", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/members", Where.OTHER, 404),
                Row.hidden("GET", "/plans/{plan}/items/new?level=FOCUS_AREA", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/items/{item}", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/items/{item}", Where.OTHER, 404),
                Row.hidden("GET", "/plans/{plan}/items/{item}/edit", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden(
                        "POST",
                        "/plans/{plan}/items/{item}/comments?body=noted",
                        Where.SAME,
                        302,
                        Role.PLAN_COORDINATOR),
                Row.hidden("POST", "/plans/{plan}/items/{item}/comments?body=noted", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/items/{item}/archived?archived=false", Where.OTHER, 404),
                Row.anyone("GET", "/my-updates", Where.SAME, 200),
                Row.hidden("GET", "/plans/{plan}/export.xlsx", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/export.csv", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/export.csv", Where.OTHER, 404),
                Row.only("GET", "/plans/import", Where.SAME, 200, Role.PLAN_COORDINATOR),
                new Row("GET", "/api/v1/plans/{plan}/export.xlsx", Where.OTHER, Set.of(), 404, 404, 401, 403),
                Row.anyone("GET", "/account/tokens", Where.SAME, 200),
                new Row("GET", "/api/v1/plans", Where.SAME, EVERYONE, 200, 401, 403),
                new Row("GET", "/api/v1/plans/{plan}", Where.SAME, Set.of(Role.PLAN_COORDINATOR), 200, 404, 401, 403),
                new Row("GET", "/api/v1/plans/{plan}", Where.OTHER, Set.of(), 404, 404, 401, 403),
                new Row("GET", "/api/v1/indicators/{indicator}/values", Where.SAME, EVERYONE, 200, 401, 403),
                new Row("GET", "/api/v1/indicators/{indicator}/values", Where.OTHER, EVERYONE, 404, 401, 403),
                Row.hidden("GET", "/plans/{plan}/report", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/report", Where.OTHER, 404),
                Row.hidden("GET", "/plans/{plan}/report.pdf", Where.OTHER, 404),
                Row.hidden("GET", "/plans/{plan}/dashboard", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/dashboard", Where.OTHER, 404),
                Row.hidden("GET", "/plans/{plan}/cycles", Where.SAME, 200, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/cycles", Where.OTHER, 404),
                Row.hidden(
                        "POST",
                        "/plans/{plan}/cycles?kind=MONTHLY&dueDate=2099-01-01",
                        Where.SAME,
                        422,
                        Role.PLAN_COORDINATOR),
                Row.hidden("POST", "/plans/{plan}/cycles?kind=MONTHLY&dueDate=2099-01-01", Where.OTHER, 404),
                Row.hidden(
                        "GET",
                        "/plans/{plan}/cycles/{cycle}/items/{item}/update",
                        Where.SAME,
                        200,
                        Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/plans/{plan}/cycles/{cycle}/items/{item}/update", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/cycles/{cycle}/nudge?person={user}", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/cycles/{cycle}/close", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/settings", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/members?userId={user}&role=VIEWER", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/members/{user}/remove", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/items?level=FOCUS_AREA", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/items/{item}", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/items/{item}/move", Where.OTHER, 404),
                Row.hidden("POST", "/plans/{plan}/items/{item}/reorder?direction=up", Where.OTHER, 404),
                Row.only("POST", "/admin/templates", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/situations/reference?list=RISK_FACTOR", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/situations/reference?list=SERVICE", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/situations/reference/{reference}", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/situations/reference/{reference}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/situations/reference/{reference}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/situations/reference/{reference}/retired?retired=false",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/users/reporting-lines", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/reporting-lines", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/{user}/manager", Where.SAME, 302, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/users/{user}/manager", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/complaint-offices", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/complaint-offices", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/complaint-offices/{office}", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/complaint-offices/{office}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/complaint-offices/{office}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/complaint-offices/{office}/organizations?organizationId={org}",
                        Where.SAME,
                        422,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/complaint-offices/{office}/organizations?organizationId={org}&jurisdiction=ONTARIO",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/complaint-offices/{office}/organizations/{org}/remove",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/complaint-offices/{office}/staff?userId={user}",
                        Where.SAME,
                        422,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/complaint-offices/{office}/staff?userId={user}&role=ANALYST",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/complaint-offices/{office}/staff/{user}/ANALYST/remove",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/community", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/community", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/areas", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/areas", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/areas/{area}", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/areas/{area}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/areas/{area}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/areas/{area}/retired?retired=false", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/sectors", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/sectors", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/sectors/POLICE", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/sectors/NOT_A_SECTOR/retired?retired=true",
                        Where.SAME,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/situation-tables", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/situation-tables", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/situation-tables/{table}", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/situation-tables/{table}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/situation-tables/{table}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/situation-tables/{table}/members", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/situation-tables/{table}/members", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/situation-tables/{table}/members/{org}/remove",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/situation-tables/{table}/representatives?userId={user}",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/situation-tables/{table}/representatives/{user}/remove",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/situation-tables/{table}/chair?chairUserId={user}",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("GET", "/situation-tables", Where.SAME, 200, Role.TABLE_MEMBER, Role.TABLE_CHAIR),
                // Holding a table role is not a seat: the table and its situations answer as absent.
                Row.only("GET", "/situation-tables/{table}", Where.SAME, 404, Role.TABLE_MEMBER, Role.TABLE_CHAIR),
                Row.only(
                        "GET",
                        "/situation-tables/{table}/meetings?page=2",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "GET",
                        "/situation-tables/{table}/meetings",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "GET",
                        "/situation-tables/{table}/situations/new",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situation-tables/{table}/situations",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only("GET", "/situations/{situation}", Where.SAME, 404, Role.TABLE_MEMBER, Role.TABLE_CHAIR),
                Row.only("GET", "/situations/{situation}", Where.OTHER, 404, Role.TABLE_MEMBER, Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/identity",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only("GET", "/situations/{situation}/edit", Where.SAME, 404, Role.TABLE_MEMBER, Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/edit/identity",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/edit/identity",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only("POST", "/situations/{situation}", Where.OTHER, 404, Role.TABLE_MEMBER, Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situation-tables/{table}/meetings?heldOn=2099-01-01",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "GET",
                        "/situation-tables/{table}/meetings/{meeting}",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "GET",
                        "/situation-tables/{table}/meetings/{meeting}",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/tabling?meetingId={meeting}",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/decision?significantInterest=true",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/decision?significantInterest=true",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situation-tables/{table}/meetings/{meeting}/attendance?present={user}",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/disclosures?legalBasis=CONSENT&consentStatus=GIVEN",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/involvement?involvement=INVOLVED",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/team?lead={org}",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/notes?body=note",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/services",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/conclusion?concludedOn=2026-01-01",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/plan?version=0&interventionOn=2099-01-01",
                        Where.SAME,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                Row.only(
                        "POST",
                        "/situations/{situation}/progress?status=RISK_LOWERING&meetingId={meeting}",
                        Where.OTHER,
                        404,
                        Role.TABLE_MEMBER,
                        Role.TABLE_CHAIR),
                // Statistics: a table's for the representatives seated there, the community's for its
                // administrators and plan coordinators; the export for those seated. Nobody in the matrix
                // sits at a table.
                Row.anyone("GET", "/complaints", Where.SAME, 200),
                Row.anyone("GET", "/complaints/new", Where.SAME, 200),
                Row.anyone("POST", "/complaints", Where.SAME, 422),
                // Only the person who filed a complaint follows it here.
                Row.anyone("GET", "/complaints/{file}", Where.SAME, 404),
                Row.anyone("GET", "/complaints/{file}", Where.OTHER, 404),
                Row.anyone("POST", "/complaints/{file}/messages?body=x", Where.SAME, 404),
                // The anonymous door is open to all, signed in or not; a code opens a file, nothing else does.
                new Row("GET", "/report/{office}", Where.SAME, EVERYONE, 200, 200, 200),
                new Row("POST", "/report/{office}", Where.SAME, EVERYONE, 422, 422, 422),
                new Row("GET", "/report/follow", Where.SAME, EVERYONE, 200, 200, 200),
                new Row("POST", "/report/follow?code=123", Where.SAME, EVERYONE, 422, 422, 422),
                new Row("GET", "/report/follow/file", Where.SAME, EVERYONE, 302, 302, 302),
                new Row("POST", "/report/follow/messages?body=x", Where.SAME, EVERYONE, 302, 302, 302),
                new Row("POST", "/report/follow/leave", Where.SAME, EVERYONE, 302, 302, 302),
                new Row("POST", "/report/saved?saved=true", Where.SAME, EVERYONE, 200, 200, 200),
                Row.only("GET", "/complaint-files", Where.SAME, 200, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                Row.only("GET", "/complaint-files/oral-report", Where.SAME, 200, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                Row.only("POST", "/complaint-files", Where.SAME, 422, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                // Holding a complaints role is not working on a file: the office's files answer as absent.
                Row.only("GET", "/complaint-files/{file}", Where.SAME, 404, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                Row.only("GET", "/complaint-files/{file}", Where.OTHER, 404, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/declaration?conflict=false",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/opening?purpose=TRIAGE",
                        Where.OTHER,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/stage?to=INITIAL_REVIEW&version=0",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/steps?kind=FIRST_CONTACT",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/assignments?userId={user}&role=INVESTIGATOR",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/assignments/{user}/INVESTIGATOR/remove",
                        Where.OTHER,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/kept-out?deniedUserId={user}",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/messages?body=x",
                        Where.OTHER,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/reporter?identityReason=REQUIRED_BY_LAW",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                // An office's aggregates are for its analysts and lead, whom the matrix's people are not.
                Row.anyone("GET", "/complaint-statistics", Where.SAME, 200),
                Row.anyone("GET", "/complaint-statistics/{office}", Where.SAME, 404),
                Row.anyone("GET", "/complaint-statistics/{office}", Where.OTHER, 404),
                Row.anyone("GET", "/complaint-statistics/{office}/annual-report.csv", Where.SAME, 404),
                Row.anyone("GET", "/complaint-statistics/{office}/annual-report.pdf", Where.OTHER, 404),
                new Row(
                        "GET",
                        "/api/v1/complaint-offices/{office}/statistics",
                        Where.SAME,
                        Set.of(),
                        404,
                        404,
                        401,
                        403),
                new Row(
                        "GET",
                        "/api/v1/complaint-offices/{office}/statistics",
                        Where.OTHER,
                        Set.of(),
                        404,
                        404,
                        401,
                        403),
                Row.only("GET", "/complaint-services", Where.SAME, 200, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                Row.only("POST", "/complaint-services", Where.SAME, 422, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                // A service reaches the one who gave it and the office lead, whom the matrix's people are not.
                Row.only(
                        "GET", "/complaint-services/{service}", Where.SAME, 404, Role.OFFICE_INTAKE, Role.INVESTIGATOR),
                Row.only(
                        "GET",
                        "/complaint-services/{service}",
                        Where.OTHER,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "GET",
                        "/complaint-services/{service}/complaint",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-services/{service}/complaint?consentGiven=true",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-services/{service}/complaint?consentGiven=true",
                        Where.OTHER,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "GET",
                        "/complaint-files/{file}/attachments/{user}",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "GET",
                        "/complaint-files/{file}/attachments/{user}",
                        Where.OTHER,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                Row.only(
                        "POST",
                        "/complaint-files/{file}/legal-hold?held=true",
                        Where.SAME,
                        404,
                        Role.OFFICE_INTAKE,
                        Role.INVESTIGATOR),
                // Co-response: the matrix's people sit on no team, so a team's work is not found for them;
                // the administrator sets teams up and reads no call.
                Row.only(
                        "GET",
                        "/coresponse",
                        Where.SAME,
                        200,
                        Role.CORESPONSE_OFFICER,
                        Role.CORESPONSE_WORKER,
                        Role.CORESPONSE_LEAD,
                        Role.CORESPONSE_STEERING,
                        Role.PLAN_COORDINATOR),
                // A plan coordinator reads every team's aggregates; a lead or steering member, their own team's.
                Row.only("GET", "/coresponse/teams/{team}/steering", Where.SAME, 200, Role.PLAN_COORDINATOR)
                        .but(404, Role.CORESPONSE_LEAD, Role.CORESPONSE_STEERING),
                Row.only("GET", "/coresponse/teams/{team}/steering", Where.OTHER, 404, Role.PLAN_COORDINATOR)
                        .but(404, Role.CORESPONSE_LEAD, Role.CORESPONSE_STEERING),
                Row.only("GET", "/coresponse/teams/{team}/steering.pdf?lang=en", Where.SAME, 200, Role.PLAN_COORDINATOR)
                        .but(404, Role.CORESPONSE_LEAD, Role.CORESPONSE_STEERING),
                Row.only("GET", "/coresponse/teams/{team}/steering.pdf", Where.OTHER, 404, Role.PLAN_COORDINATOR)
                        .but(404, Role.CORESPONSE_LEAD, Role.CORESPONSE_STEERING),
                Row.only("GET", "/coresponse/teams/{team}/steering.csv", Where.SAME, 200, Role.PLAN_COORDINATOR)
                        .but(404, Role.CORESPONSE_LEAD, Role.CORESPONSE_STEERING),
                Row.only("GET", "/coresponse/teams/{team}/steering.csv", Where.OTHER, 404, Role.PLAN_COORDINATOR)
                        .but(404, Role.CORESPONSE_LEAD, Role.CORESPONSE_STEERING),
                Row.only("GET", "/coresponse/teams/{team}/calls", Where.SAME, 404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/calls", Where.OTHER, 404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/calls/new", Where.SAME, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/calls", Where.SAME, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/calls", Where.OTHER, 404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/calls/{call}", Where.SAME, 404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/calls/{call}", Where.OTHER, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/calls/{call}", Where.SAME, 404, FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/identity?purpose=CONTACT_THE_PERSON",
                        Where.SAME,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/identity?purpose=CONTACT_THE_PERSON",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only("GET", "/coresponse/teams/{team}/people/{person}", Where.SAME, 404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/people/{person}", Where.OTHER, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/people/{person}/notes?body=x", Where.SAME, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/people/{person}/notes?body=x", Where.OTHER, 404, FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/disclosures?basis=CONSENT",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/legal-hold?held=true",
                        Where.SAME,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/legal-hold?held=true",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only("GET", "/coresponse/teams/{team}/committee", Where.SAME, 404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/committee", Where.OTHER, 404, FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/{enrolment}/decision?decision=DECLINE",
                        Where.SAME,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/{enrolment}/decision?decision=DECLINE",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/{enrolment}/discharge?dischargeReason=OTHER",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/{enrolment}/review?nextReview=2099-01-01",
                        Where.SAME,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/{enrolment}/review?nextReview=2099-01-01",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only("GET", "/coresponse/teams/{team}/committee/meetings", Where.SAME, 404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/committee/meetings?year=2020", Where.OTHER, 404, FIELD),
                Row.only(
                        "GET",
                        "/coresponse/teams/{team}/committee/meetings/{committeeMeeting}",
                        Where.SAME,
                        404,
                        FIELD),
                Row.only(
                        "GET",
                        "/coresponse/teams/{team}/committee/meetings/{committeeMeeting}",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/meetings?heldOn=2026-01-01",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/meetings/{committeeMeeting}/attendance?version=0",
                        Where.SAME,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/committee/meetings/{committeeMeeting}/close?version=0",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only("POST", "/coresponse/teams/{team}/people/{person}/proposal?reason=x", Where.SAME, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/people/{person}/proposal?reason=x", Where.OTHER, 404, FIELD),
                Row.only(
                        "POST", "/coresponse/teams/{team}/people/{person}/discharge-proposal", Where.OTHER, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/people/{person}/alerts?alertBody=x", Where.SAME, 404, FIELD),
                Row.only(
                        "POST", "/coresponse/teams/{team}/people/{person}/alerts?alertBody=x", Where.OTHER, 404, FIELD),
                Row.only(
                        "POST", "/coresponse/teams/{team}/people/{person}/alerts/{alert}/end", Where.OTHER, 404, FIELD),
                Row.only(
                        "POST", "/coresponse/teams/{team}/people/{person}/contacts?mode=PHONE", Where.SAME, 404, FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/contacts?mode=PHONE",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/milestones?kind=HOUSED",
                        Where.SAME,
                        404,
                        FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/milestones?kind=HOUSED",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only("POST", "/coresponse/teams/{team}/people/{person}/goals?goal=x", Where.SAME, 404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/people/{person}/goals?goal=x", Where.OTHER, 404, FIELD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/people/{person}/goals/{goal}/status?status=MET&version=0",
                        Where.OTHER,
                        404,
                        FIELD),
                Row.only("GET", "/coresponse/teams/{team}/roster", Where.SAME, 200, Role.COMMUNITY_ADMIN)
                        .but(404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/roster", Where.OTHER, 404, Role.COMMUNITY_ADMIN)
                        .but(404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/roster", Where.SAME, 422, Role.COMMUNITY_ADMIN)
                        .but(404, FIELD),
                Row.only("POST", "/coresponse/teams/{team}/roster", Where.OTHER, 404, Role.COMMUNITY_ADMIN)
                        .but(404, FIELD),
                Row.only(
                                "POST",
                                "/coresponse/teams/{team}/roster/{shift}/remove",
                                Where.OTHER,
                                404,
                                Role.COMMUNITY_ADMIN)
                        .but(404, FIELD),
                Row.only("GET", "/coresponse/teams/{team}/dispatch", Where.SAME, 404, Role.CORESPONSE_LEAD),
                Row.only("GET", "/coresponse/teams/{team}/dispatch", Where.OTHER, 404, Role.CORESPONSE_LEAD),
                Row.only("POST", "/coresponse/teams/{team}/dispatch/tokens", Where.SAME, 404, Role.CORESPONSE_LEAD),
                Row.only(
                        "POST",
                        "/coresponse/teams/{team}/dispatch/tokens/{token}/revoke",
                        Where.OTHER,
                        404,
                        Role.CORESPONSE_LEAD),
                Row.only("POST", "/coresponse/teams/{team}/dispatch/mapping", Where.SAME, 404, Role.CORESPONSE_LEAD),
                Row.only("POST", "/coresponse/teams/{team}/dispatch/import", Where.OTHER, 404, Role.CORESPONSE_LEAD),
                new Row(
                        "GET",
                        "/api/v1/coresponse/teams/{team}/statistics",
                        Where.SAME,
                        Set.of(Role.PLAN_COORDINATOR),
                        200,
                        404,
                        401,
                        403),
                new Row("GET", "/api/v1/coresponse/teams/{team}/statistics", Where.OTHER, Set.of(), 404, 404, 401, 403),
                new Row("GET", "/api/v1/coresponse/teams/{team}/calls", Where.SAME, Set.of(), 404, 404, 401, 403),
                new Row("GET", "/api/v1/coresponse/teams/{team}/calls", Where.OTHER, Set.of(), 404, 404, 401, 403),
                // A dispatch token alone sends calls: no person, whatever their role, and no one unsigned.
                new Row("POST", "/api/v1/coresponse/calls", Where.SAME, Set.of(), 403, 403, 401, 403),
                Row.only("GET", "/admin/coresponse-teams", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/coresponse-teams", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/coresponse-teams/{team}", Where.SAME, 200, Role.COMMUNITY_ADMIN),
                Row.only("GET", "/admin/coresponse-teams/{team}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/coresponse-teams/{team}", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/coresponse-teams/{team}/settings", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/coresponse-teams/{team}/settings", Where.OTHER, 404, Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/coresponse-teams/{team}/partners", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/coresponse-teams/{team}/partners/{org}/remove",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/coresponse-teams/{team}/members", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/coresponse-teams/{team}/members/{user}/remove",
                        Where.SAME,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.only("POST", "/admin/coresponse-teams/{team}/dyads", Where.SAME, 422, Role.COMMUNITY_ADMIN),
                Row.only(
                        "POST",
                        "/admin/coresponse-teams/{team}/dyads/{dyad}/retire",
                        Where.OTHER,
                        404,
                        Role.COMMUNITY_ADMIN),
                Row.hidden("GET", "/situation-tables/{table}/statistics", Where.SAME, 404),
                Row.hidden("GET", "/situation-tables/{table}/statistics", Where.OTHER, 404),
                Row.hidden(
                        "GET", "/situation-statistics", Where.SAME, 200, Role.COMMUNITY_ADMIN, Role.PLAN_COORDINATOR),
                Row.hidden("GET", "/situation-tables/{table}/export.csv", Where.SAME, 404),
                new Row("GET", "/api/v1/situation-tables", Where.SAME, EVERYONE, 200, 401, 403),
                new Row("GET", "/api/v1/situation-tables/{table}/statistics", Where.SAME, Set.of(), 404, 404, 401, 403),
                new Row(
                        "GET",
                        "/api/v1/situation-tables/{table}/statistics",
                        Where.OTHER,
                        Set.of(),
                        404,
                        404,
                        401,
                        403),
                new Row("GET", "/api/v1/situation-tables/{table}/export.csv", Where.SAME, Set.of(), 404, 404, 401, 403),
                new Row("GET", "/api/v1/situation-tables/{table}/situations", Where.SAME, Set.of(), 404, 404, 401, 403),
                new Row("GET", "/api/v1/situations/{situation}", Where.SAME, Set.of(), 404, 404, 401, 403),
                new Row("GET", "/api/v1/situations/{situation}", Where.OTHER, Set.of(), 404, 404, 401, 403));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    IndicatorRegistry indicators;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems planItems;

    @Autowired
    ReportingCycles cycles;

    @Autowired
    SituationReference situationReference;

    @Autowired
    SituationTables situationTables;

    @Autowired
    ca.vigie.complaints.offices.ComplaintOffices complaintOffices;

    @Autowired
    ca.vigie.organizations.directory.CommunityAreas communityAreas;

    @Autowired
    Situations situations;

    @Autowired
    ca.vigie.testing.TestTeams testTeams;

    @Autowired
    ca.vigie.coresponse.calls.Calls calls;

    @Autowired
    ca.vigie.coresponse.teams.Roster roster;

    @Autowired
    ca.vigie.coresponse.dispatch.DispatchTokens dispatchTokens;

    @Autowired
    ca.vigie.coresponse.caseload.Enrolments enrolments;

    @Autowired
    ca.vigie.coresponse.caseload.FollowUp followUp;

    @Autowired
    ca.vigie.coresponse.caseload.CarePlan carePlan;

    @Autowired
    ca.vigie.complaints.files.ComplaintFiles complaintFiles;

    @Autowired
    Meetings meetings;

    @Autowired
    ca.vigie.complaints.files.InformalServices informalServices;

    private final Map<Role, VigiePrincipal> people = new EnumMap<>(Role.class);
    private final Map<Where, TestCommunity> places = new EnumMap<>(Where.class);
    private final Map<Where, VigiePrincipal> someone = new EnumMap<>(Where.class);
    private final Map<Where, UUID> indicator = new EnumMap<>(Where.class);
    private final Map<Where, UUID> plan = new EnumMap<>(Where.class);
    private final Map<Where, UUID> item = new EnumMap<>(Where.class);
    private final Map<Where, UUID> cycle = new EnumMap<>(Where.class);
    private final Map<Where, UUID> reference = new EnumMap<>(Where.class);
    private final Map<Where, UUID> situationTable = new EnumMap<>(Where.class);
    private final Map<Where, UUID> situation = new EnumMap<>(Where.class);
    private final Map<Where, UUID> office = new EnumMap<>(Where.class);
    private final Map<Where, UUID> area = new EnumMap<>(Where.class);
    private final Map<Where, UUID> meeting = new EnumMap<>(Where.class);
    private final Map<Where, UUID> complaintFile = new EnumMap<>(Where.class);
    private final Map<Where, UUID> informalService = new EnumMap<>(Where.class);
    private final Map<Where, UUID> team = new EnumMap<>(Where.class);
    private final Map<Where, UUID> call = new EnumMap<>(Where.class);
    private final Map<Where, UUID> person = new EnumMap<>(Where.class);
    private final Map<Where, UUID> dyad = new EnumMap<>(Where.class);
    private final Map<Where, UUID> shift = new EnumMap<>(Where.class);
    private final Map<Where, UUID> dispatchToken = new EnumMap<>(Where.class);
    private final Map<Where, UUID> enrolment = new EnumMap<>(Where.class);
    private final Map<Where, UUID> alert = new EnumMap<>(Where.class);
    private final Map<Where, UUID> goal = new EnumMap<>(Where.class);
    private final Map<Where, UUID> committeeMeeting = new EnumMap<>(Where.class);
    private VigiePrincipal midSignIn;

    @BeforeAll
    void createPeople() {
        places.put(Where.SAME, communities.community());
        places.put(Where.OTHER, communities.community());
        for (Role role : Role.values()) {
            people.put(role, communities.person(places.get(Where.SAME), role));
        }
        midSignIn = communities.person(places.get(Where.SAME), Role.TABLE_MEMBER);
        for (Where where : Where.values()) {
            someone.put(where, communities.person(places.get(where)));
            VigiePrincipal coordinator = communities.person(places.get(where), Role.PLAN_COORDINATOR);
            indicator.put(where, indicators.define(coordinator, definition(places.get(where)), UUID.randomUUID()));
            UUID template = templates.available(places.get(where).community().id()).stream()
                    .filter(t -> t.code().equals("ONTARIO_CSWB"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            plan.put(
                    where,
                    plans.create(
                            coordinator,
                            template,
                            new Plan.Settings("Plan", "Plan", "", "", RollupRule.WORST_CHILD, null, null),
                            UUID.randomUUID()));
            item.put(
                    where,
                    planItems.add(
                            coordinator,
                            plan.get(where),
                            null,
                            "FOCUS_AREA",
                            ItemDetails.titled("Domaine", "Focus area"),
                            UUID.randomUUID()));
            situationTable.put(
                    where,
                    situationTables.create(
                            communities.person(places.get(where), Role.COMMUNITY_ADMIN),
                            "Table",
                            "Table",
                            UUID.randomUUID()));
            situation.put(where, situationAt(places.get(where), situationTable.get(where)));
            meeting.put(where, meetingAt(places.get(where), situationTable.get(where)));
            office.put(
                    where,
                    complaintOffices.create(
                            communities.person(places.get(where), Role.COMMUNITY_ADMIN),
                            "Bureau",
                            "Office",
                            UUID.randomUUID()));
            complaintFile.put(where, complaintFiledAt(places.get(where), office.get(where)));
            area.put(
                    where,
                    communityAreas.create(
                            communities.person(places.get(where), Role.COMMUNITY_ADMIN),
                            "Quartier " + UUID.randomUUID(),
                            "Neighbourhood " + UUID.randomUUID(),
                            UUID.randomUUID()));
            informalService.put(where, informalServiceAt(places.get(where), office.get(where)));
            coresponseAt(where);
            reference.put(
                    where,
                    situationReference.add(
                            communities.person(places.get(where), Role.COMMUNITY_ADMIN),
                            ReferenceList.SERVICE,
                            "Service",
                            "Service",
                            null,
                            null,
                            UUID.randomUUID()));
            cycle.put(
                    where,
                    cycles.open(
                            coordinator,
                            plan.get(where),
                            CycleKind.MONTHLY,
                            null,
                            null,
                            communities.today().plusDays(10)));
        }
    }

    /** Who is asking: nobody, someone holding one role, or someone midway through signing in. */
    record Asker(@Nullable Role role, boolean midSignIn) {
        @Override
        public String toString() {
            return midSignIn ? "midway through sign-in" : role == null ? "anonymous" : role.name();
        }
    }

    record Case(Row row, Asker asker, int expected) {
        @Override
        public String toString() {
            return row.method() + " " + row.path() + " [" + row.where() + "] as " + asker + " -> " + expected;
        }
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Row row : matrix()) {
            cases.add(new Case(row, new Asker(null, false), row.anonymous()));
            cases.add(new Case(row, new Asker(null, true), row.midSignIn()));
            for (Role role : Role.values()) {
                cases.add(new Case(row, new Asker(role, false), row.answerFor(role)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_as_the_matrix_says(Case c) throws Exception {
        Where where = c.row().where();
        String path = c.row()
                .path()
                .replace("{org}", places.get(where).organization().id().toString())
                .replace("{user}", someone.get(where).userId().toString())
                .replace("{indicator}", indicator.get(where).toString())
                .replace("{plan}", plan.get(where).toString())
                .replace("{item}", item.get(where).toString())
                .replace("{cycle}", cycle.get(where).toString())
                .replace("{reference}", reference.get(where).toString())
                .replace("{table}", situationTable.get(where).toString())
                .replace("{situation}", situation.get(where).toString())
                .replace("{meeting}", meeting.get(where).toString())
                .replace("{office}", office.get(where).toString())
                .replace("{file}", complaintFile.get(where).toString())
                .replace("{service}", informalService.get(where).toString())
                .replace("{area}", area.get(where).toString())
                .replace("{team}", team.get(where).toString())
                .replace("{call}", call.get(where).toString())
                .replace("{person}", person.get(where).toString())
                .replace("{dyad}", dyad.get(where).toString())
                .replace("{shift}", shift.get(where).toString())
                .replace("{token}", dispatchToken.get(where).toString())
                .replace("{enrolment}", enrolment.get(where).toString())
                .replace("{alert}", alert.get(where).toString())
                .replace("{goal}", goal.get(where).toString())
                .replace("{committeeMeeting}", committeeMeeting.get(where).toString());
        MockHttpServletRequestBuilder request = request(
                        HttpMethod.valueOf(c.row().method()), path)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .with(csrf());
        if (c.row().method().equals("POST") && path.startsWith("/api/")) {
            // An API write takes a JSON body: an empty one reaches the rule that decides.
            request = request.contentType("application/json").content("{}");
        }
        if (c.asker().midSignIn()) {
            request = request.with(authentication(owingOneTimeCode(midSignIn)));
        } else if (c.asker().role() == null) {
            request = request.with(anonymous());
        } else {
            request = request.with(
                    authentication(TestCommunities.signedIn(people.get(c.asker().role()))));
        }
        mvc.perform(request).andExpect(status().is(c.expected()));
    }

    /** A situation opened by a representative seated at the table, whom the matrix's people are not. */
    private UUID situationAt(TestCommunity place, UUID tableId) {
        VigiePrincipal admin = communities.person(place, Role.COMMUNITY_ADMIN);
        situationTables.recordAgreement(
                admin,
                tableId,
                place.organization().id(),
                "ESI",
                communities.today().minusDays(1),
                communities.today().plusYears(1));
        VigiePrincipal representative = communities.person(place, Role.TABLE_MEMBER);
        situationTables.addRepresentative(admin, tableId, representative.userId());
        return situations.open(
                representative,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_18_24,
                        Gender.UNKNOWN,
                        "Résumé",
                        List.of(situationReference
                                .choices(place.community().id(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());
    }

    /** A helpline contact recorded by the office's recovery practitioner, whom the matrix's people are not. */
    private UUID informalServiceAt(TestCommunity place, UUID officeId) {
        VigiePrincipal practitioner = communities.person(place, Role.OFFICE_INTAKE);
        complaintOffices.assign(
                communities.person(place, Role.COMMUNITY_ADMIN),
                officeId,
                practitioner.userId(),
                ca.vigie.complaints.offices.StaffRole.RECOVERY_PRACTITIONER);
        return informalServices.record(
                practitioner,
                new ca.vigie.complaints.files.InformalServices.NewService(
                        place.organization().id(),
                        ca.vigie.complaints.intake.InformalKind.COACHING,
                        communities.today(),
                        "",
                        ""),
                UUID.randomUUID());
    }

    /** A complaint an employee filed with the office, which serves their organisation. */
    private UUID complaintFiledAt(TestCommunity place, UUID officeId) {
        complaintOffices.serve(
                communities.person(place, Role.COMMUNITY_ADMIN),
                officeId,
                place.organization().id(),
                ca.vigie.complaints.offices.Jurisdiction.FEDERAL);
        return complaintFiles.file(
                communities.person(place, Role.EMPLOYEE),
                new ca.vigie.complaints.intake.Intake(
                        Set.of(ca.vigie.complaints.intake.ComplaintType.HARASSMENT),
                        ca.vigie.complaints.intake.ReporterMode.NAMED,
                        ca.vigie.complaints.intake.ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(1),
                        null,
                        "",
                        "Récit",
                        List.of(new ca.vigie.complaints.intake.Intake.Party(
                                null, "Quelqu’un", ca.vigie.complaints.intake.Relation.CO_WORKER)),
                        "",
                        ""),
                UUID.randomUUID());
    }

    /** A team with a call about someone the team met and a shift, whose members the matrix's people are not. */
    private void coresponseAt(Where where) {
        ca.vigie.testing.TestTeams.TestTeam set = testTeams.team(places.get(where));
        var officer = testTeams.seat(set, set.officer());
        UUID recorded = calls.record(
                officer,
                new ca.vigie.coresponse.calls.CallFacts(
                        set.dyadId(),
                        null,
                        ca.vigie.coresponse.calls.CallSource.WALK_IN,
                        null,
                        new ca.vigie.coresponse.calls.CallTimes(
                                java.time.Instant.now().minusSeconds(3600), null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new ca.vigie.coresponse.calls.NewPerson("Léa B.", "", null, ""),
                UUID.randomUUID());
        LocalDateTime start = LocalDateTime.now().plusDays(1).withNano(0);
        team.put(where, set.id());
        call.put(where, recorded);
        person.put(where, calls.get(officer, recorded).facts().personId());
        dyad.put(where, set.dyadId());
        var lead = testTeams.seat(set, set.lead());
        dispatchTokens.create(lead, "Centre", 90);
        dispatchToken.put(where, dispatchTokens.of(lead).get(0).id());
        enrolment.put(where, enrolments.propose(officer, person.get(where), "Appels répétés", UUID.randomUUID()));
        alert.put(where, followUp.alert(officer, person.get(where), "Approcher calmement", UUID.randomUUID()));
        goal.put(where, carePlan.add(officer, person.get(where), "Logement stable", UUID.randomUUID()));
        committeeMeeting.put(where, testTeams.meeting(set));
        shift.put(
                where,
                roster.add(
                        set.lead(),
                        set.id(),
                        set.dyadId(),
                        set.officer().userId(),
                        set.worker().userId(),
                        start,
                        start.plusHours(8)));
    }

    /** A meeting scheduled by a chair seated at the table. */
    private UUID meetingAt(TestCommunity place, UUID tableId) {
        VigiePrincipal chair = communities.person(place, Role.TABLE_CHAIR);
        VigiePrincipal admin = communities.person(place, Role.COMMUNITY_ADMIN);
        situationTables.addRepresentative(admin, tableId, chair.userId());
        situationTables.setChair(admin, tableId, chair.userId());
        return meetings.schedule(chair, tableId, communities.today().plusDays(7), UUID.randomUUID());
    }

    private static Authentication owingOneTimeCode(VigiePrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(Authorities.STEP_MFA_CODE)));
    }

    private Indicator.Definition definition(TestCommunity where) {
        return new Indicator.Definition(
                "Indicateur",
                "Indicator",
                "",
                "",
                Unit.COUNT,
                Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                "",
                Frequency.MONTHLY,
                "",
                where.organization().id(),
                null,
                List.of());
    }
}
