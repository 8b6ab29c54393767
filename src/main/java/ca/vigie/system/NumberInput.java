package ca.vigie.system;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as people type it in French or English: spaces group digits, and either a comma
 * or a point marks the decimals. A number holding both is refused as ambiguous, and so is any other
 * notation (an exponent, hexadecimal) or digits of another script.
 */
public final class NumberInput {

    /** Digits 0 to 9 only, with at most one comma or point: no exponent, no other notation or script. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+([.,][0-9]+)?");

    private NumberInput() {}

    public static Optional<BigDecimal> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (compact.isEmpty() || compact.length() > 30) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(compact).matches()) {
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
