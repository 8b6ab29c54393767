package ca.vigie.complaints.files;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.intake.Channel;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages between the office and a file's reporter. Staff on the file write and read them with the
 * file; a reporter who filed signed in reads them on their complaint's page and is told by e-mail
 * only that one is waiting; an anonymous reporter reads them with the receipt code. Bodies are
 * encrypted.
 */
@Service
public class FileMessages {

    static final int MAX_BODY = 4000;

    private final JdbcClient jdbc;
    private final FileStore store;
    private final ComplaintFiles files;
    private final FieldEncryption encryption;
    private final OfficeMail mail;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    FileMessages(
            JdbcClient jdbc,
            FileStore store,
            ComplaintFiles files,
            FieldEncryption encryption,
            OfficeMail mail,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.store = store;
        this.files = files;
        this.encryption = encryption;
        this.mail = mail;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /** A message on a file; the author is shown to the office only. */
    public record Message(
            UUID id, boolean fromOffice, @Nullable UUID authorId, String body, Instant sentAt) {}

    @Transactional(readOnly = true)
    public List<Message> forStaff(VigiePrincipal who, UUID fileId) {
        files.openable(who, fileId);
        return messages(fileId);
    }

    @Transactional
    public void sendFromOffice(VigiePrincipal who, UUID fileId, String body, UUID formToken) {
        FileHeader file = files.openable(who, fileId);
        check(body);
        submissions.once(formToken, () -> {
            UUID id = insert(fileId, true, who.userId(), body);
            audit.record(AuditEntry.by(who, "COMPLAINT_MESSAGE_SENT", "complaint_file", fileId));
            UUID reporter = store.reporter(fileId).userId();
            if (reporter != null && file.channel() == Channel.ONLINE) {
                mail.tell(
                        file.communityId(),
                        reporter,
                        "mail.complaint.message.subject",
                        "mail.complaint.message.body",
                        file.reference());
            }
            return id;
        });
    }

    /** The messages of a file its signed-in reporter filed; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public List<Message> forReporter(VigiePrincipal who, UUID fileId) {
        ownFile(who, fileId);
        return messages(fileId);
    }

    @Transactional
    public void sendFromReporter(VigiePrincipal who, UUID fileId, String body, UUID formToken) {
        ownFile(who, fileId);
        check(body);
        submissions.once(formToken, () -> insert(fileId, false, null, body));
    }

    /** A file its signed-in reporter filed, or "not found". */
    @Transactional(readOnly = true)
    public FileHeader ownFile(VigiePrincipal who, UUID fileId) {
        FileHeader file = store.header(who.communityId(), fileId).orElseThrow(ComplaintFiles::notFound);
        if (!who.userId().equals(store.reporter(fileId).userId()) || file.channel() != Channel.ONLINE) {
            throw new NotFoundException("Complaint file");
        }
        return file;
    }

    /** For the anonymous reporter, who proved they hold the file's receipt code. */
    @Transactional(readOnly = true)
    public List<Message> forAnonymous(FileHeader followed) {
        return messages(followed.id());
    }

    @Transactional
    public void sendFromAnonymous(FileHeader followed, String body, UUID formToken) {
        check(body);
        submissions.once(formToken, () -> insert(followed.id(), false, null, body));
    }

    private UUID insert(UUID fileId, boolean fromOffice, @Nullable UUID author, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into complaint_message (id, file_id, community_id, from_office, author_id, body, sent_at)
                        values (?, ?, (select community_id from complaint_file where id = ?), ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        fileId,
                        fileId,
                        fromOffice,
                        author,
                        encryption.encrypt(body.strip(), "complaint_message.body:" + id),
                        Timestamp.from(calendar.now()))
                .update();
        return id;
    }

    private List<Message> messages(UUID fileId) {
        return jdbc.sql("select * from complaint_message where file_id = ? order by sent_at, id")
                .param(fileId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Message(
                            id,
                            rs.getBoolean("from_office"),
                            rs.getObject("author_id", UUID.class),
                            encryption.decrypt(rs.getBytes("body"), "complaint_message.body:" + id),
                            rs.getTimestamp("sent_at").toInstant());
                })
                .list();
    }

    private static void check(String body) {
        if (body.isBlank()) {
            throw new FileRejection("body", "validation.required");
        }
        if (body.strip().length() > MAX_BODY) {
            throw new FileRejection("body", "text.tooLong", MAX_BODY);
        }
    }
}
