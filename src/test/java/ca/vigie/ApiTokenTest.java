package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API with personal access tokens: created in the browser, scoped, revocable, community-bound. */
@VigieTest
class ApiTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    @Autowired
    IndicatorRegistry indicators;

    VigiePrincipal coordinator;
    UUID planId;
    UUID indicatorId;
    UUID otherPlanId;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        planId = plan(coordinator, community);
        indicatorId = indicators.define(
                coordinator,
                new Indicator.Definition(
                        "Appels",
                        "Calls",
                        "",
                        "",
                        Unit.COUNT,
                        Direction.LOWER_IS_BETTER,
                        BigDecimal.TEN,
                        null,
                        null,
                        null,
                        null,
                        "",
                        Frequency.MONTHLY,
                        "",
                        community.organization().id(),
                        null,
                        List.of()),
                UUID.randomUUID());
        TestCommunity elsewhere = communities.community();
        otherPlanId = plan(communities.person(elsewhere, Role.PLAN_COORDINATOR), elsewhere);
    }

    @Test
    void a_token_reads_plans_and_writes_values_within_its_scopes_until_revoked() {
        WebSession browser = new WebSession(port);
        browser.signIn(coordinator.username(), TestCommunities.PASSWORD);
        browser.get("/account/tokens");
        String body = browser.post(
                        "/account/tokens", Map.of("name", "Tableau régional", "scopes", "plans:read", "days", "30"))
                .body();
        String readOnly = token(body);

        assertThat(call("GET", "/api/v1/plans", readOnly, null).body()).contains(planId.toString());
        assertThat(call("GET", "/api/v1/plans/" + planId, readOnly, null).statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/plans/" + otherPlanId, readOnly, null).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", "/api/v1/indicators/" + indicatorId + "/values", readOnly, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/me", readOnly, null).body()).contains(coordinator.username());
        assertThat(call("GET", "/api/v1/organizations", readOnly, null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> pdf = call("GET", "/api/v1/plans/" + planId + "/report.pdf?lang=en", readOnly, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        browser.get("/account/tokens");
        String writer = token(browser.post(
                        "/account/tokens",
                        Map.of("name", "Saisie automatique", "scopes", "indicators:write", "days", "90"))
                .body());
        String lastMonth =
                Frequency.MONTHLY.periodOf(communities.today()).minusMonths(1).toString();
        HttpResponse<String> created = call(
                "POST",
                "/api/v1/indicators/" + indicatorId + "/values",
                writer,
                "{\"periodStart\":\"" + lastMonth + "\",\"value\":42}");
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> wrongType = call(
                "POST",
                "/api/v1/indicators/" + indicatorId + "/values",
                writer,
                "{\"periodStart\":\"" + lastMonth + "\",\"value\":4.5}");
        assertThat(wrongType.statusCode()).isIn(409, 422);
        HttpResponse<String> missingValue = call(
                "POST",
                "/api/v1/indicators/" + indicatorId + "/values",
                writer,
                "{\"periodStart\":\"" + lastMonth + "\"}");
        assertThat(missingValue.statusCode()).isEqualTo(422);
        assertThat(missingValue.body()).contains("\"field\":\"value\"");
        assertThat(call("POST", "/api/v1/indicators/" + indicatorId + "/values", writer, "{not json")
                        .statusCode())
                .isEqualTo(400);

        browser.get("/account/tokens");
        String directory = token(
                browser.post("/account/tokens", Map.of("name", "Annuaire", "scopes", "directory:read", "days", "30"))
                        .body());
        assertThat(call("GET", "/api/v1/organizations", directory, null).statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/plans", directory, null).statusCode()).isEqualTo(403);

        String listPage = browser.get("/account/tokens").body();
        Matcher revoke = Pattern.compile("action=\"/account/tokens/([0-9a-f-]{36})/revoke\"")
                .matcher(listPage);
        while (revoke.find()) {
            browser.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of());
        }
        assertThat(call("GET", "/api/v1/plans", readOnly, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/plans", "vgt_notatoken", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_browser_session_uses_the_api_too_but_needs_its_csrf_token_to_write() {
        WebSession browser = new WebSession(port);
        browser.signIn(coordinator.username(), TestCommunities.PASSWORD);

        assertThat(browser.get("/api/v1/plans/" + planId, "application/json").statusCode())
                .isEqualTo(200);
    }

    private String token(String page) {
        Matcher matcher = Pattern.compile("id=\"new-token\">(vgt_[a-z2-7]+)<").matcher(page);
        assertThat(matcher.find()).as("token shown once").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json, application/pdf");
            if (json != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID plan(VigiePrincipal owner, TestCommunity community) {
        return plans.create(
                owner,
                templates.available(community.community().id()).get(0).id(),
                new Plan.Settings("Plan", "Plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
    }
}
