package ca.vigie.complaints.files;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.PdfDocuments;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices the office sends: acknowledgement of receipt, status update, and the results of an
 * investigation, generated as PDF from bilingual templates in the reporter's chosen language and
 * kept on the file, encrypted, exactly as they were produced. Generating and reading one is audited.
 */
@Service
public class FileNotices {

    private final JdbcClient jdbc;
    private final FileStore store;
    private final ComplaintFiles files;
    private final ComplaintOffices offices;
    private final PdfDocuments pdfs;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    FileNotices(
            JdbcClient jdbc,
            FileStore store,
            ComplaintFiles files,
            ComplaintOffices offices,
            PdfDocuments pdfs,
            FieldEncryption encryption,
            AuditTrail audit,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.store = store;
        this.files = files;
        this.offices = offices;
        this.pdfs = pdfs;
        this.encryption = encryption;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A notice kept on a file. */
    public record Notice(UUID id, NoticeKind kind, String language, Instant generatedAt, UUID generatedBy) {}

    @Transactional
    public UUID generate(VigiePrincipal who, UUID fileId, @Nullable NoticeKind kind, @Nullable String language) {
        FileHeader file = files.openable(who, fileId);
        if (kind == null) {
            throw new FileRejection("noticeKind", "validation.required");
        }
        if (!"fr".equals(language) && !"en".equals(language)) {
            throw new FileRejection("noticeLanguage", "validation.required");
        }
        if (file.contentDestroyed()) {
            throw new FileRejection("noticeKind", "complaints.retention.alreadyDestroyed");
        }
        if (kind == NoticeKind.RESULTS
                && store.history(file).investigationEnded().isEmpty()) {
            throw new FileRejection("noticeKind", "complaints.notice.noResults");
        }
        // Addressed by name only when the staff may know it: a confidential name stays with the lead.
        String reporterName = files.reporterForStaff(who, store.content(file))
                .map(Intake.Reporter::name)
                .orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("file", file);
        model.put("office", offices.get(file.communityId(), file.officeId()));
        model.put("reporterName", reporterName);
        model.put("kind", kind);
        model.put("today", calendar.today(file.communityId()));
        byte[] pdf = pdfs.render("complaints/notice", model, Locale.forLanguageTag(language));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into complaint_notice
                            (id, file_id, community_id, kind, language, document, generated_at, generated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        fileId,
                        who.communityId(),
                        kind.name(),
                        language,
                        encryption.encryptBytes(pdf, "complaint_notice.document:" + id),
                        Timestamp.from(calendar.now()),
                        who.userId())
                .update();
        audit.record(AuditEntry.by(who, "COMPLAINT_NOTICE_GENERATED", "complaint_file", fileId)
                .withPurpose(kind.name()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Notice> notices(VigiePrincipal who, UUID fileId) {
        files.openable(who, fileId);
        return jdbc.sql("""
                        select id, kind, language, generated_at, generated_by from complaint_notice
                        where file_id = ? order by generated_at
                        """)
                .param(fileId)
                .query((rs, row) -> new Notice(
                        rs.getObject("id", UUID.class),
                        NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("language"),
                        rs.getTimestamp("generated_at").toInstant(),
                        rs.getObject("generated_by", UUID.class)))
                .list();
    }

    /** A notice's PDF as it was generated; its reading is audited. */
    @Transactional
    public byte[] document(VigiePrincipal who, UUID fileId, UUID noticeId) {
        files.openable(who, fileId);
        byte[] stored = jdbc.sql("select document from complaint_notice where id = ? and file_id = ?")
                .params(noticeId, fileId)
                .query(byte[].class)
                .optional()
                .orElseThrow(ComplaintFiles::notFound);
        audit.recordRead(who, "complaint_notice", noticeId, "notice read");
        return encryption.decryptBytes(stored, "complaint_notice.document:" + noticeId);
    }
}
