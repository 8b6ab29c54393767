package ca.vigie.situations.cases;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.situations.tables.SituationTables;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a person sits at the situation tables, and what that seat lets them see of a situation: the
 * organisation they represent, whether it opened the situation, received its details or is on its
 * team, and whether they chair the table. Worked out from the seat, under agreements in force today.
 */
@Service
public class SituationAccess {

    private final JdbcClient jdbc;
    private final SituationTables tables;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    SituationAccess(
            JdbcClient jdbc, SituationTables tables, OrganizationDirectory directory, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** Where a person sits: the tables they represent an organisation at, with a table role. */
    @Transactional(readOnly = true)
    public List<Seat> seats(VigiePrincipal who) {
        if (!holdsTableRole(who)) {
            return List.of();
        }
        // A seat counts only for the organisation the person belongs to now, and while it is active.
        return tables.tablesWithRepresentative(who.communityId(), who.userId()).stream()
                .flatMap(table -> table.representatives().stream()
                        .filter(r -> r.userId().equals(who.userId()))
                        .filter(r -> r.organizationId().equals(who.organizationId()))
                        .filter(r -> directory.isActiveOrganization(who.communityId(), r.organizationId()))
                        .map(r -> new Seat(table, r.organizationId())))
                .toList();
    }

    /** A table and the organisation a person represents there. */
    public record Seat(SituationTable table, UUID organizationId) {}

    @Transactional(readOnly = true)
    public Seat seat(VigiePrincipal who, UUID tableId) {
        return seats(who).stream()
                .filter(seat -> seat.table().id().equals(tableId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Situation table"));
    }

    /**
     * Whether the identifying details were revealed at filter 3 to the organisation the person
     * represents, and its agreement is still in force today.
     */
    @Transactional(readOnly = true)
    public boolean disclosedToSeat(VigiePrincipal who, Situation situation) {
        return seatListed(who, situation, """
                select exists (select 1 from situation_disclosure where situation_id = ? and organization_id = ?)
                """);
    }

    /**
     * Whether the person represents an organisation of the situation's intervention team, under an
     * agreement in force today.
     */
    @Transactional(readOnly = true)
    public boolean onTeam(VigiePrincipal who, Situation situation) {
        return seatListed(who, situation, """
                select exists (select 1 from situation_team_member where situation_id = ? and organization_id = ?)
                """);
    }

    /** Whether the organisation the person represents at the situation's table, under an agreement in force, is listed. */
    private boolean seatListed(VigiePrincipal who, Situation situation, String listedSql) {
        return seats(who).stream()
                .filter(seat -> seat.table().id().equals(situation.tableId()))
                .filter(seat -> seat.table()
                        .mayReceiveIdentifyingInformation(seat.organizationId(), calendar.today(who.communityId())))
                .anyMatch(seat -> jdbc.sql(listedSql)
                        .params(situation.id(), seat.organizationId())
                        .query(Boolean.class)
                        .single());
    }

    /** Whether the person represents the organisation that opened the situation. */
    @Transactional(readOnly = true)
    public boolean isOriginating(VigiePrincipal who, Situation situation) {
        return seats(who).stream()
                .anyMatch(seat -> seat.table().id().equals(situation.tableId())
                        && seat.organizationId().equals(situation.originatingOrganizationId()));
    }

    /** Whether the person chairs the table: the table's chair, seated there, with the chair's role. */
    @Transactional(readOnly = true)
    public boolean isChair(VigiePrincipal who, UUID tableId) {
        Seat seat = seat(who, tableId);
        return who.has(Role.TABLE_CHAIR) && who.userId().equals(seat.table().chairUserId());
    }

    private static boolean holdsTableRole(VigiePrincipal who) {
        return who.has(Role.TABLE_MEMBER) || who.has(Role.TABLE_CHAIR);
    }
}
