package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.coresponse.calls.ApprehensionBasis;
import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallRole;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.Nature;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.calls.Origin;
import ca.vigie.coresponse.calls.PastCalls;
import ca.vigie.coresponse.calls.WithoutTeam;
import ca.vigie.coresponse.steering.SteeringMeasures;
import ca.vigie.coresponse.steering.SteeringMeasures.Dimension;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.Role;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The steering committee's measures: the counts, times and shares of a month, small counts hidden. */
@VigieTest
class SteeringMeasuresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    PastCalls past;

    @Autowired
    SteeringMeasures measures;

    @Autowired
    Teams teams;

    @Autowired
    CommunityCalendar calendar;

    TestTeam team;
    YearMonth month;

    @BeforeEach
    void twelveCallsLastMonth() {
        team = testTeams.team(communities.community());
        month = YearMonth.from(calendar.today(team.police().community().id())).minusMonths(1);
        Instant first = month.atDay(3)
                .atTime(10, 0)
                .atZone(calendar.zone(team.police().community().id()))
                .toInstant();
        UUID regular = past.person(
                team.id(),
                team.police().community().id(),
                team.officer().userId(),
                first,
                new NewPerson("Léo R.", "", null, ""));
        List<PastCalls.Past> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(call(
                    first.plus(Duration.ofHours(i)),
                    Disposition.RESOLVED_ON_SCENE,
                    null,
                    null,
                    i < 3 ? regular : null));
        }
        for (int i = 0; i < 5; i++) {
            calls.add(
                    call(first.plus(Duration.ofDays(1 + i)), Disposition.VOLUNTARY_TRANSPORT, 30 + 10 * i, null, null));
        }
        calls.add(call(
                first.plus(Duration.ofDays(8)),
                Disposition.APPREHENSION,
                45,
                ApprehensionBasis.QC_S8_CRISIS_WORKER,
                null));
        past.calls(calls);
    }

    private PastCalls.Past call(
            Instant received,
            Disposition disposition,
            @Nullable Integer handoverMinutes,
            @Nullable ApprehensionBasis basis,
            @Nullable UUID person) {
        Instant onScene = received.plus(Duration.ofMinutes(10));
        Instant arrival = handoverMinutes == null ? null : onScene.plus(Duration.ofMinutes(40));
        Instant handover = arrival == null ? null : arrival.plus(Duration.ofMinutes(handoverMinutes));
        Instant cleared =
                handover != null ? handover.plus(Duration.ofMinutes(5)) : onScene.plus(Duration.ofMinutes(30));
        return new PastCalls.Past(
                team.id(),
                team.police().community().id(),
                team.officer().userId(),
                Origin.FIELD,
                new CallFacts(
                        team.dyadId(),
                        null,
                        CallSource.DISPATCH_911,
                        CallRole.PRIMARY,
                        new CallTimes(received, received.plusSeconds(120), onScene, cleared, arrival, handover),
                        null,
                        Set.of(Nature.PSYCHOSIS),
                        Set.of(),
                        Set.of(),
                        disposition,
                        basis,
                        disposition == Disposition.APPREHENSION
                                ? WithoutTeam.APPREHENSION
                                : WithoutTeam.EMERGENCY_VISIT,
                        person));
    }

    @Test
    void a_month_s_measures_hide_what_could_tell_one_call() {
        SteeringMeasures.Measures figures =
                measures.measure(teams.get(team.police().community().id(), team.id()), month, month);

        assertThat(figures.calls()).isEqualTo(12);
        assertThat(figures.breakdowns().get(Dimension.DISPOSITION).cells())
                .containsEntry("RESOLVED_ON_SCENE", 6)
                .containsEntry("APPREHENSION", null)
                .containsEntry("VOLUNTARY_TRANSPORT", null);
        assertThat(figures.breakdowns().get(Dimension.SOURCE).cells()).containsEntry("DISPATCH_911", 12);
        assertThat(figures.breakdowns().get(Dimension.MONTH).cells()).containsEntry(month.toString(), 12);
        assertThat(figures.apprehensionRate())
                .as("one apprehension of twelve is too few to show")
                .isNull();
        assertThat(figures.handoverMedianMinutes())
                .as("30, 40, 45, 50, 60 and 70 minutes")
                .isEqualTo(48);
        assertThat(figures.handoverP90Minutes()).isEqualTo(65);
        assertThat(figures.sceneMedianMinutes())
                .as("six calls of 30 minutes and six of 75 to 115 with the hospital")
                .isEqualTo(53);
        assertThat(figures.repeatPeople()).as("one person called three times").isNull();
        assertThat(figures.diversions()).isEqualTo(6);
        assertThat(figures.patrolHoursSaved()).isEqualByComparingTo(BigDecimal.valueOf(5));
        assertThat(figures.shareOfMentalHealthCalls()).isNull();
    }

    @Test
    void the_steering_reads_the_page_and_its_file_the_dyad_and_an_outsider_do_not() throws Exception {
        String page = mvc.perform(get("/coresponse/teams/" + team.id() + "/steering?from=" + month + "&to=" + month)
                        .with(authentication(TestCommunities.signedIn(team.steering()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Réglé sur place").contains("masqué").contains("48 min");

        String csv = mvc.perform(get("/coresponse/teams/" + team.id() + "/steering.csv?from=" + month + "&to=" + month)
                        .with(authentication(TestCommunities.signedIn(team.lead()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("Mesure,Valeur,Nombre")
                .contains("Appels,,12")
                .doesNotContain("Léo");

        byte[] pdf = mvc.perform(
                        get("/coresponse/teams/" + team.id() + "/steering.pdf?lang=en&from=" + month + "&to=" + month)
                                .with(authentication(TestCommunities.signedIn(team.steering()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Emergency-department handover, median")
                    .contains("48 min")
                    .doesNotContain("Léo");
        }

        mvc.perform(get("/coresponse/teams/" + team.id() + "/steering")
                        .with(authentication(
                                TestCommunities.signedIn(communities.person(team.police(), Role.PLAN_COORDINATOR)))))
                .andExpect(status().isOk());
        mvc.perform(get("/coresponse/teams/" + team.id() + "/steering")
                        .with(authentication(TestCommunities.signedIn(team.officer()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/coresponse/teams/" + team.id() + "/steering")
                        .with(authentication(
                                TestCommunities.signedIn(communities.person(team.police(), Role.CORESPONSE_LEAD)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_month_that_cannot_be_read_is_said_by_its_field_and_the_default_range_shown() throws Exception {
        String page = mvc.perform(get("/coresponse/teams/" + team.id() + "/steering?from=2026-13&to=9999-01")
                        .with(authentication(TestCommunities.signedIn(team.steering()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"from-error\"")
                .contains("value=\"2026-13\"")
                .contains("Saisissez un mois");
    }
}
