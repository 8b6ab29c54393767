package ca.vigie.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The status of a value given the indicator's direction and tolerance. Higher (lower) is better:
 * on target at or beyond the target, near target within the tolerance (a percentage of the target)
 * short of it. Within a band: on target inside the band, near within the tolerance (a percentage of
 * the band's width) outside it.
 */
public record StatusRule(
        Direction direction,
        BigDecimal tolerancePercent,
        @Nullable BigDecimal bandLow,
        @Nullable BigDecimal bandHigh) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public ValueStatus statusOf(BigDecimal value, @Nullable BigDecimal target) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> target == null ? ValueStatus.NO_TARGET : higher(value, target);
            case LOWER_IS_BETTER -> target == null ? ValueStatus.NO_TARGET : lower(value, target);
            case WITHIN_BAND -> bandLow == null || bandHigh == null ? ValueStatus.NO_TARGET : band(value);
        };
    }

    private ValueStatus higher(BigDecimal value, BigDecimal target) {
        if (value.compareTo(target) >= 0) {
            return ValueStatus.ON_TARGET;
        }
        return value.compareTo(target.subtract(margin(target.abs()))) >= 0
                ? ValueStatus.NEAR_TARGET
                : ValueStatus.OFF_TARGET;
    }

    private ValueStatus lower(BigDecimal value, BigDecimal target) {
        if (value.compareTo(target) <= 0) {
            return ValueStatus.ON_TARGET;
        }
        return value.compareTo(target.add(margin(target.abs()))) <= 0
                ? ValueStatus.NEAR_TARGET
                : ValueStatus.OFF_TARGET;
    }

    private ValueStatus band(BigDecimal value) {
        if (value.compareTo(bandLow) >= 0 && value.compareTo(bandHigh) <= 0) {
            return ValueStatus.ON_TARGET;
        }
        BigDecimal margin = margin(bandHigh.subtract(bandLow));
        boolean near = value.compareTo(bandLow.subtract(margin)) >= 0 && value.compareTo(bandHigh.add(margin)) <= 0;
        return near ? ValueStatus.NEAR_TARGET : ValueStatus.OFF_TARGET;
    }

    private BigDecimal margin(BigDecimal base) {
        return base.multiply(tolerancePercent).divide(HUNDRED, 8, RoundingMode.HALF_UP);
    }
}
