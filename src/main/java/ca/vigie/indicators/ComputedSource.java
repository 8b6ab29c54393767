package ca.vigie.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a computed indicator's values come from: another module counts its own records for a
 * community and a period, suppressing what could single someone out. Its words are under the message
 * key {@code indicators.source.<code>}.
 */
public interface ComputedSource {

    /** A stable code, stored with the indicators computed from this source. */
    String code();

    /** The unit the values are in; only an indicator with that unit may be computed from it. */
    Unit unit();

    /** The value for the period's days, both ends included; empty when suppressed or undefined. */
    Optional<BigDecimal> value(UUID communityId, LocalDate from, LocalDate to);

    /** A source whose value is one reading of the owning module's statistics. */
    static ComputedSource of(String code, Unit unit, Reading reading) {
        return new Read(code, unit, reading);
    }

    /** How a module reads one figure for a community and a period; null when suppressed or undefined. */
    @FunctionalInterface
    interface Reading {
        @Nullable
        Number read(UUID communityId, LocalDate from, LocalDate to);
    }

    /** A source made of a reading. */
    record Read(String code, Unit unit, Reading reading) implements ComputedSource {

        @Override
        public Optional<BigDecimal> value(UUID communityId, LocalDate from, LocalDate to) {
            return Optional.ofNullable(reading.read(communityId, from, to))
                    .map(number -> number instanceof Integer || number instanceof Long
                            ? BigDecimal.valueOf(number.longValue())
                            : BigDecimal.valueOf(number.doubleValue()));
        }
    }
}
