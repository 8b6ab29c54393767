package ca.vigie.testing;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.tables.SituationTables;
import ca.vigie.testing.TestCommunities.TestCommunity;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/** Situation tables set up as an administrator would, for tests that start where set-up ends. */
@TestComponent
public class TestTables {

    private final SituationTables tables;
    private final TestCommunities communities;

    TestTables(SituationTables tables, TestCommunities communities) {
        this.tables = tables;
        this.communities = communities;
    }

    /** A table of the community whose members are under agreements in force since yesterday, for a year. */
    public UUID table(TestCommunity community, TestCommunity... members) {
        return table(community, "Table de test", "Test table", members);
    }

    /** The same, with the names a browser test looks for. */
    public UUID table(TestCommunity community, String nameFr, String nameEn, TestCommunity... members) {
        VigiePrincipal admin = admin(community);
        UUID tableId = tables.create(admin, nameFr, nameEn, UUID.randomUUID());
        for (TestCommunity member : members) {
            tables.recordAgreement(
                    admin,
                    tableId,
                    member.organization().id(),
                    "ESI-TEST",
                    communities.today().minusDays(1),
                    communities.today().plusYears(1));
        }
        return tableId;
    }

    /** A member whose agreement ended yesterday: seated, but barred from identifying information. */
    public void lapsedMember(TestCommunity community, UUID tableId, TestCommunity member) {
        tables.recordAgreement(
                admin(community),
                tableId,
                member.organization().id(),
                "ESI-LAPSED",
                communities.today().minusYears(3),
                communities.today().minusDays(1));
    }

    /** People seated as representatives of their organisations. */
    public void seat(TestCommunity community, UUID tableId, VigiePrincipal... people) {
        VigiePrincipal admin = admin(community);
        for (VigiePrincipal person : people) {
            tables.addRepresentative(admin, tableId, person.userId());
        }
    }

    /** A person seated and named the table's chair. */
    public void chair(TestCommunity community, UUID tableId, VigiePrincipal chair) {
        VigiePrincipal admin = admin(community);
        tables.addRepresentative(admin, tableId, chair.userId());
        tables.setChair(admin, tableId, chair.userId());
    }

    public java.time.LocalDate today() {
        return communities.today();
    }

    private VigiePrincipal admin(TestCommunity community) {
        return communities.person(community, Role.COMMUNITY_ADMIN);
    }
}
