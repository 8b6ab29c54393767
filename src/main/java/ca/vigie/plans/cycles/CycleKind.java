package ca.vigie.plans.cycles;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How a reporting cycle's period is chosen: the last full month, the last full quarter, or given dates. */
public enum CycleKind {
    MONTHLY,
    QUARTERLY,
    CUSTOM;

    /** The last full period before today, for monthly and quarterly cycles. */
    public LocalDate[] lastFullPeriod(LocalDate today) {
        LocalDate thisMonth = today.with(TemporalAdjusters.firstDayOfMonth());
        if (this == QUARTERLY) {
            LocalDate thisQuarter = thisMonth.minusMonths((thisMonth.getMonthValue() - 1) % 3);
            return new LocalDate[] {thisQuarter.minusMonths(3), thisQuarter.minusDays(1)};
        }
        return new LocalDate[] {thisMonth.minusMonths(1), thisMonth.minusDays(1)};
    }
}
