package ca.vigie.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The indicator pages with a real series: trend line with its text alternative, table, and value entry errors. */
@VigieTest
class IndicatorScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    IndicatorRegistry registry;

    @Autowired
    IndicatorValues values;

    RequestPostProcessor coordinator;
    UUID indicator;
    LocalDate lastMonth;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        VigiePrincipal person = communities.person(community, Role.PLAN_COORDINATOR);
        coordinator = authentication(TestCommunities.signedIn(person));
        indicator = registry.define(
                person,
                new Indicator.Definition(
                        "Appels de crise",
                        "Crisis calls",
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
        lastMonth = Frequency.MONTHLY.periodOf(communities.today()).minusMonths(1);
        for (int month = 3; month >= 1; month--) {
            values.enter(
                    person,
                    indicator,
                    new IndicatorValues.Entry(
                            lastMonth.minusMonths(month - 1L), "", new BigDecimal(100 + month), "", null, null));
        }
    }

    @Test
    void the_list_and_the_sheet_draw_the_trend_with_a_text_alternative_and_a_table() throws Exception {
        String list = page(get("/indicators"));
        String sheet = page(get("/indicators/" + indicator));

        assertThat(list).contains("<polyline").contains("Tendance des 3 dernières valeurs");
        assertThat(sheet)
                .contains("<polyline")
                .contains("Valeurs sous forme de tableau")
                .contains("101");
    }

    @Test
    void a_decimal_for_a_count_is_refused_by_the_field_with_the_typed_value_kept() throws Exception {
        String page = mvc.perform(post("/indicators/" + indicator + "/values")
                        .with(coordinator)
                        .with(csrf())
                        .param("periodStart", lastMonth.minusMonths(5).toString())
                        .param("value", "12,5")
                        .param("note", "from the monthly report"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"value-error\"")
                .contains("Cet indicateur compte des nombres entiers")
                .contains("value=\"12,5\"")
                .contains("value=\"from the monthly report\"");
    }

    @Test
    void a_value_someone_entered_meanwhile_is_told_by_the_field_with_the_typed_value_kept() throws Exception {
        String period = lastMonth.minusMonths(7).toString();
        mvc.perform(post("/indicators/" + indicator + "/values")
                        .with(coordinator)
                        .with(csrf())
                        .param("periodStart", period)
                        .param("value", "40"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post("/indicators/" + indicator + "/values")
                        .with(coordinator)
                        .with(csrf())
                        .param("periodStart", period)
                        .param("value", "41")
                        .param("note", "second count"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"value-error\"")
                .contains("Une autre personne a saisi une valeur pour cette période")
                .contains("value=\"41\"")
                .contains("value=\"second count\"");
    }

    @Test
    void choosing_a_period_with_htmx_answers_with_the_value_form_only() throws Exception {
        String fragment = page(get("/indicators/" + indicator)
                .param("period", lastMonth.toString())
                .header("HX-Request", "true"));

        assertThat(fragment)
                .contains("id=\"value-form\"")
                .contains("correctionReason")
                .doesNotContain("<html");
    }

    @Test
    void a_coordinator_makes_an_indicator_computed_and_the_sheet_stops_offering_value_entry() throws Exception {
        String refused = mvc.perform(post("/indicators/" + indicator + "/computation")
                        .with(coordinator)
                        .with(csrf())
                        .param("source", "SITUATIONS_RISK_LOWERED_SHARE"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("id=\"source-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("<option value=\"SITUATIONS_RISK_LOWERED_SHARE\" selected=\"selected\"");

        mvc.perform(post("/indicators/" + indicator + "/computation")
                        .with(coordinator)
                        .with(csrf())
                        .param("source", "SITUATIONS_ACCEPTED"))
                .andExpect(status().is3xxRedirection());
        String sheet = page(get("/indicators/" + indicator));

        assertThat(sheet)
                .contains("Calculées à partir de : Situations retenues")
                .doesNotContain("id=\"value-form\"")
                .contains("101");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
