package ca.vigie.complaints.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An office's complaints received in a period, in aggregates only: counts by type, stage,
 * organisation, jurisdiction and closure reason, time to resolve, the share of deadlines met, and the
 * informal services given outside any file, by kind, with how many became complaints.
 * A null count is hidden because it is small, or could be worked out from others.
 */
public record OfficeStatistics(
        UUID officeId,
        LocalDate from,
        LocalDate to,
        @Nullable Integer received,
        Map<String, @Nullable Integer> byType,
        Map<String, @Nullable Integer> byStage,
        Map<UUID, @Nullable Integer> byOrganization,
        Map<String, @Nullable Integer> byJurisdiction,
        Map<String, @Nullable Integer> byClosureReason,
        @Nullable Integer resolved,
        @Nullable Double averageDaysToResolve,
        @Nullable Double medianDaysToResolve,
        @Nullable Integer deadlinesDue,
        @Nullable Integer deadlinesMetPercent,
        Map<String, @Nullable Integer> informalServices,
        @Nullable Integer informalTurnedIntoComplaints) {}
