package ca.vigie.organizations.account;

import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.VigieProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username and locks the username for a while after too many. Unknown
 * usernames are counted and locked the same way, so the lock message does not reveal whether an
 * account exists.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;
    private final int maxFailures;
    private final java.time.Duration lockout;

    SignInThrottle(JdbcClient jdbc, CommunityCalendar calendar, VigieProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.maxFailures = properties.security().login().maxFailures();
        this.lockout = properties.security().login().lockout();
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username) {
        Instant now = calendar.now();
        return jdbc.sql("select locked_until from sign_in_throttle where username_hash = ?")
                .param(key(username))
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp("locked_until")))
                .optional()
                .flatMap(lock -> lock)
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failure and returns the end of the lock if this failure started one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Instant> recordFailure(String username) {
        Instant now = calendar.now();
        Timestamp windowStart = Timestamp.from(now.minus(lockout));
        int failures = jdbc.sql("""
                        insert into sign_in_throttle (username_hash, failures, last_failure_at)
                        values (:key, 1, :now)
                        on conflict (username_hash) do update set
                            failures = case when sign_in_throttle.last_failure_at < :windowStart
                                            then 1 else sign_in_throttle.failures + 1 end,
                            last_failure_at = :now
                        returning failures
                        """)
                .param("key", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", windowStart)
                .query(Integer.class)
                .single();
        if (failures < maxFailures) {
            return Optional.empty();
        }
        Instant until = now.plus(lockout);
        jdbc.sql("update sign_in_throttle set locked_until = ?, failures = 0 where username_hash = ?")
                .params(Timestamp.from(until), key(username))
                .update();
        return Optional.of(until);
    }

    @Transactional
    void reset(String username) {
        jdbc.sql("delete from sign_in_throttle where username_hash = ?")
                .param(key(username))
                .update();
    }

    /** How many of these usernames are locked out now. */
    @Transactional(readOnly = true)
    int lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from sign_in_throttle
                        where username_hash = any(?) and locked_until > ?
                        """)
                .params(
                        usernames.stream().map(SignInThrottle::key).toArray(byte[][]::new),
                        Timestamp.from(calendar.now()))
                .query(Integer.class)
                .single();
    }

    private static byte[] key(String username) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
