package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.ComputedIndicators;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorRejection;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Indicators computed from situations: accepted per quarter, suppressed while small, kept up to date. */
@VigieTest
class ComputedSituationIndicatorsTest {

    @Autowired
    ComputedIndicators computed;

    @Autowired
    IndicatorRegistry registry;

    @Autowired
    IndicatorValues values;

    @Autowired
    Situations situations;

    @Autowired
    SituationDecisions decisions;

    @Autowired
    Meetings meetings;

    @Autowired
    SituationReference reference;

    @Autowired
    TestTables testTables;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    VigiePrincipal coordinator;
    VigiePrincipal worker;
    VigiePrincipal chair;
    UUID tableId;
    UUID meeting;

    @BeforeEach
    void setUp() {
        community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        tableId = testTables.table(community, community);
        worker = communities.person(community, Role.TABLE_MEMBER);
        chair = communities.person(community, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker);
        testTables.chair(community, tableId, chair);
        meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
    }

    @Test
    void accepted_situations_per_quarter_appear_once_there_are_enough_and_follow_each_new_decision() {
        UUID indicator = registry.define(coordinator, definition(Unit.COUNT), UUID.randomUUID());
        UUID share = registry.define(coordinator, definition(Unit.PERCENT), UUID.randomUUID());
        assertThatThrownBy(() -> computed.compute(coordinator, share, "SITUATIONS_ACCEPTED"))
                .extracting(e -> ((IndicatorRejection) e).messageKey())
                .isEqualTo("indicators.computation.unit");
        assertThatThrownBy(() -> computed.compute(coordinator, indicator, "unknown.source"))
                .isInstanceOf(IndicatorRejection.class);

        accept(3);
        computed.compute(coordinator, indicator, "SITUATIONS_ACCEPTED");
        LocalDate quarter = Frequency.QUARTERLY.periodOf(communities.today());
        assertThat(computed.sourceOf(indicator)).contains("SITUATIONS_ACCEPTED");
        assertThat(values.current(indicator, quarter, "")).isEmpty();

        // Each decision recomputes its quarter soon after it is committed, without waiting for the hourly run.
        accept(3);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(values.current(indicator, quarter, ""))
                        .hasValueSatisfying(value -> assertThat(value.value()).isEqualByComparingTo("6")));
        accept(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(values.current(indicator, quarter, ""))
                        .hasValueSatisfying(value -> assertThat(value.value()).isEqualByComparingTo("7")));
        assertThat(values.history(indicator))
                .filteredOn(recorded -> recorded.periodStart().equals(quarter))
                .extracting(recorded -> recorded.value().intValue())
                .startsWith(7, 6)
                .allMatch(earlier -> earlier <= 7);
        assertThat(computed.refreshAll()).isZero();

        assertThatThrownBy(() -> values.enter(
                        coordinator,
                        indicator,
                        new IndicatorValues.Entry(quarter, "", BigDecimal.ONE, "", "typed", null)))
                .extracting(e -> ((IndicatorRejection) e).messageKey())
                .isEqualTo("indicators.computation.noEntry");

        computed.compute(coordinator, indicator, "");
        assertThat(computed.sourceOf(indicator)).isEmpty();
        assertThat(values.current(indicator, quarter, "")).isPresent();
    }

    private void accept(int howMany) {
        for (int i = 0; i < howMany; i++) {
            UUID id = situations.open(
                    worker,
                    tableId,
                    new Situation.Facts(
                            SituationType.PERSON,
                            AgeBand.AGE_40_59,
                            Gender.WOMAN_GIRL,
                            "Personne en crise, sans soutien.",
                            List.of(reference
                                    .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                                    .get(0)
                                    .id()),
                            List.of()),
                    Situation.Identity.NONE,
                    UUID.randomUUID());
            decisions.table(worker, id, meeting);
            decisions.decide(chair, id, new Situation.Criteria(true, true, true, true));
        }
    }

    private Indicator.Definition definition(Unit unit) {
        return new Indicator.Definition(
                "Situations retenues",
                "Situations accepted",
                "",
                "",
                unit,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("10"),
                null,
                null,
                null,
                null,
                "",
                Frequency.QUARTERLY,
                "Situation tables",
                community.organization().id(),
                null,
                List.of());
    }
}
