package ca.vigie.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time, unless a test fixes the instant for its own thread.
 * Tests share one application and may run side by side, so a fixed instant never leaks into another
 * test's thread; requests made through MockMvc run on the test's thread and see it.
 */
public final class TestClock extends Clock {

    private static final ThreadLocal<Instant> FIXED = new ThreadLocal<>();

    /** Runs a piece of a test with the application's clock stopped at an instant. */
    public static void at(Instant instant, Runnable steps) {
        Instant before = FIXED.get();
        FIXED.set(instant);
        try {
            steps.run();
        } finally {
            if (before == null) {
                FIXED.remove();
            } else {
                FIXED.set(before);
            }
        }
    }

    /**
     * Today's wall-clock time in a zone, as an instant: 23:30 in Toronto is already tomorrow in UTC,
     * and 00:30 in Toronto is still yesterday in Winnipeg.
     */
    public static Instant todayAt(ZoneId zone, LocalTime time) {
        return LocalDate.now(zone).atTime(time).atZone(zone).toInstant();
    }

    @Override
    public Instant instant() {
        Instant fixed = FIXED.get();
        return fixed != null ? fixed : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application asks its calendar for a community's zone");
    }

    /** Puts this clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        Clock testClock() {
            return new TestClock();
        }
    }
}
