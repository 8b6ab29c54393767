package ca.vigie.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code vigie.*}; see the README for their environment variables. */
@ConfigurationProperties("vigie")
public record VigieProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue Encryption encryption,
        @DefaultValue Demo demo,
        @DefaultValue("America/Toronto") ZoneId zone,
        @DefaultValue Security security) {

    public record Db(
            @DefaultValue("") String url,
            @DefaultValue("") String user,
            @DefaultValue("") String password,
            @DefaultValue Embedded embedded) {

        public boolean external() {
            return !url.isBlank();
        }
    }

    /**
     * The embedded server. It waits for the disk on every commit ({@code durable}) unless told
     * otherwise: only the tests' throwaway database is set up without, by test configuration.
     */
    public record Embedded(
            @DefaultValue("0") int port,
            @DefaultValue("true") boolean durable) {}

    public record Encryption(@DefaultValue("") String keysetFile) {}

    /** Demo mode when set; when not set, on for the embedded database and off for an external one. */
    public record Demo(@Nullable Boolean enabled) {}

    public record Security(
            @DefaultValue Session session, @DefaultValue Login login) {

        public record Session(
                @DefaultValue("30m") Duration idleTimeout,
                @DefaultValue("10h") Duration absoluteTimeout) {}

        public record Login(
                @DefaultValue("5") int maxFailures,
                @DefaultValue("15m") Duration lockout) {}
    }

    public boolean demoMode() {
        return demo.enabled() != null ? demo.enabled() : !db.external();
    }

    /** Multi-factor authentication is required for sensitive roles whenever demo mode is off. */
    public boolean mfaEnforced() {
        return !demoMode();
    }
}
