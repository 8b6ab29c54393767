package ca.vigie.organizations.directory;

import java.util.Locale;
import java.util.Optional;

/**
 * Long passwords over composition rules: at least 12 characters, at most 128, not the username and
 * not one of the passwords that attackers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final java.util.Set<String> COMMON = java.util.Set.of(
            "password1234", "123456789012", "motdepasse12", "qwertyuiopas", "azertyuiopqs", "vigie-demo12");

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks. */
    public static Optional<String> violation(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        boolean containsUsername = username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT));
        if (containsUsername || COMMON.contains(lower)) {
            return Optional.of("password.tooGuessable");
        }
        return Optional.empty();
    }
}
