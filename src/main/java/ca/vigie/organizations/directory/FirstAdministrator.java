package ca.vigie.organizations.directory;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditOutcome;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.directory.Organization.OrganizationDetails;
import ca.vigie.organizations.directory.UserAccount.UserDetails;
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first community, its first organisation and its first administrator on an empty
 * database, from the VIGIE_BOOTSTRAP_* settings. The password given is temporary: it must be changed
 * at first sign-in. Does nothing once a community exists.
 */
@Component
@Order(-1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final CommunityRepository communities;
    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final List<String> settings;

    FirstAdministrator(
            CommunityRepository communities,
            OrganizationRepository organizations,
            UserAccountRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords,
            AuditTrail audit,
            CommunityCalendar calendar,
            @Value("${vigie.bootstrap.community-fr:}") String communityFr,
            @Value("${vigie.bootstrap.community-en:}") String communityEn,
            @Value("${vigie.bootstrap.organization-fr:}") String organizationFr,
            @Value("${vigie.bootstrap.organization-en:}") String organizationEn,
            @Value("${vigie.bootstrap.admin-username:}") String username,
            @Value("${vigie.bootstrap.admin-password:}") String password) {
        this.communities = communities;
        this.organizations = organizations;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.audit = audit;
        this.calendar = calendar;
        this.settings = List.of(communityFr, communityEn, organizationFr, organizationEn, username, password);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (settings.stream().allMatch(String::isBlank) || communities.count() > 0) {
            return;
        }
        if (settings.stream().anyMatch(String::isBlank)) {
            throw new IllegalStateException(
                    "To create the first administrator, set all of VIGIE_BOOTSTRAP_COMMUNITY_FR, "
                            + "VIGIE_BOOTSTRAP_COMMUNITY_EN, VIGIE_BOOTSTRAP_ORGANIZATION_FR, VIGIE_BOOTSTRAP_ORGANIZATION_EN, "
                            + "VIGIE_BOOTSTRAP_ADMIN_USERNAME and VIGIE_BOOTSTRAP_ADMIN_PASSWORD");
        }
        String username = settings.get(4).strip();
        String password = settings.get(5);
        PasswordPolicy.violation(password, username).ifPresent(violation -> {
            throw new IllegalStateException("VIGIE_BOOTSTRAP_ADMIN_PASSWORD is refused by the password policy ("
                    + violation + "): use at least " + PasswordPolicy.MIN_LENGTH + " characters");
        });
        Instant now = calendar.now();
        Community community = communities.save(Community.create(settings.get(0), settings.get(1), now));
        Organization organization = organizations.save(Organization.create(
                community.id(), new OrganizationDetails(settings.get(2), settings.get(3), "MUNICIPALITY"), now));
        UserAccount admin = UserAccount.create(
                community.id(),
                new UserDetails(username, null, organization.id()),
                username,
                passwords.encode(password),
                now);
        users.save(admin);
        memberships.save(
                Membership.grant(community.id(), admin.id(), organization.id(), Role.COMMUNITY_ADMIN, now, null));
        audit.record(new AuditEntry(
                community.id(),
                null,
                null,
                null,
                "COMMUNITY_CREATED",
                "community",
                community.id().toString(),
                null,
                AuditOutcome.SUCCESS));
        log.info("Created the first community and its administrator; the password must be changed at first sign-in");
    }
}
