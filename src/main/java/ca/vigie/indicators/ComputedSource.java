package ca.vigie.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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
}
