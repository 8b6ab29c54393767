package ca.vigie.demo;

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
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The fictional community's organisations and the people who sign in to it. All names are invented. */
@Component
class DemoPeople {

    static final String PASSWORD = "vigie-demo";

    private record DemoOrganization(String key, String nameFr, String nameEn, String sector) {}

    private record DemoAccount(String username, String displayName, String organization, List<Role> roles) {}

    private static final List<DemoOrganization> ORGANIZATIONS = List.of(
            new DemoOrganization(
                    "police", "Service de police de Baie-des-Hérons", "Heron Bay Police Service", "POLICE"),
            new DemoOrganization(
                    "health",
                    "Centre de santé et de services sociaux de la Baie",
                    "Bay Health and Social Services Centre",
                    "HEALTH"),
            new DemoOrganization(
                    "family", "Services à la famille des Deux-Rives", "Two Shores Family Services", "CHILD_FAMILY"),
            new DemoOrganization("school", "Conseil scolaire du Littoral", "Shoreline School Board", "EDUCATION"),
            new DemoOrganization("city", "Ville de Baie-des-Hérons", "City of Heron Bay", "MUNICIPALITY"),
            new DemoOrganization("housing", "Office d'habitation de la Baie", "Bay Housing Authority", "HOUSING"),
            new DemoOrganization(
                    "house", "Maison de quartier Les Quais", "The Wharves Neighbourhood House", "COMMUNITY"),
            new DemoOrganization(
                    "victims", "Centre d'aide aux victimes de la Baie", "Bay Victim Support Centre", "VICTIM_SERVICES"),
            new DemoOrganization(
                    "office",
                    "Bureau indépendant pour un milieu de travail sûr",
                    "Independent Safe Workplace Office",
                    "OTHER"));

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Nadia Ferland", "city", List.of(Role.COMMUNITY_ADMIN)),
            new DemoAccount(
                    "coordinator", "Samuel Okafor", "city", List.of(Role.PLAN_COORDINATOR, Role.CORESPONSE_STEERING)),
            new DemoAccount("owner", "Émilie Tremblay-Roy", "house", List.of(Role.PLAN_OWNER)),
            new DemoAccount("chair", "Louis Gagnon", "family", List.of(Role.TABLE_CHAIR, Role.TABLE_MEMBER)),
            new DemoAccount(
                    "police", "Sgt Maya Whitecloud", "police", List.of(Role.TABLE_MEMBER, Role.CORESPONSE_OFFICER)),
            new DemoAccount("health", "Julien Desrosiers", "health", List.of(Role.TABLE_MEMBER, Role.CORESPONSE_LEAD)),
            new DemoAccount("office", "Priya Raman", "office", List.of(Role.OFFICE_INTAKE)),
            new DemoAccount("investigator", "Marc-André Bélanger", "office", List.of(Role.INVESTIGATOR)),
            new DemoAccount("auditor", "Hélène Carrier", "city", List.of(Role.AUDITOR)),
            new DemoAccount("employee", "Kevin Lachance", "police", List.of(Role.EMPLOYEE)));

    private final CommunityRepository communities;
    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final CommunityCalendar calendar;

    DemoPeople(
            CommunityRepository communities,
            OrganizationRepository organizations,
            UserAccountRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords,
            CommunityCalendar calendar) {
        this.communities = communities;
        this.organizations = organizations;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.calendar = calendar;
    }

    /** Whether the database holds no community yet, the only time the demo is built. */
    boolean empty() {
        return communities.count() == 0;
    }

    static List<String> usernames() {
        return ACCOUNTS.stream().map(DemoAccount::username).toList();
    }

    DemoCommunity create() {
        Instant now = calendar.now();
        Community community = communities.save(Community.create("Baie-des-Hérons", "Heron Bay", now));
        Map<String, Organization> byKey = new LinkedHashMap<>();
        for (DemoOrganization demo : ORGANIZATIONS) {
            Organization organization = Organization.create(
                    community.id(), new OrganizationDetails(demo.nameFr(), demo.nameEn(), demo.sector()), now);
            byKey.put(demo.key(), organizations.save(organization));
        }
        // One hash for every demo account: they share a published password anyway.
        String hash = passwords.encode(PASSWORD);
        Map<String, VigiePrincipal> people = new LinkedHashMap<>();
        for (DemoAccount demo : ACCOUNTS) {
            Organization organization = byKey.get(demo.organization());
            UserAccount account = UserAccount.create(
                            community.id(),
                            new UserDetails(
                                    demo.displayName(), demo.username() + "@demo.vigie.invalid", organization.id()),
                            demo.username(),
                            hash,
                            now)
                    .withPassword(hash, false, now);
            users.save(account);
            for (Role role : demo.roles()) {
                memberships.save(Membership.grant(community.id(), account.id(), organization.id(), role, now, null));
            }
            people.put(
                    demo.username(),
                    new VigiePrincipal(
                            account.id(),
                            demo.username(),
                            demo.displayName(),
                            community.id(),
                            organization.id(),
                            Set.copyOf(demo.roles())));
        }
        Map<String, UUID> organizationIds = new LinkedHashMap<>();
        byKey.forEach((key, organization) -> organizationIds.put(key, organization.id()));
        return new DemoCommunity(community.id(), people, organizationIds);
    }
}
