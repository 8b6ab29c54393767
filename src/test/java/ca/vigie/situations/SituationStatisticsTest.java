package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.ConsentStatus;
import ca.vigie.situations.cases.Disclosures;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.statistics.Breakdown;
import ca.vigie.situations.statistics.Dimension;
import ca.vigie.situations.statistics.SituationStatistics;
import ca.vigie.situations.statistics.SituationStatistics.Period;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestClock;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Statistics count situations from filter 2 on and never publish a count that could single someone out. */
@VigieTest
class SituationStatisticsTest {

    @Autowired
    SituationStatistics statistics;

    @Autowired
    Situations situations;

    @Autowired
    SituationDecisions decisions;

    @Autowired
    Meetings meetings;

    @Autowired
    Disclosures disclosures;

    @Autowired
    Interventions interventions;

    @Autowired
    SituationReference reference;

    @Autowired
    TestTables testTables;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    TestCommunity health;
    VigiePrincipal worker;
    VigiePrincipal chair;
    UUID tableId;

    @BeforeEach
    void setUp() {
        community = communities.community();
        health = communities.partner(community);
        tableId = testTables.table(community, community, health);
        worker = communities.person(community, Role.TABLE_MEMBER);
        chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker);
        testTables.chair(community, tableId, chair);
    }

    @Test
    void counts_from_filter_two_on_with_small_counts_and_the_totals_that_would_reveal_them_hidden() {
        // At 23:30 in Toronto the date in UTC is already tomorrow; the figures follow the community's.
        TestClock.at(
                TestClock.todayAt(ZoneId.of("America/Toronto"), LocalTime.of(23, 30)), this::countsFromFilterTwoOn);
    }

    private void countsFromFilterTwoOn() {
        UUID meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        meetings.recordAttendance(chair, meeting, List.of(worker.userId(), chair.userId()));
        UUID reason = reference
                .choices(community.community().id(), ReferenceList.CONCLUSION_REASON)
                .get(0)
                .id();
        situations.open(worker, tableId, facts(Gender.MAN_BOY), Situation.Identity.NONE, UUID.randomUUID());
        for (int i = 0; i < 14; i++) {
            UUID id = situations.open(
                    worker, tableId, facts(i < 9 ? Gender.WOMAN_GIRL : Gender.MAN_BOY), identity(), UUID.randomUUID());
            assertThat(decisions.table(worker, id, meeting)).isEmpty();
            boolean accepted = i >= 3;
            decisions.decide(chair, id, new Situation.Criteria(accepted, true, true, true));
            if (i >= 8) {
                disclosures.reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
                interventions.formTeam(chair, id, health.organization().id(), List.of());
            }
            if (i >= 9) {
                interventions.conclude(chair, id, reason, communities.today());
            }
        }

        SituationStatistics.Statistics table = statistics.forTable(chair, tableId, Period.ALL);

        assertThat(table.total().value()).isEqualTo(14);
        assertThat(counts(table.breakdown(Dimension.STAGE))).containsExactly(0, 5, null, null, 5);
        assertThat(counts(table.breakdown(Dimension.GENDER))).contains(9, 5);
        assertThat(table.breakdown(Dimension.CONCLUSION_REASON).total().value()).isEqualTo(5);
        assertThat(table.breakdown(Dimension.CONCLUSION_REASON).cells())
                .filteredOn(cell -> cell.key().equals(reason.toString()))
                .singleElement()
                .satisfies(cell -> assertThat(cell.count().value()).isEqualTo(5));
        // Six situations have a team, but one is still at work (hidden): six would give it away.
        assertThat(table.breakdown(Dimension.ORGANIZATION_MOBILISED).total().suppressed())
                .isTrue();
        assertThat(table.breakdown(Dimension.ORGANIZATION_MOBILISED).cells())
                .allMatch(c -> c.count().suppressed());
        assertThat(table.breakdown(Dimension.RISK_FACTOR_CATEGORY).total().suppressed())
                .isTrue();
        // Tabled and concluded the same evening, on the community's calendar.
        assertThat(table.duration().medianDays()).isZero();
        for (Breakdown breakdown : table.breakdowns().values()) {
            assertThat(breakdown.cells())
                    .as(breakdown.dimension().name())
                    .noneMatch(cell -> !cell.count().suppressed()
                            && cell.count().value() > 0
                            && cell.count().value() < 5);
        }

        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        SituationStatistics.Statistics whole = statistics.forCommunity(admin, Period.ALL);
        assertThat(whole.total().value()).isEqualTo(14);
        assertThat(whole.breakdown(Dimension.TABLE).cells())
                .filteredOn(cell -> cell.key().equals(tableId.toString()))
                .singleElement()
                .satisfies(cell -> assertThat(cell.count().value()).isEqualTo(14));
        assertThat(statistics
                        .forTable(chair, tableId, new Period(communities.today().plusDays(1), null))
                        .total()
                        .value())
                .isZero();
        assertThatThrownBy(() -> statistics.forTable(admin, tableId, Period.ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statistics.forCommunity(chair, Period.ALL)).isInstanceOf(NotFoundException.class);
        assertThat(statistics.shareConcludedWithRiskLowered(
                        community.community().id(), communities.today(), communities.today()))
                .isEqualTo(100.0);
        // A period is read on the community's calendar: today there, not tomorrow as in UTC.
        LocalDate today = communities.today(community);
        assertThat(today)
                .isEqualTo(LocalDate.ofInstant(
                        TestClock.todayAt(ZoneId.of("America/Toronto"), LocalTime.of(23, 30)),
                        ZoneId.of("America/Toronto")));
        assertThat(statistics
                        .acceptedBetween(community.community().id(), today, today)
                        .value())
                .isEqualTo(11);
        assertThat(statistics
                        .acceptedBetween(community.community().id(), today.plusDays(1), today.plusDays(1))
                        .value())
                .isZero();
    }

    @Test
    void people_without_a_seat_or_oversight_see_nothing_and_other_communities_nothing_at_all() {
        TestCommunity other = communities.community();
        VigiePrincipal stranger = communities.person(other, Role.COMMUNITY_ADMIN);
        VigiePrincipal auditor = communities.person(community, Role.AUDITOR);
        VigiePrincipal unseated = communities.person(community, Role.TABLE_MEMBER);

        assertThatThrownBy(() -> statistics.forTable(stranger, tableId, Period.ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statistics.forTable(auditor, tableId, Period.ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statistics.forTable(unseated, tableId, Period.ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statistics.forCommunity(auditor, Period.ALL)).isInstanceOf(NotFoundException.class);
        assertThat(statistics.forCommunity(stranger, Period.ALL).total().value())
                .isZero();
        assertThat(statistics.forTable(worker, tableId, Period.ALL).total().value())
                .isZero();
    }

    private Situation.Facts facts(Gender gender) {
        return new Situation.Facts(
                SituationType.PERSON,
                AgeBand.AGE_30_39,
                gender,
                "Personne sans logement depuis un mois.",
                List.of(reference
                        .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                        .get(0)
                        .id()),
                List.of());
    }

    private static Situation.Identity identity() {
        return new Situation.Identity("Sam Exemple", "", "", "");
    }

    private static List<Integer> counts(Breakdown breakdown) {
        return breakdown.cells().stream().map(cell -> cell.count().value()).toList();
    }
}
