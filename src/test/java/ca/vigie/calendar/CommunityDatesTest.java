package ca.vigie.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.indicators.registry.IndicatorValues.Entry;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.Plans;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.statistics.SituationStatistics;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.DailyRuns;
import ca.vigie.testing.TestClock;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each community's dates are its own, tried at the awkward hours: at 23:30 in Toronto the date in UTC
 * is already tomorrow, and at 00:30 in Toronto it is still yesterday in Winnipeg. One community keeps
 * Toronto's calendar and one Winnipeg's, so an answer given in the wrong zone fails.
 */
@VigieTest
class CommunityDatesTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");

    @Autowired
    MockMvc mvc;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    DailyRuns dailyRuns;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables testTables;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    @Autowired
    Meetings meetings;

    @Autowired
    Situations situations;

    @Autowired
    SituationDecisions decisions;

    @Autowired
    SituationReference reference;

    @Autowired
    SituationStatistics statistics;

    @Autowired
    IndicatorRegistry registry;

    @Autowired
    IndicatorValues values;

    TestCommunity toronto;
    TestCommunity winnipeg;

    @BeforeEach
    void setUp() {
        toronto = communities.community(TORONTO);
        winnipeg = communities.community(WINNIPEG);
    }

    /** 23:30 in Toronto on a given evening. */
    private static Instant torontoEvening(LocalDate day) {
        return day.atTime(23, 30).atZone(TORONTO).toInstant();
    }

    @Test
    void today_is_each_community_s_own_calendar_day() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        TestClock.at(torontoEvening(day), () -> {
            assertThat(calendar.now()).isEqualTo(Instant.parse("2026-12-02T04:30:00Z"));
            assertThat(calendar.today(toronto.community().id())).isEqualTo(day);
            assertThat(calendar.today(winnipeg.community().id())).isEqualTo(day);
        });
        // 00:30 in Toronto on December 2 is 23:30 on December 1 in Winnipeg.
        TestClock.at(Instant.parse("2026-12-02T05:30:00Z"), () -> {
            assertThat(calendar.today(toronto.community().id())).isEqualTo(day.plusDays(1));
            assertThat(calendar.today(winnipeg.community().id())).isEqualTo(day);
            assertThat(calendar.now(winnipeg.community().id()).toLocalTime()).isEqualTo(LocalTime.of(23, 30));
        });
    }

    @Test
    void a_progress_report_and_an_export_are_named_for_the_community_s_day() throws Exception {
        Instant lateInToronto = TestClock.todayAt(TORONTO, LocalTime.of(23, 30));
        LocalDate torontoDay = LocalDate.ofInstant(lateInToronto, TORONTO);
        assertThat(downloadName(toronto, lateInToronto, "/report.pdf"))
                .contains("plan-report-" + torontoDay + "-fr.pdf");
        assertThat(downloadName(toronto, lateInToronto, "/export.xlsx")).contains("plan-" + torontoDay + ".xlsx");

        Instant earlyInToronto = TestClock.todayAt(TORONTO, LocalTime.of(0, 30));
        LocalDate winnipegDay = LocalDate.ofInstant(earlyInToronto, WINNIPEG);
        assertThat(winnipegDay)
                .isEqualTo(LocalDate.ofInstant(earlyInToronto, TORONTO).minusDays(1));
        assertThat(downloadName(winnipeg, earlyInToronto, "/report.pdf"))
                .contains("plan-report-" + winnipegDay + "-fr.pdf");
        assertThat(downloadName(winnipeg, earlyInToronto, "/export.csv")).contains("plan-" + winnipegDay + ".csv");
    }

    private String downloadName(TestCommunity community, Instant at, String what) throws Exception {
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        UUID planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("PILLARS"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Programme", "Programme", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        String[] name = new String[1];
        TestClock.at(at, () -> {
            try {
                name[0] = mvc.perform(get("/plans/" + planId + what)
                                .param("lang", "fr")
                                .with(authentication(TestCommunities.signedIn(coordinator))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getHeader("Content-Disposition");
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        return name[0];
    }

    @Test
    void a_chair_schedules_a_meeting_for_today_late_in_the_evening() {
        Instant lateInToronto = TestClock.todayAt(TORONTO, LocalTime.of(23, 30));
        VigiePrincipal torontoChair = chairOf(toronto);
        LocalDate torontoDay = LocalDate.ofInstant(lateInToronto, TORONTO);
        TestClock.at(lateInToronto, () -> {
            assertThat(meetings.schedule(torontoChair, tableOf(torontoChair), torontoDay, UUID.randomUUID()))
                    .isNotNull();
            assertThatThrownBy(() -> meetings.schedule(
                            torontoChair, tableOf(torontoChair), torontoDay.minusDays(1), UUID.randomUUID()))
                    .isInstanceOf(SituationRejection.class);
        });

        Instant earlyInToronto = TestClock.todayAt(TORONTO, LocalTime.of(0, 30));
        VigiePrincipal winnipegChair = chairOf(winnipeg);
        LocalDate winnipegDay = LocalDate.ofInstant(earlyInToronto, WINNIPEG);
        TestClock.at(
                earlyInToronto,
                () -> assertThat(meetings.schedule(
                                winnipegChair, tableOf(winnipegChair), winnipegDay, UUID.randomUUID()))
                        .isNotNull());
    }

    private final Map<UUID, UUID> tables = new ConcurrentHashMap<>();

    private VigiePrincipal chairOf(TestCommunity community) {
        VigiePrincipal chair = communities.person(community, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        UUID table = testTables.table(community, community);
        testTables.chair(community, table, chair);
        tables.put(chair.userId(), table);
        return chair;
    }

    private UUID tableOf(VigiePrincipal chair) {
        return tables.get(chair.userId());
    }

    @Test
    void an_indicator_s_current_period_stays_in_the_month_on_its_last_evening() {
        // November 30 at 23:30 in Toronto: December already in UTC, not yet in Toronto.
        Instant lastEvening = torontoEvening(LocalDate.of(2026, 11, 30));
        for (TestCommunity community : List.of(toronto, winnipeg)) {
            VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
            TestClock.at(lastEvening, () -> {
                UUID indicator = registry.define(coordinator, monthly(community), UUID.randomUUID());
                LocalDate november = LocalDate.of(2026, 11, 1);
                assertThat(values.enter(coordinator, indicator, entry(november)))
                        .isNotNull();
                assertThatThrownBy(() -> values.enter(coordinator, indicator, entry(november.plusMonths(1))))
                        .hasMessageContaining("periodStart");
            });
        }
    }

    private static Indicator.Definition monthly(TestCommunity community) {
        return new Indicator.Definition(
                "Appels reçus",
                "Calls received",
                "",
                "Calls received in the month.",
                Unit.PERCENT,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("10"),
                null,
                null,
                null,
                null,
                "",
                Frequency.MONTHLY,
                "Call log",
                community.organization().id(),
                null,
                List.of());
    }

    private static Entry entry(LocalDate period) {
        return new Entry(period, "", new BigDecimal("12"), "", null, null);
    }

    @Test
    void daily_work_runs_at_each_community_s_own_hour_once_a_day() {
        String job = "test-" + UUID.randomUUID();
        Map<UUID, LocalDate> ran = new ConcurrentHashMap<>();
        DailyRuns.CommunityWork work = (community, today) -> {
            if (community.equals(toronto.community().id())
                    || community.equals(winnipeg.community().id())) {
                assertThat(ran.put(community, today)).as("once a day").isNull();
            }
        };
        LocalDate day = LocalDate.of(2026, 12, 1);
        // 07:05 in Toronto is 06:05 in Winnipeg: Toronto's reminders go out, Winnipeg's wait an hour.
        TestClock.at(
                day.atTime(7, 5).atZone(TORONTO).toInstant(), () -> dailyRuns.runDue(job, LocalTime.of(7, 0), work));
        assertThat(ran).containsOnlyKeys(toronto.community().id()).containsValue(day);
        TestClock.at(
                day.atTime(7, 20).atZone(TORONTO).toInstant(), () -> dailyRuns.runDue(job, LocalTime.of(7, 0), work));
        assertThat(ran).hasSize(1);
        TestClock.at(
                day.atTime(8, 5).atZone(TORONTO).toInstant(), () -> dailyRuns.runDue(job, LocalTime.of(7, 0), work));
        assertThat(ran).containsEntry(winnipeg.community().id(), day).hasSize(2);
    }

    @Test
    void the_day_of_the_november_change_lasts_twenty_five_hours() {
        UUID community = toronto.community().id();
        LocalDate change = LocalDate.of(2026, 11, 1);
        // 00:30 daylight time and 23:30 standard time are both November 1.
        TestClock.at(
                Instant.parse("2026-11-01T04:30:00Z"),
                () -> assertThat(calendar.today(community)).isEqualTo(change));
        TestClock.at(
                Instant.parse("2026-11-02T04:30:00Z"),
                () -> assertThat(calendar.today(community)).isEqualTo(change));
        assertThat(Duration.between(
                        calendar.startOf(community, change), calendar.startOf(community, change.plusDays(1))))
                .isEqualTo(Duration.ofHours(25));
        // A deadline ten days after October 28 falls on November 7, whatever the hour the clocks went back.
        VigiePrincipal chair = chairOf(toronto);
        TestClock.at(torontoEvening(LocalDate.of(2026, 10, 28)), () -> {
            LocalDate due = calendar.today(community).plusDays(10);
            assertThat(due).isEqualTo(LocalDate.of(2026, 11, 7));
            assertThat(meetings.schedule(chair, tableOf(chair), due, UUID.randomUUID()))
                    .isNotNull();
        });
    }

    @Test
    void a_meeting_on_the_spring_forward_day_is_that_day_at_half_past_two() {
        UUID community = toronto.community().id();
        LocalDate springForward = LocalDate.of(2027, 3, 14);
        VigiePrincipal chair = chairOf(toronto);
        // 02:30 does not exist that night: the clocks read 03:30 daylight time, still March 14.
        Instant halfPastTwo = springForward.atTime(2, 30).atZone(TORONTO).toInstant();
        assertThat(halfPastTwo).isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
        TestClock.at(halfPastTwo, () -> {
            assertThat(calendar.today(community)).isEqualTo(springForward);
            assertThat(calendar.now(community).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
            assertThat(meetings.schedule(chair, tableOf(chair), springForward, UUID.randomUUID()))
                    .isNotNull();
            assertThatThrownBy(() ->
                            meetings.schedule(chair, tableOf(chair), springForward.minusDays(1), UUID.randomUUID()))
                    .isInstanceOf(SituationRejection.class);
        });
        assertThat(Duration.between(
                        calendar.startOf(community, springForward),
                        calendar.startOf(community, springForward.plusDays(1))))
                .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void a_month_that_holds_the_november_change_counts_its_own_evenings() {
        VigiePrincipal worker = communities.person(toronto, Role.TABLE_MEMBER);
        VigiePrincipal chair = chairOf(toronto);
        testTables.seat(toronto, tableOf(chair), worker);
        // Decided late on October 31 (daylight time) and on November 30 (standard time): November in UTC
        // for the first, December for the second, but October and November where the community is.
        accept(worker, chair, torontoEvening(LocalDate.of(2026, 10, 31)));
        accept(worker, chair, torontoEvening(LocalDate.of(2026, 11, 30)));
        UUID community = toronto.community().id();
        assertThat(accepted(community, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                .isEqualTo(5);
        assertThat(accepted(community, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo(5);
        assertThat(accepted(community, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .isZero();
    }

    private Integer accepted(UUID community, LocalDate from, LocalDate to) {
        return statistics.acceptedBetween(community, from, to).value();
    }

    private void accept(VigiePrincipal worker, VigiePrincipal chair, Instant at) {
        TestClock.at(at, () -> {
            UUID table = tableOf(chair);
            UUID meeting = meetings.schedule(
                    chair, table, calendar.today(toronto.community().id()), UUID.randomUUID());
            for (int i = 0; i < 5; i++) {
                UUID id = situations.open(worker, table, facts(), Situation.Identity.NONE, UUID.randomUUID());
                decisions.table(worker, id, meeting);
                decisions.decide(chair, id, new Situation.Criteria(true, true, true, true));
            }
        });
    }

    private Situation.Facts facts() {
        return new Situation.Facts(
                SituationType.PERSON,
                AgeBand.AGE_30_39,
                Gender.WOMAN_GIRL,
                "Personne qui a perdu son logement.",
                List.of(reference
                        .choices(toronto.community().id(), ReferenceList.RISK_FACTOR)
                        .get(0)
                        .id()),
                List.of());
    }
}
