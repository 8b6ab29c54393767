package ca.vigie.complaints.files;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The code an anonymous reporter saves to follow their file: 24 digits made on the server, the first
 * 8 finding the file and the other 16 proving the person holds the code. Only a slow hash of those 16
 * is kept; the code is shown once and never sent anywhere.
 */
public record ReceiptCode(String locator, String secret) {

    static final int LOCATOR_DIGITS = 8;
    static final int SECRET_DIGITS = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    static ReceiptCode generate() {
        return new ReceiptCode(digits(LOCATOR_DIGITS), digits(SECRET_DIGITS));
    }

    /** A code as typed, with or without spaces or dashes; nothing if it is not 24 digits. */
    static Optional<ReceiptCode> parse(String typed) {
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{" + (LOCATOR_DIGITS + SECRET_DIGITS) + "}")) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(digits.substring(0, LOCATOR_DIGITS), digits.substring(LOCATOR_DIGITS)));
    }

    /** The code in groups of four, easier to copy by hand. */
    public String shown() {
        String all = locator + secret;
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < all.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(all, i, i + 4);
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return "ReceiptCode[hidden]";
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
