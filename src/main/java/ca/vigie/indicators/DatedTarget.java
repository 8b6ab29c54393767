package ca.vigie.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A target value to reach by a date. */
public record DatedTarget(LocalDate date, BigDecimal value) {

    /**
     * The target in force for a period: the first one dated on or after the period's start, or, once
     * every target date has passed, the last one.
     */
    public static @Nullable BigDecimal inForce(List<DatedTarget> targets, LocalDate period) {
        return targets.stream()
                .filter(target -> !target.date().isBefore(period))
                .min(Comparator.comparing(DatedTarget::date))
                .or(() -> targets.stream().max(Comparator.comparing(DatedTarget::date)))
                .map(DatedTarget::value)
                .orElse(null);
    }
}
