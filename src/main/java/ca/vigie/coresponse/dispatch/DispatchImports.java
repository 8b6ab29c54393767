package ca.vigie.coresponse.dispatch;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.calls.Dispatched;
import ca.vigie.coresponse.calls.DispatchedCalls;
import ca.vigie.coresponse.calls.FiguresChanged;
import ca.vigie.coresponse.calls.Origin;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.TeamRejection;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.ImportLimits;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.Text;
import java.io.Serial;
import java.io.Serializable;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of dispatch's CSV export, so that no call is typed twice: the lead maps the export's columns
 * once for the team; each import then creates the calls dispatch routed to the team's dyads and keeps
 * every incident of the export (the month's mental-health-related calls), all or nothing. An incident
 * already held changes nothing, so the same file imported twice adds nothing.
 */
@Service
public class DispatchImports {

    public static final int COLUMN_MAX = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DispatchedCalls calls;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final FiguresChanged figures;

    DispatchImports(
            JdbcClient jdbc,
            JdbcTemplate batch,
            DispatchedCalls calls,
            AuditTrail audit,
            CommunityCalendar calendar,
            FiguresChanged figures) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.calls = calls;
        this.audit = audit;
        this.calendar = calendar;
        this.figures = figures;
    }

    /** The team's mapping with the version an edit starts from. */
    public record SavedMapping(DispatchExport.Mapping mapping, int version) {}

    /**
     * What an import did: calls created, calls the team already held, incidents of other units kept. Kept
     * in the session for the page after the import, so serializable.
     */
    public record Report(int created, int alreadyThere, int otherUnits, int incidents) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The problems that stopped an import, by line and column; nothing was saved. */
    public static class ImportRefused extends RuntimeException {

        private final transient List<DispatchExport.Problem> problems;

        ImportRefused(List<DispatchExport.Problem> problems) {
            super("Dispatch import refused: " + problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<DispatchExport.Problem> problems() {
            return problems;
        }
    }

    @Transactional(readOnly = true)
    public Optional<SavedMapping> mapping(Seat lead) {
        requireLead(lead);
        return jdbc.sql("""
                        select incident_column, received_column, dispatched_column, unit_column, version
                        from coresponse_import_mapping where team_id = ?
                        """)
                .param(lead.teamId())
                .query((rs, n) -> new SavedMapping(
                        new DispatchExport.Mapping(
                                rs.getString("incident_column"),
                                rs.getString("received_column"),
                                rs.getString("dispatched_column"),
                                rs.getString("unit_column")),
                        rs.getInt("version")))
                .optional();
    }

    /** Saves the column names, from the version the lead saw (none for the first mapping). */
    @Transactional
    public void map(
            Seat lead,
            @Nullable String incident,
            @Nullable String received,
            @Nullable String dispatched,
            @Nullable String unit,
            @Nullable Integer expectedVersion) {
        requireLead(lead);
        String incidentColumn = column("incidentColumn", incident, true);
        String receivedColumn = column("receivedColumn", received, true);
        String dispatchedColumn = column("dispatchedColumn", dispatched, false);
        String unitColumn = column("unitColumn", unit, true);
        Timestamp now = Timestamp.from(calendar.now());
        int changed = expectedVersion == null
                ? jdbc.sql("""
                                insert into coresponse_import_mapping (team_id, community_id, incident_column,
                                    received_column, dispatched_column, unit_column, updated_at, updated_by)
                                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                                """)
                        .params(
                                lead.teamId(),
                                lead.communityId(),
                                incidentColumn,
                                receivedColumn,
                                dispatchedColumn.isEmpty() ? null : dispatchedColumn,
                                unitColumn,
                                now,
                                lead.person().userId())
                        .update()
                : jdbc.sql("""
                                update coresponse_import_mapping set incident_column = ?, received_column = ?,
                                    dispatched_column = ?, unit_column = ?, updated_at = ?, updated_by = ?,
                                    version = version + 1
                                where team_id = ? and version = ?
                                """)
                        .params(
                                incidentColumn,
                                receivedColumn,
                                dispatchedColumn.isEmpty() ? null : dispatchedColumn,
                                unitColumn,
                                now,
                                lead.person().userId(),
                                lead.teamId(),
                                expectedVersion)
                        .update();
        if (changed == 0) {
            throw new StaleEditException("coresponse_import_mapping");
        }
        audit.record(AuditEntry.by(lead.person(), "CORESPONSE_IMPORT_MAPPED", "coresponse_team", lead.teamId()));
    }

    /**
     * Imports an export read with the team's mapping. Any problem refuses the whole file, with every
     * problem listed; otherwise the team's calls are created and every incident kept, in one transaction.
     */
    @Transactional
    public Report importFile(Seat lead, byte[] content) {
        requireLead(lead);
        if (content.length > ImportLimits.MAX_BYTES) {
            throw new ImportRefused(List.of(new DispatchExport.Problem(0, "", "coresponse.import.error.tooLarge")));
        }
        DispatchExport.Mapping mapping = mapping(lead)
                .map(SavedMapping::mapping)
                .orElseThrow(() -> new TeamRejection("file", "coresponse.import.error.noMapping"));
        Team team = lead.team();
        List<String> units = team.activeDyads().stream().map(Team.Dyad::label).toList();
        DispatchExport.Reading reading =
                DispatchExport.read(content, mapping, calendar.zone(lead.communityId()), calendar.now(), units);
        if (!reading.clean()) {
            throw new ImportRefused(reading.problems());
        }
        List<Dispatched> ours = reading.incidents().stream()
                .filter(call -> DispatchExport.teams(call, units))
                .toList();
        DispatchedCalls.Arrivals arrivals = calls.receiveAll(team, Origin.IMPORT, ours);
        Timestamp now = Timestamp.from(calendar.now());
        batch.batchUpdate(
                """
                insert into coresponse_dispatch_incident
                    (team_id, community_id, incident_number, received_at, by_team, imported_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """,
                reading.incidents().stream()
                        .map(call -> new Object[] {
                            team.id(),
                            team.communityId(),
                            call.incidentNumber().strip(),
                            Timestamp.from(call.receivedAt()),
                            DispatchExport.teams(call, units),
                            now
                        })
                        .toList());
        figures.on(
                team.communityId(),
                reading.incidents().stream().map(Dispatched::receivedAt).toList());
        audit.record(AuditEntry.by(lead.person(), "CORESPONSE_DISPATCH_IMPORTED", "coresponse_team", team.id())
                .withPurpose(arrivals.created() + " calls created"));
        return new Report(
                arrivals.created(),
                arrivals.alreadyThere(),
                reading.incidents().size() - ours.size(),
                reading.incidents().size());
    }

    private static String column(String field, @Nullable String name, boolean required) {
        String clean = name == null ? "" : name.strip();
        if (required && clean.isEmpty()) {
            throw new TeamRejection(field, "validation.required");
        }
        if (Text.hasUnreadable(clean)) {
            throw new TeamRejection(field, "text.unreadable");
        }
        if (clean.length() > COLUMN_MAX) {
            throw new TeamRejection(field, "text.tooLong", COLUMN_MAX);
        }
        return clean;
    }

    private static void requireLead(Seat seat) {
        if (!seat.leads()) {
            throw new AccessDeniedException("Only the team lead imports dispatch's export");
        }
    }
}
