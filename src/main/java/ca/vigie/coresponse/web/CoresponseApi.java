package ca.vigie.coresponse.web;

import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.steering.CaseloadMeasures;
import ca.vigie.coresponse.steering.SteeringMeasures;
import ca.vigie.coresponse.steering.SteeringMeasures.Dimension;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.ApiScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The co-response API: a team's steering measures for those who may read them, and a team's calls,
 * never with anyone's identity or label, for its members in the field. The pages' rules apply: what one
 * may not see is not found.
 */
@RestController
@RequestMapping(path = "/api/v1/coresponse/teams/{teamId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Co-response")
class CoresponseApi {

    private final Teams teams;
    private final SteeringMeasures measures;
    private final CaseloadMeasures caseload;
    private final Calls calls;

    CoresponseApi(Teams teams, SteeringMeasures measures, CaseloadMeasures caseload, Calls calls) {
        this.caseload = caseload;
        this.teams = teams;
        this.measures = measures;
        this.calls = calls;
    }

    /** A breakdown: each value's count, null where hidden; its total likewise. */
    record Breakdown(
            Map<String, @Nullable Integer> counts, @Nullable Integer total) {}

    /** The measures over whole months; a null value is hidden (a small count) or unknown. */
    record Statistics(
            String from,
            String to,
            int smallestCountShown,
            @Nullable Integer calls,
            Map<String, Breakdown> breakdowns,
            @Nullable BigDecimal apprehensionRatePercent,
            @Nullable Integer handoverMedianMinutes,
            @Nullable Integer handoverP90Minutes,
            @Nullable Integer sceneMedianMinutes,
            @Nullable Integer peopleWithThreeCallsOrMore,
            @Nullable Integer diversions,
            @Nullable BigDecimal patrolHoursSaved,
            @Nullable BigDecimal shareOfMentalHealthCallsPercent,

            @Schema(description = "People the clinical committee follows at the end of the last month.") @Nullable
            Integer followed,

            @Schema(
                    description = "Enrolments over the months; hidden, besides small, when it would tell how many"
                            + " were enrolled in the last six months, which the cohorts leave out.")
            @Nullable
            Integer enrolments,

            @Nullable Integer discharges,

            @Schema(
                    description = "People enrolled during the period and followed six months or more, by quarter of"
                            + " enrolment (small quarters pooled with the next): their emergency visits, tickets and arrests"
                            + " in the six months before and after enrolment.")
            List<Cohort> cohorts,

            @Nullable Cohort allCohorts) {}

    /** A cohort's events by kind, before and after enrolment; a null value is hidden. */
    record Cohort(
            @Schema(example = "2026-Q1") String firstQuarter,
            @Schema(example = "2026-Q2") String lastQuarter,
            @Nullable Integer people,
            Map<String, @Nullable Integer> before,
            Map<String, @Nullable Integer> after) {

        static Cohort of(CaseloadMeasures.Cohort cohort) {
            Map<String, @Nullable Integer> before = new LinkedHashMap<>();
            Map<String, @Nullable Integer> after = new LinkedHashMap<>();
            for (CaseloadMeasures.Event event : CaseloadMeasures.Event.values()) {
                before.put(
                        event.name().toLowerCase(java.util.Locale.ROOT),
                        cohort.before().get(event));
                after.put(
                        event.name().toLowerCase(java.util.Locale.ROOT),
                        cohort.after().get(event));
            }
            return new Cohort(cohort.first().toString(), cohort.last().toString(), cohort.people(), before, after);
        }
    }

    /** A call without anyone's identity: when, how, where it ended, and whether it is complete. */
    record CallLine(
            UUID id,
            Instant receivedAt,

            @Schema(description = "Empty when dispatch gave none.")
            String incidentNumber,

            String source,
            @Nullable String disposition,
            boolean complete,
            boolean withPerson) {}

    @GetMapping("/statistics")
    @PreAuthorize(ApiScopes.MAY_READ_CORESPONSE)
    @Operation(summary = "A team's steering measures over whole months, small counts hidden")
    Statistics statistics(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID teamId,
            @Parameter(description = "First month, such as 2026-01; by default eleven months before the last.")
                    @RequestParam(required = false)
                    @DateTimeFormat(pattern = "yyyy-MM")
                    @Nullable
                    YearMonth from,
            @Parameter(description = "Last month; by default the last whole month, and never later.")
                    @RequestParam(required = false)
                    @DateTimeFormat(pattern = "yyyy-MM")
                    @Nullable
                    YearMonth to) {
        Team team = teams.forSteering(who, teamId);
        YearMonth last = measures.lastWholeMonth(team);
        YearMonth end = to == null || to.isAfter(last) ? last : to;
        YearMonth start = from == null || from.isAfter(end) ? end.minusMonths(11) : from;
        if (start.isBefore(end.minusMonths(SteeringMeasures.MAX_MONTHS - 1))) {
            start = end.minusMonths(SteeringMeasures.MAX_MONTHS - 1);
        }
        SteeringMeasures.Measures figures = measures.measure(team, start, end);
        CaseloadMeasures.Caseload followUp = caseload.measure(team.id(), team.communityId(), start, end);
        Map<String, Breakdown> breakdowns = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            var published = figures.breakdowns().get(dimension);
            breakdowns.put(
                    dimension.name().toLowerCase(java.util.Locale.ROOT),
                    new Breakdown(published.cells(), published.total()));
        }
        return new Statistics(
                start.toString(),
                end.toString(),
                figures.smallest(),
                figures.calls(),
                breakdowns,
                figures.apprehensionRate(),
                figures.handoverMedianMinutes(),
                figures.handoverP90Minutes(),
                figures.sceneMedianMinutes(),
                figures.repeatPeople(),
                figures.diversions(),
                figures.patrolHoursSaved(),
                figures.shareOfMentalHealthCalls(),
                followUp.followed(),
                followUp.enrolments(),
                followUp.discharges(),
                followUp.cohorts().stream().map(Cohort::of).toList(),
                followUp.allCohorts() == null ? null : Cohort.of(followUp.allCohorts()));
    }

    @GetMapping("/calls")
    @PreAuthorize(ApiScopes.MAY_READ_CORESPONSE)
    @Operation(summary = "A page of the team's calls, the latest first, without anyone's identity")
    List<CallLine> calls(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID teamId,
            @Parameter(description = "The page, from 0; 50 calls a page.") @RequestParam(defaultValue = "0") int page) {
        Seat seat = teams.seat(who, teamId);
        return calls.page(seat, false, Math.max(0, Math.min(page, 10_000))).stream()
                .limit(Calls.PAGE_SIZE)
                .map(line -> new CallLine(
                        line.id(),
                        line.receivedAt(),
                        line.incidentNumber(),
                        line.source().name(),
                        line.disposition() == null ? null : line.disposition().name(),
                        line.complete(),
                        line.personId() != null))
                .toList();
    }
}
