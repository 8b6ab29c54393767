package ca.vigie.testing;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What an authenticator app would show for a secret, as a person reading the enrolment page would type it. */
public final class Totp {

    private Totp() {}

    public static String code(String shownSecret, Instant at) {
        try {
            var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30));
            byte[] key = new Base32().decode(shownSecret.replace(" ", ""));
            return String.format(
                    Locale.ROOT,
                    "%06d",
                    generator.generateOneTimePassword(new SecretKeySpec(key, generator.getAlgorithm()), at));
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
