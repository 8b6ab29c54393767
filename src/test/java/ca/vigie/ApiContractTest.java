package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestPlans;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The published API document is the API's contract: real responses of every route, successes and
 * refusals, are validated against {@code /v3/api-docs} with a standard OpenAPI validator, and every
 * operation the document lists is exercised. The document is kept in {@code target/openapi.json} for
 * the linter that CI runs.
 */
@VigieTest
class ApiContractTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]+}");

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables tables;

    @Autowired
    TestPlans testPlans;

    @Autowired
    PlanItems items;

    @Autowired
    IndicatorRegistry indicators;

    @Autowired
    Situations situations;

    @Autowired
    SituationReference reference;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ca.vigie.testing.TestTeams testTeams;

    @Autowired
    ca.vigie.coresponse.dispatch.DispatchTokens dispatchTokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> exercised = new TreeSet<>();
    private OpenApiInteractionValidator validator;
    private JsonNode document;

    @Test
    void every_route_answers_as_the_published_document_says() throws Exception {
        String json = send("GET", "/v3/api-docs", null, null).body();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);
        document = new ObjectMapper().readTree(json);
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .build();
        assertThat(document.path("components").path("securitySchemes").has("bearer"))
                .isTrue();

        TestCommunity community = communities.community();
        VigiePrincipal person = communities.person(
                community, Role.PLAN_COORDINATOR, Role.TABLE_MEMBER, Role.OFFICE_INTAKE, Role.COMMUNITY_ADMIN);
        String all = token(
                person,
                "plans:read",
                "indicators:read",
                "indicators:write",
                "directory:read",
                "situations:read",
                "complaint-statistics:read");
        String none = token(person, "plans:read");
        String noPlans = token(person, "directory:read");
        Fixture f = fixture(community, person);
        String missing = UUID.randomUUID().toString();

        check("GET", "/api/v1/me", all, null, 200);
        check("GET", "/api/v1/me", null, null, 401);
        check("GET", "/api/v1/organizations", all, null, 200);
        check("GET", "/api/v1/organizations", none, null, 403);
        check("GET", "/api/v1/organizations/" + community.organization().id(), all, null, 200);
        check("GET", "/api/v1/organizations/" + missing, all, null, 404);

        check("GET", "/api/v1/plans", all, null, 200);
        check("GET", "/api/v1/plans", noPlans, null, 403);
        check("GET", "/api/v1/plans/" + f.plan(), all, null, 200);
        check("GET", "/api/v1/plans/" + missing, all, null, 404);
        check("GET", "/api/v1/plans/" + f.plan() + "/report.pdf", all, null, 200);
        check("GET", "/api/v1/plans/" + missing + "/report.pdf", all, null, 404);
        check("GET", "/api/v1/plans/" + f.plan() + "/export.xlsx", all, null, 200);
        check("GET", "/api/v1/plans/" + missing + "/export.xlsx", all, null, 404);

        String values = "/api/v1/indicators/" + f.indicator() + "/values";
        String period =
                Frequency.MONTHLY.periodOf(communities.today()).minusMonths(1).toString();
        check("POST", values, all, "{\"periodStart\":\"" + period + "\",\"value\":42}", 201);
        check("POST", values, all, "{\"periodStart\":\"" + period + "\",\"value\":43}", 409);
        check("POST", values, all, "{\"periodStart\":\"" + period + "\"}", 422);
        check("POST", values, all, "{not json", 400);
        check("POST", values, none, "{\"periodStart\":\"" + period + "\",\"value\":1}", 403);
        check("GET", values, all, null, 200);
        check("GET", "/api/v1/indicators/" + missing + "/values", all, null, 404);

        check("GET", "/api/v1/situation-tables", all, null, 200);
        check("GET", "/api/v1/situation-tables", none, null, 403);
        check("GET", "/api/v1/situation-tables/" + f.table() + "/statistics", all, null, 200);
        check("GET", "/api/v1/situation-tables/" + missing + "/statistics", all, null, 404);
        check("GET", "/api/v1/situation-tables/" + f.table() + "/export.csv", all, null, 200);
        check("GET", "/api/v1/situation-tables/" + f.table() + "/situations", all, null, 200);
        check("GET", "/api/v1/situation-tables/" + missing + "/situations", all, null, 404);
        check("GET", "/api/v1/situations/" + f.situation(), all, null, 200);
        check("GET", "/api/v1/situations/" + missing, all, null, 404);

        check("GET", "/api/v1/complaint-offices/" + f.office() + "/statistics", all, null, 200);
        check("GET", "/api/v1/complaint-offices/" + f.office() + "/statistics?year=2025", all, null, 200);
        check("GET", "/api/v1/complaint-offices/" + missing + "/statistics", all, null, 404);
        check("GET", "/api/v1/complaint-offices/" + f.office() + "/statistics", none, null, 403);

        ca.vigie.testing.TestTeams.TestTeam team = testTeams.team(community);
        String dispatch = dispatchTokens.create(testTeams.seat(team, team.lead()), "Répartition", 90);
        String received = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .minusMinutes(20)
                .withNano(0)
                .toString();
        String call = "{\"incidentNumber\":\"BH-1\",\"source\":\"DISPATCH_911\",\"receivedAt\":\"" + received
                + "\",\"unit\":\"Alpha\"}";
        check("POST", "/api/v1/coresponse/calls", dispatch, call, 201);
        check("POST", "/api/v1/coresponse/calls", dispatch, call, 200);
        check("POST", "/api/v1/coresponse/calls", dispatch, "{\"incidentNumber\":\"BH-2\"}", 422);
        check("POST", "/api/v1/coresponse/calls", dispatch, "{not json", 400);
        check("POST", "/api/v1/coresponse/calls", all, call, 403);
        check("POST", "/api/v1/coresponse/calls", null, call, 401);

        String leadReads = token(team.lead(), "coresponse:read");
        String officerReads = token(team.officer(), "coresponse:read");
        String teamPath = "/api/v1/coresponse/teams/" + team.id();
        check("GET", teamPath + "/statistics", leadReads, null, 200);
        check("GET", teamPath + "/statistics?from=2026-01&to=2026-03", leadReads, null, 200);
        check("GET", "/api/v1/coresponse/teams/" + missing + "/statistics", leadReads, null, 404);
        check("GET", teamPath + "/statistics", token(team.lead(), "plans:read"), null, 403);
        check("GET", teamPath + "/calls", officerReads, null, 200);
        check("GET", teamPath + "/calls?page=1", officerReads, null, 200);
        check("GET", "/api/v1/coresponse/teams/" + missing + "/calls", officerReads, null, 404);

        assertThat(problems).as("responses that break the published document").isEmpty();
        assertThat(exercised).as("operations exercised").containsAll(operations());
        assertThat(operations()).as("every route under /api is in the document").containsAll(apiRoutes());
    }

    /** Every handler the application maps under /api, whatever kind of controller holds it. */
    private Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> routes.add(method.name() + " " + pattern))));
        return routes;
    }

    private record Fixture(UUID plan, UUID indicator, UUID table, UUID situation, UUID office) {}

    private Fixture fixture(TestCommunity community, VigiePrincipal person) {
        UUID plan = testPlans.pillars(person, "Programme", "Programme");
        // An item with most of its fields empty: the document must say which may be null.
        items.add(person, plan, null, "PILLAR", TestPlans.item("Prévention", null, null), UUID.randomUUID());
        UUID indicator = indicators.define(
                person,
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
        UUID table = tables.table(community, community);
        tables.seat(community, table, person);
        UUID factor = reference
                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                .get(0)
                .id();
        UUID situation = situations.open(
                person,
                table,
                new Situation.Facts(
                        SituationType.DWELLING, null, Gender.UNKNOWN, "Logement", List.of(factor), List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());
        UUID office = offices.create(person, "Bureau", "Office", UUID.randomUUID());
        offices.serve(person, office, community.organization().id(), Jurisdiction.ONTARIO);
        offices.assign(person, office, person.userId(), StaffRole.ANALYST);
        return new Fixture(plan, indicator, table, situation, office);
    }

    /** Calls the API and validates the answer, and the request too when it was meant to be accepted. */
    private void check(String method, String path, String token, String body, int expected) throws IOException {
        HttpResponse<String> response = send(method, path, token, body);
        String route = method + " " + path;
        if (response.statusCode() != expected) {
            problems.add(route + ": answered " + response.statusCode() + ", expected " + expected);
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.toLowerCase(java.util.Locale.ROOT).contains("iso-8859-1")) {
            problems.add(route + ": declared as " + type);
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        answer.withBody(response.body());
        ValidationReport report = validator.validateResponse(pathOnly, Request.Method.valueOf(method), answer.build());
        if (expected < 400 && body != null) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, pathOnly)
                    .withContentType("application/json")
                    .withBody(body)
                    .withAuthorization("Bearer " + token);
            report = report.merge(validator.validateRequest(request.build()));
        }
        report.getMessages().forEach(message -> problems.add(route + " (" + expected + "): " + message));
        exercised.add(method + " " + template(pathOnly));
    }

    /** The document's path that this concrete path stands for. */
    private String template(String path) {
        for (String candidate : paths()) {
            String regex = TEMPLATE.matcher(Pattern.quote(candidate)).replaceAll("\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return candidate;
            }
        }
        return path;
    }

    private List<String> paths() {
        List<String> paths = new ArrayList<>();
        document.path("paths").propertyNames().forEach(paths::add);
        return paths;
    }

    private Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        for (String path : paths()) {
            document.path("paths")
                    .path(path)
                    .propertyNames()
                    .forEach(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path));
        }
        return operations;
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Accept",
                        "application/json, application/problem+json, application/pdf, text/csv, "
                                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A token made as a person makes one, on the tokens page. */
    private String token(VigiePrincipal person, String... scopes) {
        WebSession browser = new WebSession(port);
        browser.signIn(person.username(), TestCommunities.PASSWORD);
        browser.get("/account/tokens");
        String body = "name=" + URLEncoder.encode("Contrat " + UUID.randomUUID(), StandardCharsets.UTF_8)
                + "&days=30"
                + java.util.Arrays.stream(scopes)
                        .map(scope -> "&scopes=" + URLEncoder.encode(scope, StandardCharsets.UTF_8))
                        .collect(Collectors.joining());
        Matcher token = Pattern.compile("vgt_[a-z0-9]+")
                .matcher(browser.postEncoded("/account/tokens", body).body());
        assertThat(token.find()).as("a token was shown").isTrue();
        return token.group();
    }
}
