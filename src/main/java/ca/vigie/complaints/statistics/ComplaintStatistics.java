package ca.vigie.complaints.statistics;

import ca.vigie.complaints.files.ComplaintSettings;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.Deadline;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's aggregates, computed from the files' de-identified columns (types, dates, stages,
 * steps, closure) and never from what a file says. Offered to the office's analysts and lead, to
 * the API, to the federal annual report and to computed indicators, always with small counts hidden.
 */
@Service
public class ComplaintStatistics {

    private final JdbcClient jdbc;
    private final ComplaintOffices offices;
    private final ComplaintSettings settings;
    private final CommunityCalendar calendar;

    ComplaintStatistics(
            JdbcClient jdbc, ComplaintOffices offices, ComplaintSettings settings, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.settings = settings;
        this.calendar = calendar;
    }

    /** The offices whose aggregates a person reads: those where they are analyst or lead. */
    @Transactional(readOnly = true)
    public List<ComplaintOffice> officesReadBy(VigiePrincipal who) {
        return offices.staffedBy(who.communityId(), who.userId()).stream()
                .filter(o -> o.rolesOf(who.userId()).contains(StaffRole.ANALYST)
                        || o.rolesOf(who.userId()).contains(StaffRole.OFFICE_LEAD))
                .toList();
    }

    /** An office's aggregates for someone who may read them; to anyone else the office does not exist. */
    @Transactional(readOnly = true)
    public OfficeStatistics forReader(VigiePrincipal who, UUID officeId, LocalDate from, LocalDate to) {
        ComplaintOffice office = officesReadBy(who).stream()
                .filter(o -> o.id().equals(officeId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Complaint office"));
        return of(office, from, to);
    }

    @Transactional(readOnly = true)
    public ComplaintOffice readable(VigiePrincipal who, UUID officeId) {
        return officesReadBy(who).stream()
                .filter(o -> o.id().equals(officeId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Complaint office"));
    }

    record Row(
            UUID id,
            UUID organizationId,
            Jurisdiction jurisdiction,
            String[] types,
            Stage stage,
            LocalDate receivedOn,
            @Nullable ClosureReason closure) {}

    OfficeStatistics of(ComplaintOffice office, LocalDate from, LocalDate to) {
        List<Row> rows = rows("office_id = ?", office.id(), from, to);
        SmallCounts small = new SmallCounts(settings.smallestCount());
        Map<String, Integer> byType = new LinkedHashMap<>();
        Map<String, Integer> byStage = new LinkedHashMap<>();
        Map<UUID, Integer> byOrganization = new LinkedHashMap<>();
        Map<String, Integer> byJurisdiction = new LinkedHashMap<>();
        Map<String, Integer> byClosure = new LinkedHashMap<>();
        Arrays.stream(ca.vigie.complaints.intake.ComplaintType.values()).forEach(t -> byType.put(t.name(), 0));
        Arrays.stream(Stage.values()).forEach(s -> byStage.put(s.name(), 0));
        office.served().forEach(s -> byOrganization.put(s.organizationId(), 0));
        office.served().forEach(s -> byJurisdiction.putIfAbsent(s.jurisdiction().name(), 0));
        Arrays.stream(ClosureReason.values()).forEach(r -> byClosure.put(r.name(), 0));
        for (Row row : rows) {
            Arrays.stream(row.types()).forEach(t -> byType.merge(t, 1, Integer::sum));
            byStage.merge(row.stage().name(), 1, Integer::sum);
            byOrganization.merge(row.organizationId(), 1, Integer::sum);
            byJurisdiction.merge(row.jurisdiction().name(), 1, Integer::sum);
            if (row.closure() != null) {
                byClosure.merge(row.closure().name(), 1, Integer::sum);
            }
        }
        Map<UUID, FileHistory> histories = histories(rows);
        List<Long> days = new ArrayList<>();
        int due = 0;
        int met = 0;
        LocalDate today = calendar.today(office.communityId());
        for (Row row : rows) {
            FileHistory history = histories.get(row.id());
            if (history.closedOn() != null) {
                days.add(ChronoUnit.DAYS.between(row.receivedOn(), history.closedOn()));
            }
            for (Deadline deadline : Deadlines.of(history, today)) {
                Deadline.State state = deadline.state(today);
                if (state != Deadline.State.DUE) {
                    due++;
                    met += state == Deadline.State.MET ? 1 : 0;
                }
            }
        }
        Integer resolved = small.count(days.size());
        boolean timesShown = resolved != null && !days.isEmpty();
        Map<String, @Nullable Integer> organizations = small.breakdown(
                byOrganization.entrySet().stream()
                        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey().toString(), e.getValue()), Map::putAll),
                true);
        Map<UUID, @Nullable Integer> byOrganizationShown = new LinkedHashMap<>();
        organizations.forEach((key, value) -> byOrganizationShown.put(UUID.fromString(key), value));
        Map<String, Integer> informal = informalByKind(office, from, to);
        return new OfficeStatistics(
                office.id(),
                from,
                to,
                small.count(rows.size()),
                small.breakdown(byType, false),
                small.breakdown(byStage, true),
                byOrganizationShown,
                small.breakdown(byJurisdiction, true),
                small.breakdown(byClosure, true),
                resolved,
                timesShown ? days.stream().mapToLong(Long::longValue).average().orElse(0) : null,
                timesShown ? median(days) : null,
                small.count(due),
                small.share(met, due),
                small.breakdown(informal, false),
                small.part(
                        informalTurnedIntoComplaints(office, from, to),
                        informal.values().stream().mapToInt(Integer::intValue).sum()));
    }

    private Map<String, Integer> informalByKind(ComplaintOffice office, LocalDate from, LocalDate to) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Arrays.stream(InformalKind.values()).forEach(k -> byKind.put(k.name(), 0));
        jdbc.sql("""
                        select kind, count(*) as given from complaint_informal_service
                        where office_id = ? and provided_on between ? and ? group by kind
                        """)
                .params(office.id(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> byKind.put(rs.getString("kind"), rs.getInt("given")))
                .list();
        return byKind;
    }

    private int informalTurnedIntoComplaints(ComplaintOffice office, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) from complaint_informal_service
                        where office_id = ? and provided_on between ? and ? and file_id is not null
                        """)
                .params(office.id(), Date.valueOf(from), Date.valueOf(to))
                .query(Integer.class)
                .single();
    }

    /** For computed indicators: complaints a community's offices received in a period, hidden when small. */
    @Transactional(readOnly = true)
    public @Nullable Integer receivedBy(UUID communityId, LocalDate from, LocalDate to) {
        return new SmallCounts(settings.smallestCount())
                .count(rows("community_id = ?", communityId, from, to).size());
    }

    /** For computed indicators: the share of the community's deadlines fallen due that were met on time. */
    @Transactional(readOnly = true)
    public @Nullable Integer deadlinesMetShare(UUID communityId, LocalDate from, LocalDate to) {
        List<Row> rows = rows("community_id = ?", communityId, from, to);
        Map<UUID, FileHistory> histories = histories(rows);
        LocalDate today = calendar.today(communityId);
        int due = 0;
        int met = 0;
        for (Row row : rows) {
            for (Deadline deadline : Deadlines.of(histories.get(row.id()), today)) {
                if (deadline.state(today) != Deadline.State.DUE) {
                    due++;
                    met += deadline.state(today) == Deadline.State.MET ? 1 : 0;
                }
            }
        }
        return new SmallCounts(settings.smallestCount()).share(met, due);
    }

    private List<Row> rows(String where, UUID scope, LocalDate from, LocalDate to) {
        return jdbc.sql("select id, organization_id, jurisdiction, types, stage, received_on, closure_reason"
                        + " from complaint_file where " + where + " and received_on between ? and ?")
                .params(scope, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        Jurisdiction.valueOf(rs.getString("jurisdiction")),
                        (String[]) rs.getArray("types").getArray(),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getDate("received_on").toLocalDate(),
                        rs.getString("closure_reason") == null
                                ? null
                                : ClosureReason.valueOf(rs.getString("closure_reason"))))
                .list();
    }

    /** Every file's stages and steps in two queries. */
    private Map<UUID, FileHistory> histories(List<Row> rows) {
        Map<UUID, List<FileHistory.Entered>> stages = new HashMap<>();
        Map<UUID, List<FileHistory.Done>> steps = new HashMap<>();
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        jdbc.sql("select file_id, stage, entered_on from complaint_file_stage where file_id = any(?)")
                .param(ids)
                .query((rs, n) -> stages.computeIfAbsent(rs.getObject("file_id", UUID.class), k -> new ArrayList<>())
                        .add(new FileHistory.Entered(
                                Stage.valueOf(rs.getString("stage")),
                                rs.getDate("entered_on").toLocalDate())))
                .list();
        jdbc.sql("select file_id, kind, done_on from complaint_file_step where file_id = any(?)")
                .param(ids)
                .query((rs, n) -> steps.computeIfAbsent(rs.getObject("file_id", UUID.class), k -> new ArrayList<>())
                        .add(new FileHistory.Done(
                                StepKind.valueOf(rs.getString("kind")),
                                rs.getDate("done_on").toLocalDate())))
                .list();
        Map<UUID, FileHistory> histories = new HashMap<>();
        for (Row row : rows) {
            histories.put(
                    row.id(),
                    new FileHistory(
                            row.jurisdiction(),
                            row.receivedOn(),
                            stages.getOrDefault(row.id(), List.of()),
                            steps.getOrDefault(row.id(), List.of())));
        }
        return histories;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
