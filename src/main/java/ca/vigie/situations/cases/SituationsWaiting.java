package ca.vigie.situations.cases;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.organizations.WaitingWork;
import ca.vigie.system.CommunityCalendar;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a person at the situation tables where they represent their organisation, table by
 * table, as counts that name no one: the next meeting, their organisation's situations to bring,
 * disclosures to answer, new team notes, and situations whose risk is lowering that their
 * organisation leads. For the administrator, the agreements about to expire.
 */
@Component
class SituationsWaiting implements WaitingWork {

    /** An agreement this close to its end is the administrator's to renew. */
    static final int AGREEMENT_NOTICE_DAYS = 60;

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    SituationsWaiting(JdbcClient jdbc, OrganizationDirectory directory, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
    }

    private record Table(UUID id, String nameFr, String nameEn) {}

    @Override
    @Transactional(readOnly = true)
    public List<Waiting> waitingFor(VigiePrincipal who) {
        LocalDate today = calendar.today(who.communityId());
        List<Waiting> waiting = new ArrayList<>();
        if (who.has(Role.COMMUNITY_ADMIN)) {
            agreementsExpiring(who, today, waiting);
        }
        Map<UUID, Table> tables = seats(who);
        if (tables.isEmpty()) {
            return waiting;
        }
        UUID[] ids = tables.keySet().toArray(UUID[]::new);
        UUID organization = who.organizationId();
        jdbc.sql("""
                        select table_id, min(held_on) as held_on from situation_meeting
                        where table_id = any(?) and held_on >= ? group by table_id
                        """).params(ids, Date.valueOf(today)).query(rs -> {
            Table table = tables.get(rs.getObject("table_id", UUID.class));
            LocalDate on = rs.getDate("held_on").toLocalDate();
            waiting.add(Waiting.about(
                    Role.Area.SITUATIONS,
                    "home.situations.nextMeeting",
                    1,
                    table.nameFr(),
                    table.nameEn(),
                    on,
                    link(table),
                    on.equals(today)));
        });
        counted(waiting, tables, "home.situations.toTable", true, """
                select table_id, count(*) as n from situation
                where table_id = any(?) and originating_organization_id = ? and stage = 'ORIGINATING'
                group by table_id
                """, ids, organization);
        counted(waiting, tables, "home.situations.disclosures", true, """
                select s.table_id, count(*) as n from situation_disclosure d
                join situation s on s.id = d.situation_id
                where s.table_id = any(?) and d.organization_id = ? and d.answered_at is null
                group by s.table_id
                """, ids, organization);
        Optional<Instant> since = directory.previousSignIn(who.communityId(), who.userId());
        if (since.isPresent()) {
            counted(
                    waiting,
                    tables,
                    "home.situations.notes",
                    false,
                    """
                    select s.table_id, count(*) as n from situation_team_note n
                    join situation s on s.id = n.situation_id
                    join situation_team_member m on m.situation_id = s.id and m.organization_id = ?
                    where s.table_id = any(?) and s.stage in ('INTERVENTION', 'CONCLUDED')
                      and s.details_destroyed_at is null and n.written_at > ? and n.author_id <> ?
                    group by s.table_id
                    """,
                    organization,
                    ids,
                    Timestamp.from(since.get()),
                    who.userId());
        }
        counted(waiting, tables, "home.situations.conclusions", false, """
                select s.table_id, count(*) as n from situation s
                join situation_team_member m on m.situation_id = s.id and m.organization_id = ? and m.team_role = 'LEAD'
                where s.table_id = any(?) and s.stage = 'INTERVENTION'
                  and (select p.status from situation_progress p join situation_meeting held on held.id = p.meeting_id
                       where p.situation_id = s.id order by held.held_on desc limit 1) = 'RISK_LOWERING'
                group by s.table_id
                """, organization, ids);
        return waiting;
    }

    /** The tables where the person represents the organisation they belong to, while it is active. */
    private Map<UUID, Table> seats(VigiePrincipal who) {
        Map<UUID, Table> tables = new LinkedHashMap<>();
        if (!(who.has(Role.TABLE_MEMBER) || who.has(Role.TABLE_CHAIR))
                || !directory.isActiveOrganization(who.communityId(), who.organizationId())) {
            return tables;
        }
        jdbc.sql("""
                        select t.id, t.name_fr, t.name_en from situation_table_representative r
                        join situation_table t on t.id = r.table_id
                        where r.community_id = ? and r.user_id = ? and r.organization_id = ?
                        order by lower(t.name_fr)
                        """)
                .params(who.communityId(), who.userId(), who.organizationId())
                .query(Table.class)
                .list()
                .forEach(table -> tables.put(table.id(), table));
        return tables;
    }

    private void counted(
            List<Waiting> waiting, Map<UUID, Table> tables, String key, boolean urgent, String sql, Object... params) {
        jdbc.sql(sql).params(params).query(rs -> {
            Table table = tables.get(rs.getObject("table_id", UUID.class));
            waiting.add(Waiting.about(
                    Role.Area.SITUATIONS,
                    key,
                    rs.getLong("n"),
                    table.nameFr(),
                    table.nameEn(),
                    null,
                    link(table),
                    urgent));
        });
    }

    /**
     * Agreements lapsed (no identifying detail may reach those members) and those soon to lapse, table
     * by table, from the community's register.
     */
    private void agreementsExpiring(VigiePrincipal who, LocalDate today, List<Waiting> waiting) {
        Map<UUID, OrganizationDirectory.AgreementRef> register = directory.agreements(who.communityId());
        LocalDate horizon = today.plusDays(AGREEMENT_NOTICE_DAYS);
        Map<Table, List<LocalDate>> lapsed = new LinkedHashMap<>();
        Map<Table, List<LocalDate>> lapsing = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.id, t.name_fr, t.name_en, m.organization_id
                        from situation_table_member m join situation_table t on t.id = m.table_id
                        where t.community_id = ? order by lower(t.name_fr)
                        """).param(who.communityId()).query(rs -> {
            Table table = new Table(rs.getObject("id", UUID.class), rs.getString("name_fr"), rs.getString("name_en"));
            OrganizationDirectory.AgreementRef agreement = register.get(rs.getObject("organization_id", UUID.class));
            LocalDate ends = agreement == null ? LocalDate.EPOCH : agreement.expires();
            if (ends.isBefore(today)) {
                lapsed.computeIfAbsent(table, t -> new ArrayList<>()).add(ends);
            } else if (!ends.isAfter(horizon)) {
                lapsing.computeIfAbsent(table, t -> new ArrayList<>()).add(ends);
            }
        });
        lapsed.forEach((table, ends) -> waiting.add(agreements("home.admin.agreementsLapsed", table, ends, true)));
        lapsing.forEach((table, ends) -> waiting.add(agreements("home.admin.agreements", table, ends, false)));
    }

    private static Waiting agreements(String key, Table table, List<LocalDate> ends, boolean urgent) {
        return Waiting.about(
                Role.Area.ADMINISTRATION,
                key,
                ends.size(),
                table.nameFr(),
                table.nameEn(),
                ends.stream().min(LocalDate::compareTo).orElseThrow(),
                "/admin/situation-tables/" + table.id(),
                urgent);
    }

    private static String link(Table table) {
        return "/situation-tables/" + table.id();
    }
}
