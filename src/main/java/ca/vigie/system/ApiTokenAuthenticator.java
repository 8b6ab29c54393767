package ca.vigie.system;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** Turns a personal access token into the authentication of its owner, when it is valid. */
public interface ApiTokenAuthenticator {

    Optional<Authentication> authenticate(String token);
}
