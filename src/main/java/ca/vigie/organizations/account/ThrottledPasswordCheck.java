package ca.vigie.organizations.account;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditOutcome;
import ca.vigie.audit.AuditTrail;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, refusing at once while the username is locked. Whether an
 * account is disabled is only told after the right password, so that it cannot be probed.
 */
@Component
class ThrottledPasswordCheck implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final Accounts accounts;
    private final AuditTrail audit;

    ThrottledPasswordCheck(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle, AuditTrail audit) {
        this.passwordCheck = new DaoAuthenticationProvider(accounts::forPasswordCheck);
        this.passwordCheck.setPasswordEncoder(passwords);
        this.passwordCheck.setPreAuthenticationChecks(details -> {});
        this.passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            recordFailure(username, "SIGN_IN_REFUSED_LOCKED");
            throw new SignInLockedException(locked.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.reset(username);
            return result;
        } catch (BadCredentialsException wrong) {
            Optional<Instant> lockedNow = throttle.recordFailure(username);
            recordFailure(username, lockedNow.isPresent() ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED");
            if (lockedNow.isPresent()) {
                throw new SignInLockedException(lockedNow.get());
            }
            throw wrong;
        }
    }

    /** Failed attempts name the account only when it exists: a mistyped password is never recorded as a name. */
    private void recordFailure(String username, String action) {
        var account = accounts.findByUsername(username);
        audit.record(new AuditEntry(
                account.map(a -> a.communityId()).orElse(null),
                account.map(a -> a.id()).orElse(null),
                account.map(a -> a.username()).orElse(null),
                account.map(a -> a.organizationId()).orElse(null),
                action,
                "sign-in",
                null,
                null,
                AuditOutcome.FAILURE));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
