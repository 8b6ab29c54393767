package ca.vigie.situations.web;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationAccess;
import ca.vigie.situations.cases.SituationLists;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.cases.TeamRole;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.statistics.Breakdown;
import ca.vigie.situations.statistics.Dimension;
import ca.vigie.situations.statistics.SituationExport;
import ca.vigie.situations.statistics.SituationStatistics;
import ca.vigie.situations.statistics.SituationStatistics.Period;
import ca.vigie.system.ApiScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Situation tables for integrations, under exactly the pages' rules: the same services decide who
 * sees what, and whoever may not see a table or a situation is told it does not exist. Identifying
 * details and team notes are never served here.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(ApiScopes.MAY_READ_SITUATIONS)
@Tag(name = "Situation tables")
class SituationsApi {

    private final SituationLists lists;
    private final SituationAccess access;
    private final Situations situations;
    private final Interventions interventions;
    private final SituationStatistics statistics;
    private final SituationExport export;
    private final SituationReference reference;

    SituationsApi(
            Situations situations,
            Interventions interventions,
            SituationStatistics statistics,
            SituationExport export,
            SituationReference reference,
            SituationAccess access,
            SituationLists lists) {
        this.lists = lists;
        this.access = access;
        this.situations = situations;
        this.interventions = interventions;
        this.statistics = statistics;
        this.export = export;
        this.reference = reference;
    }

    record TableSummary(
            UUID id, String nameFr, String nameEn, @Nullable UUID representing) {}

    record Cell(String key, @Nullable Integer count, boolean suppressed) {}

    record BreakdownBody(Dimension dimension, @Nullable Integer total, boolean totalSuppressed, List<Cell> cells) {}

    record StatisticsBody(
            UUID tableId,
            @Nullable YearMonth from,
            @Nullable YearMonth to,
            @Nullable Integer total,
            @Nullable Double medianDaysToConclusion,
            @Nullable Double averageDaysToConclusion,
            List<BreakdownBody> breakdowns) {}

    record SituationLine(
            UUID id,
            Instant openedAt,
            String stage,
            String type,
            @Nullable String ageBand,
            String gender) {}

    record SituationBody(
            UUID id,
            UUID tableId,
            UUID originatingOrganizationId,
            Instant openedAt,
            String stage,
            String type,
            @Nullable String ageBand,
            String gender,
            String summary,
            List<String> riskFactors,
            List<String> protectiveFactors,
            Situation.@Nullable Criteria decision,
            @Nullable UUID leadOrganizationId,
            List<UUID> assistingOrganizationIds,
            List<String> services,
            @Nullable String conclusionReason,
            @Nullable LocalDate concludedOn) {}

    @GetMapping(path = "/situation-tables", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The tables the caller sits at, with the organisation they represent there")
    List<TableSummary> tables(@AuthenticationPrincipal VigiePrincipal who) {
        return access.seats(who).stream()
                .map(seat -> new TableSummary(
                        seat.table().id(), seat.table().nameFr(), seat.table().nameEn(), seat.organizationId()))
                .toList();
    }

    @GetMapping(path = "/situation-tables/{id}/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "A table's statistics, small counts suppressed (count null, suppressed true); 404 when the caller may not see them")
    StatisticsBody statistics(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth to) {
        SituationStatistics.Statistics figures = statistics.forTable(who, id, Period.months(from, to));
        return new StatisticsBody(
                id,
                from,
                to,
                figures.total().value(),
                figures.duration().medianDays(),
                figures.duration().averageDays(),
                figures.breakdowns().values().stream().map(SituationsApi::body).toList());
    }

    @GetMapping(path = "/situation-tables/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "The table's situations as a de-identified CSV, for the representatives seated there")
    ResponseEntity<String> csv(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "fr") String lang) {
        return StatisticsController.csvResponse(
                export.csv(who, id, "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH), id);
    }

    @GetMapping(path = "/situation-tables/{id}/situations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The situations of a table the caller sees, latest first, a page at a time (size 1 to 500;"
                    + " the total is in X-Total-Count): their organisation's, and the others from tabling on")
    ResponseEntity<List<SituationLine>> situations(
            @AuthenticationPrincipal VigiePrincipal who,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        SituationLists.LinePage lines = lists.listedAt(who, id, page, Math.max(1, Math.min(size, 500)));
        return ResponseEntity.ok()
                .header("X-Total-Count", Integer.toString(lines.total()))
                .body(lines.lines().stream()
                        .map(line -> new SituationLine(
                                line.id(),
                                line.openedAt(),
                                line.stage().name(),
                                line.type().name(),
                                line.ageBand() == null ? null : line.ageBand().name(),
                                line.gender().name()))
                        .toList());
    }

    @GetMapping(path = "/situations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "One situation's de-identified facts, read as on its page and audited; 404 when the caller may not see it")
    SituationBody situation(@AuthenticationPrincipal VigiePrincipal who, @PathVariable UUID id) {
        Situation situation = situations.get(who, id);
        Map<UUID, String> codes = reference.values(who.communityId(), ReferenceList.RISK_FACTOR).stream()
                .collect(Collectors.toMap(ReferenceValue::id, ReferenceValue::code));
        for (ReferenceList list :
                Set.of(ReferenceList.PROTECTIVE_FACTOR, ReferenceList.SERVICE, ReferenceList.CONCLUSION_REASON)) {
            reference.values(who.communityId(), list).forEach(value -> codes.put(value.id(), value.code()));
        }
        Map<UUID, TeamRole> team = interventions.team(id);
        return new SituationBody(
                situation.id(),
                situation.tableId(),
                situation.originatingOrganizationId(),
                situation.openedAt(),
                situation.stage().name(),
                situation.type().name(),
                situation.ageBand() == null ? null : situation.ageBand().name(),
                situation.gender().name(),
                situation.summary(),
                situation.riskFactorIds().stream().map(codes::get).sorted().toList(),
                situation.protectiveFactorIds().stream()
                        .map(codes::get)
                        .sorted()
                        .toList(),
                situation.decision() == null ? null : situation.decision().criteria(),
                team.entrySet().stream()
                        .filter(member -> member.getValue() == TeamRole.LEAD)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null),
                team.entrySet().stream()
                        .filter(member -> member.getValue() == TeamRole.ASSISTING)
                        .map(Map.Entry::getKey)
                        .toList(),
                interventions.services(id).stream().map(codes::get).sorted().toList(),
                situation.conclusion() == null
                        ? null
                        : codes.get(situation.conclusion().reasonId()),
                situation.conclusion() == null ? null : situation.conclusion().concludedOn());
    }

    private static BreakdownBody body(Breakdown breakdown) {
        return new BreakdownBody(
                breakdown.dimension(),
                breakdown.total().value(),
                breakdown.total().suppressed(),
                breakdown.cells().stream()
                        .map(cell -> new Cell(
                                cell.key(), cell.count().value(), cell.count().suppressed()))
                        .toList());
    }
}
