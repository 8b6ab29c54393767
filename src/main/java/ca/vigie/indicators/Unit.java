package ca.vigie.indicators;

import java.math.BigDecimal;
import java.util.Optional;

/** What an indicator counts, and which values make sense for it. */
public enum Unit {
    COUNT(0, BigDecimal.ZERO, null),
    PERCENT(1, BigDecimal.ZERO, new BigDecimal(100)),
    RATE_PER_1000(2, BigDecimal.ZERO, null),
    RATE_PER_100000(1, BigDecimal.ZERO, null),
    CURRENCY(2, BigDecimal.ZERO, null),
    DAYS(1, BigDecimal.ZERO, null),
    HOURS(1, BigDecimal.ZERO, null),
    MINUTES(0, BigDecimal.ZERO, null),
    SCORE(2, null, null);

    private final int decimals;
    private final BigDecimal min;
    private final BigDecimal max;

    Unit(int decimals, BigDecimal min, BigDecimal max) {
        this.decimals = decimals;
        this.min = min;
        this.max = max;
    }

    public int decimals() {
        return decimals;
    }

    /** The message key of the first rule this value breaks for the unit, if any. */
    /** Values are stored with fourteen digits before the decimal point. */
    private static final BigDecimal LARGEST = new BigDecimal("1E14");

    public Optional<String> violation(BigDecimal value) {
        if (decimals == 0 && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("indicators.value.wholeNumber");
        }
        if (value.stripTrailingZeros().scale() > Math.max(decimals, 4)) {
            return Optional.of("indicators.value.tooPrecise");
        }
        if (value.abs().compareTo(LARGEST) >= 0) {
            return Optional.of("indicators.value.tooLarge");
        }
        if (min != null && value.compareTo(min) < 0) {
            return Optional.of("indicators.value.negative");
        }
        if (max != null && value.compareTo(max) > 0) {
            return Optional.of("indicators.value.overHundred");
        }
        return Optional.empty();
    }
}
