package ca.vigie.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A value of an indicator's series, with the target in force for its period and its status. */
public record ValuePoint(
        LocalDate periodStart, BigDecimal value, @Nullable BigDecimal target, ValueStatus status, UUID valueId) {}
