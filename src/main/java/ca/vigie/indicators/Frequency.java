package ca.vigie.indicators;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often an indicator is measured; each value belongs to a period that starts on a set day. */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    ANNUAL(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** The first day of the period holding the date. */
    public LocalDate periodOf(LocalDate date) {
        LocalDate month = date.with(TemporalAdjusters.firstDayOfMonth());
        int offset = (month.getMonthValue() - 1) % months;
        return month.minusMonths(offset);
    }

    public boolean isPeriodStart(LocalDate date) {
        return periodOf(date).equals(date);
    }

    public LocalDate next(LocalDate periodStart) {
        return periodStart.plusMonths(months);
    }

    public LocalDate previous(LocalDate periodStart) {
        return periodStart.minusMonths(months);
    }
}
