package ca.vigie.complaints.files;

import ca.vigie.complaints.ComplaintSources;
import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.process.Deadline;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.indicators.ComputedSourceChanged;
import ca.vigie.system.BlindIndex;
import ca.vigie.system.FieldEncryption;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes complaint files. Every value that could identify someone is encrypted here,
 * bound to its column and row, so that a value copied elsewhere does not decrypt. Whoever calls this
 * has already checked that the person may reach the file.
 */
@Component
class FileStore {

    /** What the blind index tags of the accounts a file names are tags of. */
    static final String PARTY_TAG = "complaint_party.user_id";

    static final String REPORTER_TAG = "complaint_reporter.user_id";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final BlindIndex index;
    private final AttachmentStore attachments;

    private final ApplicationEventPublisher events;

    FileStore(
            JdbcClient jdbc,
            FieldEncryption encryption,
            BlindIndex index,
            AttachmentStore attachments,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.index = index;
        this.attachments = attachments;
    }

    /** A new file's place, origin and first facts. */
    record NewFile(
            UUID communityId,
            UUID officeId,
            UUID organizationId,
            Jurisdiction jurisdiction,
            Channel channel,
            LocalDate receivedOn,
            @Nullable UUID recordedBy) {}

    UUID insert(NewFile file, Intake intake, Intake.Reporter reporter, Instant now) {
        UUID id = UUID.randomUUID();
        int count = jdbc.sql(
                        "update complaint_office set file_count = file_count + 1 where id = ? returning file_count")
                .param(file.officeId())
                .query(Integer.class)
                .single();
        String reference = "%d-%04d".formatted(file.receivedOn().getYear(), count);
        jdbc.sql("""
                        insert into complaint_file (id, community_id, office_id, organization_id, jurisdiction, reference,
                            channel, reporter_mode, reporter_role, types, stage, received_on, occurred_from, occurred_to,
                            location, narrative, witnesses, hoped_outcome, created_at, updated_at)
                        values (:id, :community, :office, :organization, :jurisdiction, :reference, :channel, :mode,
                            :role, :types, :stage, :received, :from, :to, :location, :narrative, :witnesses, :hoped,
                            :now, :now)
                        """)
                .param("id", id)
                .param("community", file.communityId())
                .param("office", file.officeId())
                .param("organization", file.organizationId())
                .param("jurisdiction", file.jurisdiction().name())
                .param("reference", reference)
                .param("channel", file.channel().name())
                .param("mode", intake.mode().name())
                .param("role", intake.reporterRole().name())
                .param("types", intake.types().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("stage", Stage.RECEIVED.name())
                .param("received", Date.valueOf(file.receivedOn()))
                .param("from", Date.valueOf(intake.occurredFrom()))
                .param("to", intake.occurredTo() == null ? null : Date.valueOf(intake.occurredTo()))
                .param("location", optional(intake.location(), "location", id))
                .param("narrative", encryption.encrypt(intake.narrative().strip(), binding("narrative", id)))
                .param("witnesses", optional(intake.witnesses(), "witnesses", id))
                .param("hoped", optional(intake.hopedOutcome(), "hoped_outcome", id))
                .param("now", Timestamp.from(now))
                .update();
        int seq = 0;
        for (Intake.Party party : intake.people()) {
            seq++;
            jdbc.sql("""
                            insert into complaint_party (file_id, community_id, seq, relation, name, user_id, user_tag)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            file.communityId(),
                            seq,
                            party.relation().name(),
                            encryption.encrypt(party.name().strip(), "complaint_party.name:" + id + ":" + seq),
                            party.userId() == null
                                    ? null
                                    : encryption.encrypt(
                                            party.userId().toString(), "complaint_party.user_id:" + id + ":" + seq),
                            party.userId() == null ? null : index.tag(PARTY_TAG, party.userId()))
                    .update();
        }
        jdbc.sql("""
                        insert into complaint_reporter (file_id, community_id, user_id, user_tag, name, contact)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        file.communityId(),
                        reporter.userId() == null
                                ? null
                                : encryption.encrypt(reporter.userId().toString(), "complaint_reporter.user_id:" + id),
                        reporter.userId() == null ? null : index.tag(REPORTER_TAG, reporter.userId()),
                        optionalBound(reporter.name(), "complaint_reporter.name:" + id),
                        optionalBound(reporter.contact(), "complaint_reporter.contact:" + id))
                .update();
        attachments.attach(id, intake.attachments());
        enter(id, Stage.RECEIVED, file.receivedOn(), now, file.recordedBy(), null, null);
        events.publishEvent(
                new ComputedSourceChanged(file.communityId(), ComplaintSources.RECEIVED, file.receivedOn()));
        return id;
    }

    /** Drops uploads a form still held once it is filed: those sent again with a form filed before. */
    void discardHeld(List<UUID> uploads) {
        attachments.discard(uploads);
    }

    Optional<FileHeader> header(UUID communityId, UUID id) {
        return jdbc.sql("select * from complaint_file where community_id = ? and id = ?")
                .params(communityId, id)
                .query(FileRows::header)
                .optional();
    }

    ComplaintFile content(FileHeader header) {
        UUID id = header.id();
        return jdbc.sql("select * from complaint_file where id = ?")
                .param(id)
                .query((rs, row) -> new ComplaintFile(
                        id,
                        header.communityId(),
                        header.officeId(),
                        header.organizationId(),
                        header.jurisdiction(),
                        header.reference(),
                        header.channel(),
                        header.mode(),
                        ReporterRole.valueOf(rs.getString("reporter_role")),
                        header.types(),
                        header.stage(),
                        header.receivedOn(),
                        rs.getDate("occurred_from").toLocalDate(),
                        localDate(rs, "occurred_to"),
                        decryptOptional(rs.getBytes("location"), binding("location", id)),
                        decryptOptional(rs.getBytes("narrative"), binding("narrative", id)),
                        parties(id),
                        decryptOptional(rs.getBytes("witnesses"), binding("witnesses", id)),
                        decryptOptional(rs.getBytes("hoped_outcome"), binding("hoped_outcome", id)),
                        rs.getBoolean("identity_shared"),
                        header.closureReason(),
                        header.version()))
                .single();
    }

    List<Intake.Party> parties(UUID fileId) {
        return jdbc.sql("select seq, relation, name, user_id from complaint_party where file_id = ? order by seq")
                .param(fileId)
                .query((rs, row) -> {
                    int seq = rs.getInt("seq");
                    byte[] user = rs.getBytes("user_id");
                    return new Intake.Party(
                            user == null
                                    ? null
                                    : UUID.fromString(
                                            encryption.decrypt(user, "complaint_party.user_id:" + fileId + ":" + seq)),
                            encryption.decrypt(rs.getBytes("name"), "complaint_party.name:" + fileId + ":" + seq),
                            Relation.valueOf(rs.getString("relation")));
                })
                .list();
    }

    Intake.Reporter reporter(UUID fileId) {
        return jdbc.sql("select user_id, name, contact from complaint_reporter where file_id = ?")
                .param(fileId)
                .query((rs, row) -> {
                    byte[] user = rs.getBytes("user_id");
                    return new Intake.Reporter(
                            user == null
                                    ? null
                                    : UUID.fromString(encryption.decrypt(user, "complaint_reporter.user_id:" + fileId)),
                            decryptOptional(rs.getBytes("name"), "complaint_reporter.name:" + fileId),
                            decryptOptional(rs.getBytes("contact"), "complaint_reporter.contact:" + fileId));
                })
                .optional()
                .orElse(new Intake.Reporter(null, "", ""));
    }

    /** The files of a community a person filed themself, whatever their stage, newest first (by tag). */
    List<FileHeader> filedBy(UUID communityId, UUID userId) {
        return jdbc.sql("""
                        select f.* from complaint_file f join complaint_reporter r on r.file_id = f.id
                        where f.community_id = ? and r.user_tag = ? order by f.received_on desc, f.reference desc
                        """)
                .params(communityId, index.tag(REPORTER_TAG, userId))
                .query(FileRows::header)
                .list();
    }

    FileHistory history(FileHeader header) {
        List<FileHistory.Entered> stages = jdbc.sql(
                        "select stage, entered_on from complaint_file_stage where file_id = ? order by seq")
                .param(header.id())
                .query((rs, row) -> new FileHistory.Entered(
                        Stage.valueOf(rs.getString("stage")),
                        rs.getDate("entered_on").toLocalDate()))
                .list();
        List<FileHistory.Done> steps = jdbc.sql(
                        "select kind, done_on from complaint_file_step where file_id = ? order by done_on")
                .param(header.id())
                .query((rs, row) -> new FileHistory.Done(
                        StepKind.valueOf(rs.getString("kind")),
                        rs.getDate("done_on").toLocalDate()))
                .list();
        return new FileHistory(header.jurisdiction(), header.receivedOn(), stages, steps);
    }

    void enter(
            UUID fileId,
            Stage stage,
            LocalDate on,
            Instant now,
            @Nullable UUID by,
            @Nullable String detail,
            @Nullable String lateReason) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from complaint_file_stage where file_id = ?")
                .param(fileId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into complaint_file_stage (file_id, community_id, seq, stage, entered_on, entered_at,
                            entered_by, detail, late_reason)
                        values (?, (select community_id from complaint_file where id = ?), ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        fileId,
                        fileId,
                        seq,
                        stage.name(),
                        Date.valueOf(on),
                        Timestamp.from(now),
                        by,
                        detail,
                        optionalBound(
                                lateReason == null ? "" : lateReason,
                                "complaint_file_stage.late_reason:" + fileId + ":" + seq))
                .update();
        refreshDeadlines(fileId);
    }

    void step(UUID fileId, StepKind kind, LocalDate on, Instant now, UUID by, String lateReason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into complaint_file_step
                            (id, file_id, community_id, kind, done_on, recorded_at, recorded_by, late_reason)
                        values (?, ?, (select community_id from complaint_file where id = ?), ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        fileId,
                        fileId,
                        kind.name(),
                        Date.valueOf(on),
                        Timestamp.from(now),
                        by,
                        optionalBound(lateReason, "complaint_file_step.late_reason:" + id))
                .update();
        refreshDeadlines(fileId);
    }

    /**
     * Keeps the file's soonest open deadline, on which lists find the soonest of an office, in step
     * with its history. That date does not depend on the day it is asked: later days only add later
     * monthly updates.
     */
    void refreshDeadlines(UUID fileId) {
        FileHeader header = jdbc.sql("select * from complaint_file where id = ?")
                .param(fileId)
                .query(FileRows::header)
                .single();
        LocalDate next = Deadlines.of(history(header), header.receivedOn()).stream()
                .filter(Deadline::open)
                .map(Deadline::dueOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
        jdbc.sql("update complaint_file set next_due_on = ?, deadlines_known = true where id = ?")
                .params(next == null ? null : Date.valueOf(next), fileId)
                .update();
    }

    List<StageEntry> stages(UUID fileId) {
        return jdbc.sql("select * from complaint_file_stage where file_id = ? order by seq")
                .param(fileId)
                .query((rs, row) -> new StageEntry(
                        Stage.valueOf(rs.getString("stage")),
                        rs.getDate("entered_on").toLocalDate(),
                        rs.getObject("entered_by", UUID.class),
                        rs.getString("detail"),
                        decryptOptional(
                                rs.getBytes("late_reason"),
                                "complaint_file_stage.late_reason:" + fileId + ":" + rs.getInt("seq"))))
                .list();
    }

    List<StepEntry> steps(UUID fileId) {
        return jdbc.sql("select * from complaint_file_step where file_id = ? order by done_on, recorded_at")
                .param(fileId)
                .query((rs, row) -> new StepEntry(
                        StepKind.valueOf(rs.getString("kind")),
                        rs.getDate("done_on").toLocalDate(),
                        rs.getObject("recorded_by", UUID.class),
                        decryptOptional(
                                rs.getBytes("late_reason"),
                                "complaint_file_step.late_reason:" + rs.getObject("id", UUID.class))))
                .list();
    }

    private byte @Nullable [] optional(String value, String column, UUID id) {
        return optionalBound(value, binding(column, id));
    }

    private byte @Nullable [] optionalBound(String value, String boundTo) {
        return value.isBlank() ? null : encryption.encrypt(value.strip(), boundTo);
    }

    private String decryptOptional(byte @Nullable [] value, String boundTo) {
        return value == null ? "" : encryption.decrypt(value, boundTo);
    }

    static String binding(String column, UUID id) {
        return "complaint_file." + column + ":" + id;
    }

    private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
