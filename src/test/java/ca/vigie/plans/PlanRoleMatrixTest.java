package ca.vigie.plans;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.ItemDetails;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Route × standing on one plan: what each member role, the person responsible for an item (who
 * holds no role but updates that item), and a colleague with no standing get on every plan route.
 * The people hold no community role, so that the answer comes from the plan alone.
 */
@VigieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanRoleMatrixTest {

    /** Who is asking, by their standing on the plan. */
    enum Standing {
        COORDINATOR,
        EDITOR,
        UPDATER,
        VIEWER,
        RESPONSIBLE,
        NONE
    }

    /** A route and the answer of each standing, in the order of {@link Standing}. */
    record Row(String method, String path, int... answers) {}

    static final int OK = 200;
    static final int MOVED = 302;
    static final int DENIED = 403;
    static final int HIDDEN = 404;
    static final int INVALID = 422;

    List<Row> matrix() {
        return List.of(
                new Row("GET", "/plans/{plan}", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/plans/{plan}/settings", OK, DENIED, DENIED, DENIED, DENIED, HIDDEN),
                new Row("POST", "/plans/{plan}/settings", INVALID, DENIED, DENIED, DENIED, DENIED, HIDDEN),
                new Row("GET", "/plans/{plan}/members", OK, OK, OK, OK, OK, HIDDEN),
                new Row(
                        "POST",
                        "/plans/{plan}/members?userId={spare}&role=VIEWER",
                        MOVED,
                        DENIED,
                        DENIED,
                        DENIED,
                        DENIED,
                        HIDDEN),
                new Row("POST", "/plans/{plan}/members/{spare}/remove", MOVED, DENIED, DENIED, DENIED, DENIED, HIDDEN),
                new Row("GET", "/plans/{plan}/items/new?level=FOCUS_AREA", OK, OK, DENIED, DENIED, DENIED, HIDDEN),
                new Row(
                        "POST",
                        "/plans/{plan}/items?level=FOCUS_AREA",
                        INVALID,
                        INVALID,
                        DENIED,
                        DENIED,
                        DENIED,
                        HIDDEN),
                new Row("GET", "/plans/{plan}/items/{item}", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/plans/{plan}/items/{item}/edit", OK, OK, DENIED, DENIED, DENIED, HIDDEN),
                new Row("POST", "/plans/{plan}/items/{item}", INVALID, INVALID, DENIED, DENIED, DENIED, HIDDEN),
                new Row("POST", "/plans/{plan}/items/{item}/move", MOVED, MOVED, DENIED, DENIED, DENIED, HIDDEN),
                new Row(
                        "POST",
                        "/plans/{plan}/items/{item}/reorder?direction=up",
                        MOVED,
                        MOVED,
                        DENIED,
                        DENIED,
                        DENIED,
                        HIDDEN),
                new Row(
                        "POST",
                        "/plans/{plan}/items/{item}/archived?archived=false",
                        MOVED,
                        MOVED,
                        DENIED,
                        DENIED,
                        DENIED,
                        HIDDEN),
                new Row(
                        "POST",
                        "/plans/{plan}/items/{item}/comments?body=noted",
                        MOVED,
                        MOVED,
                        MOVED,
                        MOVED,
                        MOVED,
                        HIDDEN),
                new Row("GET", "/plans/{plan}/dashboard", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/plans/{plan}/report", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/plans/{plan}/report.pdf", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/plans/{plan}/export.xlsx", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/plans/{plan}/export.csv", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/plans/{plan}/cycles", OK, DENIED, DENIED, DENIED, DENIED, HIDDEN),
                // A cycle is open already: the coordinator is told so, and nothing changes.
                new Row(
                        "POST",
                        "/plans/{plan}/cycles?kind=MONTHLY&dueDate=2099-01-01",
                        INVALID,
                        DENIED,
                        DENIED,
                        DENIED,
                        DENIED,
                        HIDDEN),
                new Row(
                        "POST",
                        "/plans/{plan}/cycles/{cycle}/nudge?person={responsible}",
                        MOVED,
                        DENIED,
                        DENIED,
                        DENIED,
                        DENIED,
                        HIDDEN),
                new Row("GET", "/plans/{plan}/cycles/{cycle}/items/{item}/update", OK, OK, DENIED, DENIED, OK, HIDDEN),
                new Row(
                        "POST",
                        "/plans/{plan}/cycles/{cycle}/items/{item}/update?progress=101",
                        INVALID,
                        INVALID,
                        DENIED,
                        DENIED,
                        INVALID,
                        HIDDEN),
                new Row("GET", "/api/v1/plans/{plan}", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/api/v1/plans/{plan}/report.pdf", OK, OK, OK, OK, OK, HIDDEN),
                new Row("GET", "/api/v1/plans/{plan}/export.xlsx", OK, OK, OK, OK, OK, HIDDEN));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    @Autowired
    ReportingCycles cycles;

    private final Map<Standing, VigiePrincipal> people = new EnumMap<>(Standing.class);
    private VigiePrincipal spare;
    private UUID planId;
    private UUID itemId;
    private UUID cycleId;

    @BeforeAll
    void createPlan() {
        TestCommunity community = communities.community();
        VigiePrincipal planner = communities.person(community, Role.PLAN_COORDINATOR);
        for (Standing standing : Standing.values()) {
            people.put(standing, communities.person(community));
        }
        spare = communities.person(community);
        UUID template = templates.available(community.community().id()).stream()
                .filter(t -> t.code().equals("ONTARIO_CSWB"))
                .findFirst()
                .orElseThrow()
                .id();
        planId = plans.create(
                planner,
                template,
                new Plan.Settings("Plan", "Plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        for (PlanRole role : PlanRole.values()) {
            plans.setMember(
                    planner, planId, people.get(Standing.valueOf(role.name())).userId(), role);
        }
        itemId = items.add(
                planner,
                planId,
                null,
                "FOCUS_AREA",
                ItemDetails.titled(
                        "Domaine",
                        "Focus area",
                        people.get(Standing.RESPONSIBLE).userId()),
                UUID.randomUUID());
        cycleId = cycles.open(
                planner,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(10));
    }

    record Case(Row row, Standing standing, int expected) {
        @Override
        public String toString() {
            return row.method() + " " + row.path() + " as " + standing + " -> " + expected;
        }
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Row row : matrix()) {
            for (Standing standing : Standing.values()) {
                cases.add(new Case(row, standing, row.answers()[standing.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_as_the_matrix_says(Case c) throws Exception {
        String path = c.row()
                .path()
                .replace("{plan}", planId.toString())
                .replace("{item}", itemId.toString())
                .replace("{cycle}", cycleId.toString())
                .replace("{spare}", spare.userId().toString())
                .replace(
                        "{responsible}",
                        people.get(Standing.RESPONSIBLE).userId().toString());
        mvc.perform(request(HttpMethod.valueOf(c.row().method()), path)
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .with(csrf())
                        .with(authentication(TestCommunities.signedIn(people.get(c.standing())))))
                .andExpect(status().is(c.expected()));
    }
}
