package ca.vigie.organizations.account;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.PasswordPolicy;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.organizations.directory.SessionTerminator;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
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
    private final Clock clock;

    AccountSettings(
            UserAccountRepository users,
            PasswordEncoder passwords,
            SessionTerminator sessions,
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    UserAccount account(VigiePrincipal principal) {
        return users.findById(principal.userId()).orElseThrow();
    }

    /** Changes the password and ends the person's other sessions, which may have been someone else's. */
    @Transactional
    void changePassword(VigiePrincipal principal, String current, String replacement, String keptSessionId) {
        UserAccount account = account(principal);
        if (!passwords.matches(current, account.passwordHash())) {
            throw new RejectedValueException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.violation(replacement, account.username()).ifPresent(violation -> {
            throw new RejectedValueException("newPassword", violation);
        });
        if (passwords.matches(replacement, account.passwordHash())) {
            throw new RejectedValueException("newPassword", "password.unchanged");
        }
        users.save(account.withPassword(passwords.encode(replacement), false, Instant.now(clock)));
        sessions.endOtherSessionsOf(account.username(), keptSessionId);
        audit.record(AuditEntry.by(principal, "PASSWORD_CHANGED", "user", principal.userId()));
    }

    @Transactional
    void checkPassword(VigiePrincipal principal, String current) {
        if (!passwords.matches(current, account(principal).passwordHash())) {
            throw new RejectedValueException("currentPassword", "password.currentWrong");
        }
    }

    @Transactional
    void setPreferredLanguage(UUID userId, String language) {
        jdbc.sql("update user_account set preferred_language = ? where id = ?")
                .params(language, userId)
                .update();
    }
}
