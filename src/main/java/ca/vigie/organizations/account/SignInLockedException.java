package ca.vigie.organizations.account;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many failed attempts for this username; signing in is refused until the given time. */
class SignInLockedException extends LockedException {

    private final Instant lockedUntil;

    SignInLockedException(Instant lockedUntil) {
        super("Sign-in temporarily locked");
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
