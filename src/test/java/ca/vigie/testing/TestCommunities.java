package ca.vigie.testing;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.Community;
import ca.vigie.organizations.directory.CommunityRepository;
import ca.vigie.organizations.directory.Membership;
import ca.vigie.organizations.directory.MembershipRepository;
import ca.vigie.organizations.directory.Organization;
import ca.vigie.organizations.directory.Organization.OrganizationDetails;
import ca.vigie.organizations.directory.OrganizationRepository;
import ca.vigie.organizations.directory.UserAccount;
import ca.vigie.organizations.directory.UserAccount.UserDetails;
import ca.vigie.organizations.directory.UserAccountRepository;
import ca.vigie.system.Authorities;
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates communities, organisations and people for a test, each with unique names. */
@TestComponent
public class TestCommunities {

    public static final String PASSWORD = "correct horse battery";

    private final CommunityRepository communities;
    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final String passwordHash;
    private final CommunityCalendar calendar;
    private final JdbcClient jdbc;

    TestCommunities(
            CommunityCalendar calendar,
            JdbcClient jdbc,
            CommunityRepository communities,
            OrganizationRepository organizations,
            UserAccountRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords) {
        this.communities = communities;
        this.organizations = organizations;
        this.users = users;
        this.memberships = memberships;
        this.passwordHash = passwords.encode(PASSWORD);
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    public record TestCommunity(Community community, Organization organization) {}

    public TestCommunity community() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Community community =
                communities.save(Community.create("Communauté " + suffix, "Community " + suffix, Instant.now()));
        Organization organization = organizations.save(Organization.create(
                community.id(),
                new OrganizationDetails("Organisme " + suffix, "Organisation " + suffix, "COMMUNITY"),
                Instant.now()));
        return new TestCommunity(community, organization);
    }

    /** A community that keeps its calendar in a zone of its own. */
    public TestCommunity community(ZoneId zone) {
        TestCommunity created = community();
        jdbc.sql("update community set time_zone = ? where id = ?")
                .params(zone.getId(), created.community().id())
                .update();
        return created;
    }

    /** Today for the communities that keep the installation's default zone, as most test communities do. */
    public LocalDate today() {
        return LocalDate.ofInstant(calendar.now(), calendar.defaultZone());
    }

    /** Today on a community's own calendar. */
    public LocalDate today(TestCommunity community) {
        return calendar.today(community.community().id());
    }

    /** Another partner organisation of the same community; people made with it belong to it. */
    public TestCommunity partner(TestCommunity where) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organization organization = organizations.save(Organization.create(
                where.community().id(),
                new OrganizationDetails("Partenaire " + suffix, "Partner " + suffix, "HEALTH"),
                Instant.now()));
        return new TestCommunity(where.community(), organization);
    }

    public VigiePrincipal person(TestCommunity where, Role... roles) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UserAccount account = UserAccount.create(
                        where.community().id(),
                        new UserDetails(
                                "Person " + username,
                                username + "@test.vigie.invalid",
                                where.organization().id()),
                        username,
                        passwordHash,
                        Instant.now())
                .withPassword(passwordHash, false, Instant.now());
        users.save(account);
        for (Role role : roles) {
            memberships.save(Membership.grant(
                    where.community().id(), account.id(), where.organization().id(), role, Instant.now(), null));
        }
        return new VigiePrincipal(
                account.id(),
                username,
                account.displayName(),
                where.community().id(),
                where.organization().id(),
                Set.of(roles));
    }

    /** The authentication a fully signed-in session holds. */
    public static Authentication signedIn(VigiePrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
        principal.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
