package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.HostileWorld;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.Totp;
import ca.vigie.testing.VigieTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every form a person can reach, found by following the links of each person of a small community,
 * sent back with hostile values: control characters, lone surrogates, bidirectional overrides,
 * 10 kB and 1 MB strings, markup and template expressions, impossible dates, numbers in other
 * notations or digits, and tampered choices, hidden values and list indexes. Whatever comes in,
 * the answer is never a server error, a refusal keeps what was typed and says why next to the
 * field, and no message shows an unfilled placeholder.
 */
@Order(2)
@VigieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final Pattern ID_SEGMENT = Pattern.compile(
            "/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+|[A-Z][A-Z0-9_]+)(?=/|$)");
    private static final Pattern UNFILLED = Pattern.compile("\\{[a-z][A-Za-z0-9]*\\}");
    private static final Set<String> TEXT_KINDS = Set.of("text", "textarea", "search", "email", "tel", "url");
    private static final int PAGES_PER_PERSON = 300;
    private static final int SAME_KIND = 16;
    private static final Set<String> GATES = Set.of("/declaration", "/opening");

    /** What a variant puts into the fields of one kind, and whether a well-made form must refuse it. */
    enum Variant {
        NUL("text", "\u0000", true),
        LONE_SURROGATE("text", "\uD800", true),
        BIDI_OVERRIDE("text", "\u202Eevil", false),
        TEN_KB("text", "x".repeat(10_000), false),
        ONE_MB("text", "y".repeat(1_000_000), true),
        MARKUP("text", "<script>alert(1)</script><b>", false),
        TEMPLATE("text", "[[${7*7}]]__${T(java.lang.Runtime)}__", false),
        DATE_IMPOSSIBLE("date", "2026-02-30", true),
        DATE_ZERO("date", "0000-00-00", true),
        DATE_BEFORE_ERA("date", "-0001-01-01", true),
        DATE_FAR("date", "+10000-01-01", true),
        DATE_FOREIGN_DIGITS("date", "٢٠٢٦-٠١-١٥", true),
        DATE_WORDS("date", "demain", true),
        NUMBER_HEX("number", "0x10", true),
        NUMBER_FOREIGN_DIGITS("number", "١٢", true),
        NUMBER_HUGE("number", "1e999", true),
        NUMBER_WORDS("number", "douze", true),
        CHOICE_FORGED("choice", "FORGED", true),
        CHOICE_UNKNOWN_ID("choice", "00000000-0000-4000-8000-000000000000", true),
        HIDDEN_FORGED("hidden", "abc", false),
        INDEX_FORGED("index", "", false);

        final String kind;
        final String value;
        final boolean mustRefuse;

        Variant(String kind, String value, boolean mustRefuse) {
            this.kind = kind;
            this.value = value;
            this.mustRefuse = mustRefuse;
        }
    }

    record Field(String name, String kind, String value) {}

    record Form(
            @Nullable VigiePrincipal who,
            Visit session,
            String page,
            String action,
            String route,
            boolean multipart,
            List<Field> fields) {}

    /** The session cookie a person's browser would send back: the application keeps sessions in its database. */
    record Visit(Cookie[] cookies) implements RequestPostProcessor {
        Visit after(MvcResult result) {
            Cookie[] set = result.getResponse().getCookies();
            return set.length == 0 ? this : new Visit(set);
        }

        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            if (cookies.length > 0) {
                request.setCookies(cookies);
            }
            return request;
        }
    }

    record Case(Form form, Variant variant) {
        @Override
        public String toString() {
            return "POST " + form.route() + " (from "
                    + ID_SEGMENT.matcher(form.page).replaceAll("/{id}") + ") with " + variant;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    HostileWorld worlds;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, Form> forms = new LinkedHashMap<>();
    private HostileWorld.World world;
    private final Set<String> pagesSeen = new TreeSet<>();

    @BeforeAll
    void findEveryForm() throws Exception {
        world = worlds.build();
        VigiePrincipal admin = world.admin();
        VigiePrincipal coordinator = world.coordinator();
        // A token to revoke, and a second factor to disable or reset: set up as people do it, by the forms.
        mvc.perform(as(admin, post("/account/tokens"))
                .param("name", "Jeton")
                .param("scopes", "plans:read")
                .param("days", "90")
                .with(csrf()));
        MvcResult enrolment = mvc.perform(as(coordinator, get("/account/mfa"))).andReturn();
        Visit enrolling = new Visit(new Cookie[0]).after(enrolment);
        String secret = Jsoup.parse(enrolment.getResponse().getContentAsString())
                .select("#mfa-secret")
                .text();
        mvc.perform(as(coordinator, post("/account/mfa"))
                .param("code", Totp.code(secret, Instant.now()))
                .with(enrolling)
                .with(csrf()));
        for (VigiePrincipal person : world.people()) {
            // The administrator starts at the page of the one person with a second factor to reset: with
            // many people, the crawl's share of user pages may not reach it.
            crawl(
                    person,
                    new Visit(new Cookie[0]),
                    person.equals(admin) ? List.of("/admin/users/" + coordinator.userId(), "/") : List.of("/"));
        }
        crawl(null, new Visit(new Cookie[0]), List.of("/report/" + world.office()));
        followAnonymousReport(world);
        previewImport(coordinator, world.templateId());
        signInMidway(coordinator);
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Form form : forms.values()) {
            for (Variant variant : Variant.values()) {
                if (applies(form, variant)) {
                    cases.add(new Case(form, variant));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_hostile_value_gets_a_clear_answer_and_keeps_what_was_typed(Case c) throws Exception {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        List<String> typed = new ArrayList<>();
        int marker = 0;
        for (Field field : c.form().fields()) {
            String value = field.value();
            if (matches(field, c.variant())) {
                // Each text field gets a marker of its own before the hostile part, to be found again.
                value = c.variant().kind.equals("text")
                        ? "kept" + (marker++) + "q" + c.variant().value
                        : c.variant().value;
                if (!c.variant().kind.equals("hidden") && !c.variant().kind.equals("choice")) {
                    typed.add(c.variant().kind.equals("text") ? value.substring(0, value.indexOf('q') + 1) : value);
                }
            }
            sent.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(value);
        }
        if (c.variant() == Variant.INDEX_FORGED) {
            for (Field field : c.form().fields()) {
                if (field.name().contains("[0]")) {
                    for (String index : List.of("-1", "300", "99999999", "x")) {
                        sent.put(field.name().replace("[0]", "[" + index + "]"), List.of(field.value()));
                    }
                }
            }
        }
        MvcResult result;
        try {
            result = mvc.perform(request(c.form(), sent)).andReturn();
        } catch (Exception failure) {
            throw new AssertionError(c + ": answered 500 (" + failure.getClass().getSimpleName() + ")", failure);
        }
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();

        assertThat(status).as("%s: status", c).isNotEqualTo(500);
        if (c.variant().mustRefuse) {
            assertThat(status / 100)
                    .as("%s: a value no form should accept was accepted", c)
                    .isNotEqualTo(3);
        }
        if (!c.variant().kind.equals("hidden") && !c.variant().kind.equals("index")) {
            assertThat(status).as("%s: a refusal without the form", c).isNotEqualTo(400);
        }
        boolean untyped = c.variant().kind.equals("hidden") || c.variant().kind.equals("index");
        if (untyped && status == 400) {
            // A forged hidden value or list index: nothing typed is lost; the error page says so (ErrorAddressTest).
            return;
        }
        if (status >= 400 && status != 404 && status != 403) {
            Document page = Jsoup.parse(body);
            assertThat(page.select(".error, .problem, [role=alert]"))
                    .as("%s: a refusal that says why (%d)", c, status)
                    .isNotEmpty();
            assertThat(UNFILLED.matcher(page.text()).find())
                    .as("%s: a message with an unfilled placeholder: %s", c, firstUnfilled(page.text()))
                    .isFalse();
            for (String value : typed) {
                assertThat(body)
                        .as("%s: what was typed is kept (%d)", c, status)
                        .contains(escaped(value));
            }
        }
    }

    /** Hostile values in the JSON of the API's write route: a clear problem, never a server error or a save. */
    @ParameterizedTest(name = "POST /api/v1/indicators/-/values with {0}")
    @MethodSource("apiBodies")
    void the_api_refuses_hostile_json_with_a_problem(String what, String body) throws Exception {
        MvcResult result = mvc.perform(
                        as(world.coordinator(), post("/api/v1/indicators/" + world.indicatorId() + "/values"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .accept(MediaType.APPLICATION_JSON)
                                .content(body)
                                .with(csrf()))
                .andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as("%s: status", what).isIn(400, 409, 422);
        assertThat(result.getResponse().getContentAsString())
                .as("%s: a problem", what)
                .contains("\"status\"");
    }

    Stream<Arguments> apiBodies() {
        String period = "\"" + world.today().withDayOfMonth(1).minusMonths(1) + "\"";
        List<Arguments> bodies = new ArrayList<>();
        for (Variant variant : List.of(Variant.NUL, Variant.LONE_SURROGATE, Variant.ONE_MB)) {
            String text =
                    variant == Variant.NUL ? "\\u0000" : variant == Variant.LONE_SURROGATE ? "\\ud800" : variant.value;
            bodies.add(Arguments.of(
                    "note " + variant, "{\"periodStart\":" + period + ",\"value\":5,\"note\":\"x" + text + "\"}"));
            bodies.add(Arguments.of(
                    "breakdown " + variant,
                    "{\"periodStart\":" + period + ",\"value\":5,\"breakdown\":\"x" + text + "\"}"));
        }
        for (String date : List.of("2026-02-30", "0000-00-00", "-0001-01-01", "+10000-01-01", "demain")) {
            bodies.add(Arguments.of("period " + date, "{\"periodStart\":\"" + date + "\",\"value\":5}"));
        }
        for (String number : List.of("\"0x10\"", "\"١٢\"", "1e999", "-1e999", "\"douze\"", "[]")) {
            bodies.add(Arguments.of("value " + number, "{\"periodStart\":" + period + ",\"value\":" + number + "}"));
        }
        bodies.add(Arguments.of(
                "replacing a forged id", "{\"periodStart\":" + period + ",\"value\":5,\"replacing\":\"abc\"}"));
        bodies.add(Arguments.of("not JSON", "{\"periodStart\":"));
        bodies.add(Arguments.of("markup", "<value>5</value>"));
        return bodies.stream();
    }

    /** Every route that accepts a form is reached by the crawl, so a new form cannot escape this test. */
    @Test
    void every_form_route_of_the_application_is_tried() {
        Set<String> tried = new TreeSet<>();
        forms.values().forEach(form -> tried.add(form.route()));
        Set<String> writeRoutes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                info.getPatternValues().forEach(pattern -> writeRoutes.add(pattern.replaceAll("\\{[^}]+}", "{id}")));
            }
        });
        writeRoutes.removeIf(route -> route.startsWith("/api/"));
        assertThat(tried).as("forms found on %s", pagesSeen).containsAll(writeRoutes);
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Form form, Map<String, List<String>> sent) {
        AbstractMockHttpServletRequestBuilder<?> request =
                form.multipart() ? multipart(URI.create(form.action())) : post(URI.create(form.action()));
        sent.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return as(
                form.who(),
                request.header("Accept", "text/html").with(form.session()).with(csrf()));
    }

    private static boolean applies(Form form, Variant variant) {
        if (variant == Variant.INDEX_FORGED) {
            return form.fields().stream().anyMatch(field -> field.name().contains("[0]"));
        }
        return form.fields().stream().anyMatch(field -> matches(field, variant));
    }

    private static boolean matches(Field field, Variant variant) {
        return switch (variant.kind) {
            case "text" -> TEXT_KINDS.contains(field.kind());
            case "date" -> field.kind().equals("date") || field.kind().equals("datetime-local");
            case "number" -> field.kind().equals("number");
            case "choice" -> Set.of("select", "radio", "checkbox").contains(field.kind());
            case "hidden" -> field.kind().equals("hidden") && !field.name().equals("_csrf");
            default -> false;
        };
    }

    private void crawl(@Nullable VigiePrincipal person, Visit session, List<String> starts) throws Exception {
        Deque<String> queue = new ArrayDeque<>(starts);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> visited = new java.util.HashSet<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < PAGES_PER_PERSON) {
            String path = queue.poll();
            // A few pages of each kind: objects at different stages show different forms.
            if (!visited.add(path) || seen.merge(pattern(path), 1, Integer::sum) > SAME_KIND) {
                continue;
            }
            MvcResult result = mvc.perform(as(
                            person,
                            get(URI.create(path)).header("Accept", "text/html").with(session)))
                    .andReturn();
            session = session.after(result);
            String redirected = result.getResponse().getRedirectedUrl();
            if (person != null && redirected != null && redirected.startsWith("/")) {
                // A signed-in person's browser follows a redirect, such as a module's entry to their only team.
                queue.addFirst(redirected);
                continue;
            }
            String type = result.getResponse().getContentType();
            if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            pages++;
            pagesSeen.add(pattern(path));
            Document page = Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
            for (Element link : page.select("a[href]")) {
                URI target = URI.create(link.attr("abs:href").replace(" ", "%20"));
                if ("localhost".equals(target.getHost()) && !target.getPath().equals("/logout")) {
                    queue.add(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
                }
            }
            for (Element form : page.select("form")) {
                if (form.attr("method").equalsIgnoreCase("post")) {
                    Form remembered = remember(person, session, path, form);
                    if (GATES.stream().anyMatch(remembered.route()::endsWith)) {
                        // A page that asks first (a declaration, a purpose): answered as a person would, then read
                        // again.
                        session = session.after(mvc.perform(request(remembered, firstChoices(form)))
                                .andReturn());
                        seen.merge(pattern(path), -1, Integer::sum);
                        visited.remove(path);
                        queue.addFirst(path);
                    }
                }
            }
        }
    }

    private Form remember(@Nullable VigiePrincipal person, Visit session, String page, Element element) {
        URI action = URI.create(
                element.attr("abs:action").isEmpty() ? "http://localhost" + page : element.attr("abs:action"));

        List<Field> fields = new ArrayList<>();
        for (Element input : element.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "textarea" -> fields.add(new Field(name, "textarea", input.text()));
                case "select" -> {
                    Element chosen = input.selectFirst("option[selected]");
                    if (chosen == null) {
                        chosen = input.selectFirst("option");
                    }
                    fields.add(new Field(name, "select", chosen == null ? "" : chosen.attr("value")));
                }
                default -> {
                    String kind = input.attr("type").isEmpty()
                            ? "text"
                            : input.attr("type").toLowerCase();
                    if ((kind.equals("checkbox") || kind.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    if (kind.equals("file") || kind.equals("submit") || kind.equals("password")) {
                        continue;
                    }
                    fields.add(new Field(name, kind, input.attr("value")));
                }
            }
        }
        Form form = new Form(
                person,
                session,
                page,
                action.getRawPath() + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery()),
                routeOf(action.getRawPath()),
                element.attr("enctype").equalsIgnoreCase("multipart/form-data"),
                fields);
        String key = form.route() + " "
                + fields.stream().map(f -> f.name() + ":" + f.kind()).sorted().toList();
        if (!action.getPath().equals("/logout")) {
            forms.putIfAbsent(key, form);
        }
        return form;
    }

    /**
     * An anonymous report sent as a person would, its receipt, then the report followed with its code:
     * the pages an anonymous reporter sees afterwards, and their forms.
     */
    private void followAnonymousReport(HostileWorld.World world) throws Exception {
        String office = "/report/" + world.office();
        MvcResult receipt = mvc.perform(post(URI.create(office))
                        .with(csrf())
                        .param(
                                "organizationId",
                                world.place().organization().id().toString())
                        .param("types", "VIOLENCE")
                        .param("reporterRole", "PRINCIPAL_PARTY")
                        .param("occurredFrom", world.today().minusDays(2).toString())
                        .param("narrative", "Bousculade au quai de chargement.")
                        .param("people[0].name", "Un contremaître")
                        .param("people[0].relation", "SUPERVISOR")
                        .param("formToken", java.util.UUID.randomUUID().toString()))
                .andReturn();
        Document page = Jsoup.parse(receipt.getResponse().getContentAsString(), "http://localhost" + office);
        Visit anonymous = new Visit(new Cookie[0]).after(receipt);
        for (Element form : page.select("form[method=post]")) {
            remember(null, anonymous, office, form);
        }
        MvcResult followed = mvc.perform(post("/report/follow")
                        .with(csrf())
                        .param("code", page.select("#receipt-code").text()))
                .andReturn();
        crawl(null, new Visit(new Cookie[0]).after(followed), List.of("/report/follow/file"));
    }

    /** A clean spreadsheet checked for import: the page that offers to create the plan. */
    private void previewImport(VigiePrincipal coordinator, java.util.UUID template) throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "plan.csv",
                "text/csv",
                "key,parent,level,titleFr,titleEn\n1,,FOCUS_AREA,Domaine,Focus area\n"
                        .getBytes(StandardCharsets.UTF_8));
        MvcResult preview = mvc.perform(as(coordinator, multipart("/plans/import"))
                        .file(file)
                        .param("templateId", template.toString())
                        .param("titleFr", "Plan importé")
                        .with(csrf()))
                .andReturn();
        Visit session = new Visit(new Cookie[0]).after(preview);
        Document page = Jsoup.parse(preview.getResponse().getContentAsString(), "http://localhost/plans/import");
        for (Element form : page.select("form[method=post]")) {
            remember(coordinator, session, "/plans/import", form);
        }
    }

    /** Someone who gave their password and owes the one-time code: the step's form. */
    private void signInMidway(VigiePrincipal enrolled) throws Exception {
        MvcResult password = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", enrolled.username())
                        .param("password", TestCommunities.PASSWORD))
                .andReturn();
        crawl(null, new Visit(new Cookie[0]).after(password), List.of("/login/mfa"));
    }

    /** What a person answers at a gate: the first real choice of each list, the fields as the page filled them. */
    private static Map<String, List<String>> firstChoices(Element form) {
        Map<String, List<String>> answer = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (answer.containsKey(name)) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "select" ->
                    input.select("option").stream()
                            .map(option -> option.attr("value"))
                            .filter(v -> !v.isEmpty())
                            .findFirst()
                            .orElse("");
                case "textarea" -> input.text();
                default -> input.attr("value");
            };
            answer.put(name, List.of(value));
        }
        return answer;
    }

    /** Signed in as the person; without one, whoever the session's cookie says, or nobody. */
    private static <T extends AbstractMockHttpServletRequestBuilder<?>> T as(
            @Nullable VigiePrincipal person, T request) {
        if (person != null) {
            request.with(authentication(TestCommunities.signedIn(person)));
        }
        return request;
    }

    /** The route a form posts to, as the application declares it. */
    private String routeOf(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            if (mappings.getHandler(request) == null) {
                return path;
            }
        } catch (Exception noRoute) {
            return path;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? path : pattern.toString().replaceAll("\\{[^}]+}", "{id}");
    }

    private static String pattern(String path) {
        URI uri = URI.create(path);
        String query = uri.getRawQuery() == null
                ? ""
                : "?"
                        + new TreeSet<>(List.of(
                                uri.getRawQuery().replaceAll("=[^&]*", "").split("&")));
        return ID_SEGMENT.matcher(uri.getRawPath()).replaceAll("/{id}") + query;
    }

    private static String escaped(String value) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(value);
    }

    private static String firstUnfilled(String text) {
        var matcher = UNFILLED.matcher(text);
        return matcher.find() ? text.substring(Math.max(0, matcher.start() - 60), matcher.end()) : "";
    }
}
