package ca.vigie.system;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as people type it in French or English: spaces group digits, and either a comma
 * or a point marks the decimals. A number holding both is refused as ambiguous.
 */
public final class NumberInput {

    private NumberInput() {}

    public static Optional<BigDecimal> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (compact.isEmpty() || compact.length() > 30) {
            return Optional.empty();
        }
        if (compact.indexOf(',') >= 0 && compact.indexOf('.') >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(compact.replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    public static boolean isBlank(@Nullable String typed) {
        return typed == null || typed.isBlank();
    }
}
