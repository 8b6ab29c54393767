package ca.vigie.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;

/**
 * The secret of an API token, personal or a team's: 160 random bits after a prefix that says which kind
 * it is, and the SHA-256 digest that is all Vigie keeps of it.
 */
public final class ApiTokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {}

    public static String newToken(String prefix) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return prefix + new Base32().encodeToString(secret).replace("=", "").toLowerCase(Locale.ROOT);
    }

    public static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
