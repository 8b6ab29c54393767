package ca.vigie.organizations.account;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.PasswordPolicy;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.SessionTerminator;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAccountRepository;
import ca.vigie.system.CommunityCalendar;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person changes about their own account. */
@Service
class AccountSettings {

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final SessionTerminator sessions;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final CommunityCalendar calendar;

    AccountSettings(
            UserAccountRepository users,
            PasswordEncoder passwords,
            SessionTerminator sessions,
            JdbcClient jdbc,
            AuditTrail audit,
            SignInThrottle throttle,
            CommunityCalendar calendar) {
        this.throttle = throttle;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    UserAccount account(VigiePrincipal principal) {
        return users.findById(principal.userId()).orElseThrow();
    }

    /** Changes the password and ends the person's other sessions, which may have been someone else's. */
    @Transactional
    void changePassword(VigiePrincipal principal, String current, String replacement, String keptSessionId) {
        UserAccount account = account(principal);
        requireCurrentPassword(account, current);
        PasswordPolicy.violation(replacement, account.username()).ifPresent(violation -> {
            throw new RejectedValueException("newPassword", violation);
        });
        if (passwords.matches(replacement, account.passwordHash())) {
            throw new RejectedValueException("newPassword", "password.unchanged");
        }
        users.save(account.withPassword(passwords.encode(replacement), false, calendar.now()));
        sessions.endOtherSessionsOf(account.username(), keptSessionId);
        audit.record(AuditEntry.by(principal, "PASSWORD_CHANGED", "user", principal.userId()));
    }

    @Transactional
    void checkPassword(VigiePrincipal principal, String current) {
        requireCurrentPassword(account(principal), current);
    }

    /**
     * A password typed inside a session counts against the same throttle as signing in, so a
     * session left open cannot be used to guess the password.
     */
    private void requireCurrentPassword(UserAccount account, String typed) {
        if (throttle.lockedUntil(account.username()).isPresent()) {
            throw new RejectedValueException("currentPassword", "login.error.locked.short");
        }
        if (!passwords.matches(typed, account.passwordHash())) {
            boolean lockedNow = throttle.recordFailure(account.username()).isPresent();
            throw new RejectedValueException(
                    "currentPassword", lockedNow ? "login.error.locked.short" : "password.currentWrong");
        }
    }

    @Transactional
    void setPreferredLanguage(UUID userId, String language) {
        jdbc.sql("update user_account set preferred_language = ? where id = ?")
                .params(language, userId)
                .update();
    }
}
