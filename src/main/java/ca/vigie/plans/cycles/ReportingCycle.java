package ca.vigie.plans.cycles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reporting cycle of a plan: the period reported on and the date updates are due. */
public record ReportingCycle(
        UUID id,
        UUID planId,
        CycleKind kind,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        Instant openedAt,
        @Nullable Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }

    public boolean lateOn(LocalDate day) {
        return day.isAfter(dueDate);
    }
}
