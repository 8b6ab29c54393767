package ca.vigie.organizations.account;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.Membership;
import ca.vigie.organizations.directory.MembershipRepository;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAccountRepository;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for signing in, with the roles their memberships grant. */
@Component
class Accounts {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;

    Accounts(UserAccountRepository users, MembershipRepository memberships) {
        this.users = users;
        this.memberships = memberships;
    }

    /** The account behind a username, for the password check only. */
    @Transactional(readOnly = true)
    UserDetails forPasswordCheck(String username) {
        UserAccount account = users.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown username"));
        return new AccountDetails(principalOf(account), account.passwordHash(), account.enabled());
    }

    @Transactional(readOnly = true)
    Optional<UserAccount> find(UUID userId) {
        return users.findById(userId);
    }

    @Transactional(readOnly = true)
    Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username.strip());
    }

    @Transactional(readOnly = true)
    VigiePrincipal principalOf(UserAccount account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        memberships.findByUserId(account.id()).stream().map(Membership::role).forEach(roles::add);
        return new VigiePrincipal(
                account.id(),
                account.username(),
                account.displayName(),
                account.communityId(),
                account.organizationId(),
                Set.copyOf(roles));
    }
}
