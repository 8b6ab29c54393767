package ca.vigie.complaints.retention;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.files.Attachments;
import ca.vigie.complaints.files.ComplaintSettings;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.process.Stage;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.DailyRuns;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, on one node: a closed file whose retention period has run loses its content — the
 * account of what happened, the people, the reporter, the messages, the receipt code and the late
 * reasons — unless a legal hold stops it. Its de-identified record stays for the statistics. Each
 * destruction is claimed row by row and recorded in the audit trail.
 */
@Component
public class FileRetention {

    private static final Logger log = LoggerFactory.getLogger(FileRetention.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ComplaintSettings settings;
    private final Attachments attachments;
    private final CommunityCalendar calendar;
    private final DailyRuns dailyRuns;
    private final LocalTime at;

    FileRetention(
            JdbcClient jdbc,
            AuditTrail audit,
            ComplaintSettings settings,
            Attachments attachments,
            CommunityCalendar calendar,
            DailyRuns dailyRuns,
            @Value("${vigie.complaints.retention-local-time:02:45}") String at) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
        this.attachments = attachments;
        this.calendar = calendar;
        this.dailyRuns = dailyRuns;
        this.at = LocalTime.parse(at);
    }

    @Scheduled(cron = "${vigie.jobs.tick:0 */15 * * * *}")
    @SchedulerLock(name = "complaint-retention", lockAtMostFor = "PT1H")
    public void nightly() {
        dailyRuns.runDue(
                "complaint-retention",
                at,
                (community, today) -> log.info(
                        "Complaint retention: content destroyed for {} closed files and {} informal services",
                        destroyDue(community, today).size(),
                        destroyDueServices(community, today).size()));
        // Held uploads expire by the hour, not by anyone's calendar day.
        int discarded = attachments.discardAbandoned();
        if (discarded > 0) {
            log.info("Complaint retention: {} unfiled uploads discarded", discarded);
        }
    }

    /** The day a closed file's content is to be destroyed. */
    public LocalDate destroyOn(Jurisdiction jurisdiction, LocalDate closedOn) {
        return closedOn.plusYears(settings.retentionYears(jurisdiction));
    }

    /**
     * Destroys the content of a community's closed files past their retention on a day of its
     * calendar, unless held; returns their ids.
     */
    @Transactional
    public List<UUID> destroyDue(UUID communityId, LocalDate today) {
        record Closed(UUID id, UUID communityId, Jurisdiction jurisdiction, LocalDate closedOn) {}
        List<Closed> closed = jdbc.sql("""
                        select f.id, f.community_id, f.jurisdiction, max(s.entered_on) as closed_on
                        from complaint_file f join complaint_file_stage s on s.file_id = f.id and s.stage = ?
                        where f.community_id = ? and f.stage = ? and not f.legal_hold and f.content_destroyed_at is null
                        group by f.id, f.community_id, f.jurisdiction
                        """)
                .params(Stage.CLOSED.name(), communityId, Stage.CLOSED.name())
                .query((rs, row) -> new Closed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("community_id", UUID.class),
                        Jurisdiction.valueOf(rs.getString("jurisdiction")),
                        rs.getDate("closed_on").toLocalDate()))
                .list();
        List<UUID> destroyed = new ArrayList<>();
        Timestamp now = Timestamp.from(calendar.now());
        for (Closed file : closed) {
            if (destroyOn(file.jurisdiction(), file.closedOn()).isAfter(today)) {
                continue;
            }
            int claimed = jdbc.sql("""
                            update complaint_file set location = null, narrative = null, witnesses = null,
                                hoped_outcome = null, content_destroyed_at = ?
                            where id = ? and content_destroyed_at is null and not legal_hold
                            """).params(now, file.id()).update();
            if (claimed == 0) {
                continue;
            }
            for (String table : List.of(
                    "complaint_party",
                    "complaint_reporter",
                    "complaint_message",
                    "complaint_receipt",
                    "complaint_notice",
                    "complaint_attachment")) {
                jdbc.sql("delete from " + table + " where file_id = ?")
                        .param(file.id())
                        .update();
            }
            jdbc.sql("update complaint_file_stage set late_reason = null where file_id = ?")
                    .param(file.id())
                    .update();
            jdbc.sql("update complaint_file_step set late_reason = null where file_id = ?")
                    .param(file.id())
                    .update();
            audit.record(
                    AuditEntry.bySystem(file.communityId(), "COMPLAINT_CONTENT_DESTROYED", "complaint_file", file.id())
                            .withPurpose("retention: " + file.jurisdiction() + " "
                                    + settings.retentionYears(file.jurisdiction()) + " years after closure"));
            destroyed.add(file.id());
        }
        return destroyed;
    }

    /**
     * Destroys who was helped and the note of every informal service given longer ago than its
     * jurisdiction keeps a file, counted on the community's calendar; the count of the service stays.
     * Returns their ids.
     */
    @Transactional
    public List<UUID> destroyDueServices(UUID communityId, LocalDate today) {
        List<UUID> destroyed = new ArrayList<>();
        Timestamp now = Timestamp.from(calendar.now());
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            record Due(UUID id, UUID communityId) {}
            List<Due> due = jdbc.sql("""
                            update complaint_informal_service set person = null, note = null, content_destroyed_at = ?
                            where community_id = ? and jurisdiction = ? and provided_on <= ?
                              and content_destroyed_at is null
                            returning id, community_id
                            """)
                    .params(
                            now,
                            communityId,
                            jurisdiction.name(),
                            Date.valueOf(today.minusYears(settings.retentionYears(jurisdiction))))
                    .query((rs, row) ->
                            new Due(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class)))
                    .list();
            for (Due service : due) {
                audit.record(AuditEntry.bySystem(
                                service.communityId(),
                                "COMPLAINT_INFORMAL_SERVICE_CONTENT_DESTROYED",
                                "complaint_informal_service",
                                service.id())
                        .withPurpose("retention: " + jurisdiction + " " + settings.retentionYears(jurisdiction)
                                + " years after the service"));
                destroyed.add(service.id());
            }
        }
        return destroyed;
    }
}
