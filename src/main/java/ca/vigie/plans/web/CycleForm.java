package ca.vigie.plans.web;

import ca.vigie.plans.cycles.CycleKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The form that opens a reporting cycle, kept as typed when it comes back with errors. */
record CycleForm(
        @Nullable CycleKind kind,

        @Nullable LocalDate periodStart,

        @Nullable LocalDate periodEnd,

        @Nullable LocalDate dueDate) {

    /** A monthly cycle due in two weeks, what most plans open. */
    static CycleForm suggested(LocalDate today) {
        return new CycleForm(CycleKind.MONTHLY, null, null, today.plusDays(14));
    }
}
