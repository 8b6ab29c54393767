package ca.vigie.organizations.account;

import ca.vigie.organizations.VigiePrincipal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the password check needs to know about an account. It lives only for the sign-in request;
 * the session keeps the {@link VigiePrincipal} instead.
 */
final class AccountDetails implements UserDetails, CredentialsContainer {

    private final VigiePrincipal principal;
    private @Nullable String passwordHash;
    private final boolean enabled;

    AccountDetails(VigiePrincipal principal, String passwordHash, boolean enabled) {
        this.principal = principal;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    VigiePrincipal principal() {
        return principal;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountDetails[" + principal.userId() + "]";
    }
}
