package ca.vigie.organizations.account;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditOutcome;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAccountRepository;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-based one-time passwords (RFC 6238: 30-second steps, six digits) and single-use recovery
 * codes. Secrets are encrypted at rest; a code is accepted once, within one step of the clock.
 */
@Service
class SecondFactor {

    static final int RECOVERY_CODE_COUNT = 10;
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String SECRET_FIELD = "user_account.mfa_secret:";
    private static final String PENDING_FIELD = "session.pending_mfa_secret:";

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP);
    private final SecureRandom random = new SecureRandom();
    private final UserAccountRepository users;
    private final FieldEncryption encryption;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    SecondFactor(
            UserAccountRepository users,
            FieldEncryption encryption,
            JdbcClient jdbc,
            AuditTrail audit,
            CommunityCalendar calendar) {
        this.users = users;
        this.encryption = encryption;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A fresh secret, in the Base32 form authenticator apps expect. */
    String newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** A secret awaiting confirmation waits in the session, which is stored in the database: sealed. */
    byte[] sealPending(VigiePrincipal principal, String secret) {
        return encryption.encrypt(secret, PENDING_FIELD + principal.userId());
    }

    String openPending(VigiePrincipal principal, byte[] sealed) {
        return encryption.decrypt(sealed, PENDING_FIELD + principal.userId());
    }

    String otpauthUri(String secret, String username) {
        String label = java.net.URLEncoder.encode("Vigie:" + username, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Vigie&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * Confirms a pending secret with a code from the app, then stores it and returns the recovery
     * codes; empty when the code is wrong (the failure is recorded, not rolled back).
     */
    @Transactional
    Optional<List<String>> enrol(VigiePrincipal principal, String secret, String code) {
        if (matchingStep(secret, code) < 0) {
            audit.record(AuditEntry.by(principal, "MFA_ENROLMENT_FAILED", "user", principal.userId())
                    .withOutcome(AuditOutcome.FAILURE));
            return Optional.empty();
        }
        UserAccount account = users.findById(principal.userId()).orElseThrow();
        byte[] encrypted = encryption.encrypt(secret, SECRET_FIELD + account.id());
        users.save(account.withMfa(encrypted, true, calendar.now()));
        List<String> codes = replaceRecoveryCodes(account);
        audit.record(AuditEntry.by(principal, "MFA_ENROLLED", "user", principal.userId()));
        return Optional.of(codes);
    }

    /** Checks a code at sign-in: a one-time password, or else an unused recovery code. */
    @Transactional
    boolean verify(VigiePrincipal principal, String code) {
        UserAccount account = users.findById(principal.userId()).orElseThrow();
        if (!account.mfaEnabled() || account.mfaSecret() == null) {
            return false;
        }
        String secret = encryption.decrypt(account.mfaSecret(), SECRET_FIELD + account.id());
        long step = matchingStep(secret, code);
        if (step >= 0 && claimStep(account, step)) {
            audit.record(AuditEntry.by(principal, "MFA_CODE_ACCEPTED", "user", principal.userId()));
            return true;
        }
        if (useRecoveryCode(account, code)) {
            audit.record(AuditEntry.by(principal, "MFA_RECOVERY_CODE_USED", "user", principal.userId()));
            return true;
        }
        audit.record(AuditEntry.by(principal, "MFA_CODE_REJECTED", "user", principal.userId())
                .withOutcome(AuditOutcome.FAILURE));
        return false;
    }

    @Transactional
    void disable(VigiePrincipal principal) {
        UserAccount account = users.findById(principal.userId()).orElseThrow();
        users.save(account.withMfa(null, false, calendar.now()));
        jdbc.sql("delete from mfa_recovery_code where user_id = ?")
                .param(account.id())
                .update();
        audit.record(AuditEntry.by(principal, "MFA_DISABLED", "user", principal.userId()));
    }

    @Transactional(readOnly = true)
    int unusedRecoveryCodes(VigiePrincipal principal) {
        return jdbc.sql("select count(*) from mfa_recovery_code where user_id = ? and used_at is null")
                .param(principal.userId())
                .query(Integer.class)
                .single();
    }

    /** The time step the code belongs to (current, previous or next), or -1. */
    long matchingStep(String secret, String code) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return -1;
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        Instant now = calendar.now();
        for (int offset = -1; offset <= 1; offset++) {
            Instant at = now.plus(STEP.multipliedBy(offset));
            try {
                String expected = String.format(Locale.ROOT, "%06d", totp.generateOneTimePassword(key, at));
                if (MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
                    return at.getEpochSecond() / STEP.getSeconds();
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("Second-factor secret unusable", e);
            }
        }
        return -1;
    }

    /** A code is good for one sign-in: a replay within its 30 seconds is refused. */
    private boolean claimStep(UserAccount account, long step) {
        return jdbc.sql("""
                                update user_account set mfa_last_used_step = :step
                                where id = :id and (mfa_last_used_step is null or mfa_last_used_step < :step)
                                """).param("step", step).param("id", account.id()).update() == 1;
    }

    private List<String> replaceRecoveryCodes(UserAccount account) {
        jdbc.sql("delete from mfa_recovery_code where user_id = ?")
                .param(account.id())
                .update();
        Base32 base32 = new Base32();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
            byte[] bytes = new byte[8];
            random.nextBytes(bytes);
            String raw = base32.encodeToString(bytes).substring(0, 12).toLowerCase(Locale.ROOT);
            String code = raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12);
            jdbc.sql("insert into mfa_recovery_code (user_id, community_id, code_hash) values (?, ?, ?)")
                    .params(account.id(), account.communityId(), hash(code))
                    .update();
            codes.add(code);
        }
        return codes;
    }

    private boolean useRecoveryCode(UserAccount account, String code) {
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}")) {
            return false;
        }
        return jdbc.sql("""
                                update mfa_recovery_code set used_at = now()
                                where user_id = ? and code_hash = ? and used_at is null
                                """).params(account.id(), hash(normalised)).update() == 1;
    }

    /** Recovery codes carry 60 random bits, so a plain digest is enough to keep them unreadable. */
    private static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
