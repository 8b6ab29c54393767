package ca.vigie.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorRejection;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.indicators.registry.IndicatorValues.Entry;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
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
import org.springframework.security.access.AccessDeniedException;

/** Values, corrections and locks against the real database. */
@VigieTest
class IndicatorValuesTest {

    @Autowired
    IndicatorRegistry registry;

    @Autowired
    IndicatorValues values;

    @Autowired
    IndicatorCatalog catalog;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    VigiePrincipal coordinator;
    VigiePrincipal responsible;
    UUID indicator;
    LocalDate lastMonth;

    @BeforeEach
    void setUp() {
        community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        responsible = communities.person(community, Role.PLAN_OWNER);
        indicator = registry.define(coordinator, definition(Direction.HIGHER_IS_BETTER), UUID.randomUUID());
        registry.setTarget(coordinator, indicator, communities.today().plusYears(1), new BigDecimal("80"));
        lastMonth = Frequency.MONTHLY.periodOf(communities.today()).minusMonths(1);
    }

    @Test
    void the_responsible_person_enters_a_value_and_sees_its_status() {
        values.enter(responsible, indicator, new Entry(lastMonth, "", new BigDecimal("75"), "", null, null));

        Indicator sheet = registry.get(responsible, indicator);
        List<ValuePoint> series = values.series(sheet, "");
        assertThat(series).singleElement().satisfies(point -> {
            assertThat(point.value()).isEqualByComparingTo("75");
            assertThat(point.status()).isEqualTo(ValueStatus.NEAR_TARGET);
        });
        assertThat(catalog.tiles(community.community().id(), List.of(indicator)))
                .singleElement()
                .satisfies(tile -> assertThat(tile.status()).isEqualTo(ValueStatus.NEAR_TARGET));
    }

    @Test
    void the_responsible_person_owes_the_last_full_period_until_it_is_entered() {
        assertThat(catalog.owedBy(responsible.communityId(), responsible.userId(), communities.today()))
                .singleElement()
                .satisfies(owed -> {
                    assertThat(owed.periodStart()).isEqualTo(lastMonth);
                    assertThat(owed.entered()).isFalse();
                });

        values.enter(responsible, indicator, new Entry(lastMonth, "", new BigDecimal("75"), "", null, null));

        assertThat(catalog.owedBy(responsible.communityId(), responsible.userId(), communities.today()))
                .singleElement()
                .satisfies(owed -> assertThat(owed.entered()).isTrue());
        assertThat(catalog.owedBy(coordinator.communityId(), coordinator.userId(), communities.today()))
                .isEmpty();
    }

    @Test
    void a_correction_needs_a_reason_and_keeps_the_previous_value() {
        UUID first =
                values.enter(responsible, indicator, new Entry(lastMonth, "", new BigDecimal("75"), "", null, null));

        assertThatThrownBy(() -> values.enter(
                        responsible, indicator, new Entry(lastMonth, "", new BigDecimal("78"), "", "", first)))
                .isInstanceOf(IndicatorRejection.class)
                .extracting(e -> ((IndicatorRejection) e).messageKey())
                .isEqualTo("indicators.value.reasonRequired");
        values.enter(
                responsible,
                indicator,
                new Entry(lastMonth, "", new BigDecimal("78"), "", "typo in the report", first));

        assertThat(values.history(indicator))
                .extracting(IndicatorValues.Recorded::value, IndicatorValues.Recorded::correctionReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("78.0000"), "typo in the report"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("75.0000"), null));
    }

    @Test
    void a_correction_from_a_stale_form_is_refused() {
        UUID first =
                values.enter(responsible, indicator, new Entry(lastMonth, "", new BigDecimal("75"), "", null, null));
        values.enter(coordinator, indicator, new Entry(lastMonth, "", new BigDecimal("76"), "", "recount", first));

        assertThatThrownBy(() -> values.enter(
                        responsible, indicator, new Entry(lastMonth, "", new BigDecimal("77"), "", "mine", first)))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> values.enter(
                        responsible, indicator, new Entry(lastMonth, "", new BigDecimal("77"), "", null, null)))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void a_locked_period_takes_no_value() {
        values.lock(coordinator, indicator, lastMonth);

        assertThatThrownBy(() ->
                        values.enter(coordinator, indicator, new Entry(lastMonth, "", BigDecimal.TEN, "", null, null)))
                .isInstanceOf(IndicatorRejection.class)
                .extracting(e -> ((IndicatorRejection) e).messageKey())
                .isEqualTo("indicators.period.locked");
    }

    @Test
    void values_must_fit_the_unit_the_period_and_the_breakdowns() {
        assertThatThrownBy(() -> values.enter(
                        responsible, indicator, new Entry(lastMonth, "", new BigDecimal("120"), "", null, null)))
                .isInstanceOf(IndicatorRejection.class);
        assertThatThrownBy(() -> values.enter(
                        responsible, indicator, new Entry(lastMonth.plusDays(3), "", BigDecimal.ONE, "", null, null)))
                .isInstanceOf(IndicatorRejection.class);
        assertThatThrownBy(() -> values.enter(
                        responsible, indicator, new Entry(lastMonth.plusMonths(2), "", BigDecimal.ONE, "", null, null)))
                .isInstanceOf(IndicatorRejection.class);
        assertThatThrownBy(() -> values.enter(
                        responsible, indicator, new Entry(lastMonth, "GENDER:WOMAN", BigDecimal.ONE, "", null, null)))
                .isInstanceOf(IndicatorRejection.class);
    }

    @Test
    void only_a_coordinator_or_the_responsible_person_enters_values_and_only_in_their_community() {
        VigiePrincipal bystander = communities.person(community, Role.PLAN_OWNER);
        VigiePrincipal stranger = communities.person(communities.community(), Role.PLAN_COORDINATOR);

        assertThatThrownBy(() ->
                        values.enter(bystander, indicator, new Entry(lastMonth, "", BigDecimal.ONE, "", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        values.enter(stranger, indicator, new Entry(lastMonth, "", BigDecimal.ONE, "", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(catalog.tiles(stranger.communityId(), List.of(indicator))).isEmpty();
    }

    @Test
    void a_band_needs_both_ends_in_order() {
        Indicator.Definition noBand = definition(Direction.WITHIN_BAND);

        assertThatThrownBy(() -> registry.define(coordinator, noBand, UUID.randomUUID()))
                .isInstanceOf(IndicatorRejection.class);
    }

    private Indicator.Definition definition(Direction direction) {
        return new Indicator.Definition(
                "Taux de participation",
                "Participation rate",
                "",
                "Share of invited partners who took part.",
                Unit.PERCENT,
                direction,
                new BigDecimal("10"),
                null,
                null,
                null,
                null,
                "",
                Frequency.MONTHLY,
                "Attendance sheets",
                community.organization().id(),
                responsible.userId(),
                List.of());
    }
}
