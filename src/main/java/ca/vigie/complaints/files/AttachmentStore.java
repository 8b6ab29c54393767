package ca.vigie.complaints.files;

import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds uploads and keeps documents on files, encrypted and bound to their row like the rest of a
 * file. Each upload is checked by what its bytes are, not by what its name or the browser says: only
 * a few harmless kinds are taken, and a name that claims another kind than the content is refused as
 * disguised. Whoever reads a file's documents through this has already checked that they may.
 */
@Component
class AttachmentStore {

    static final int MAX_FILES = 3;
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /**
     * What uploads not yet filed may hold together. The public page takes documents from anyone, so
     * this bounds what strangers can make the database keep before a file exists.
     */
    static final long MAX_HELD_BYTES = 512L * 1024 * 1024;

    /** How long an upload waits for its form to be filed. */
    static final Duration HELD_FOR = Duration.ofDays(1);

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final CommunityCalendar calendar;
    private final Tika tika = new Tika();

    AttachmentStore(JdbcClient jdbc, FieldEncryption encryption, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.calendar = calendar;
    }

    /**
     * Checks and holds the documents sent with a form, beside those the form already holds. Every
     * document is checked, so that all the problems show at once.
     */
    Attachments.Staging stage(UUID communityId, List<UUID> alreadyHeld, List<Attachments.Offered> offered) {
        discardAbandoned();
        List<Attachments.Held> held = new ArrayList<>(held(communityId, alreadyHeld));
        List<Attachments.Refused> refused = new ArrayList<>();
        if (held.size() < alreadyHeld.stream().distinct().limit(MAX_FILES).count()) {
            refused.add(new Attachments.Refused("", "complaints.attachment.expired"));
        }
        long room = MAX_HELD_BYTES - heldBytes();
        for (Attachments.Offered document : offered) {
            String name = baseName(document.name());
            Optional<String> problem = problem(name, document.content(), held.size());
            if (problem.isEmpty() && document.content().length > room) {
                problem = Optional.of("complaints.attachment.busy");
            }
            if (problem.isPresent()) {
                refused.add(new Attachments.Refused(name, problem.get()));
                continue;
            }
            AttachmentType type = detect(document.content()).orElseThrow();
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into complaint_upload (id, community_id, name, media_type, size_bytes, content, staged_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            communityId,
                            encryption.encrypt(name, "complaint_upload.name:" + id),
                            type.mediaType(),
                            document.content().length,
                            encryption.encryptBytes(document.content(), "complaint_upload.content:" + id),
                            Timestamp.from(calendar.now()))
                    .update();
            held.add(new Attachments.Held(id, name, document.content().length, type));
            room -= document.content().length;
        }
        return new Attachments.Staging(held, refused);
    }

    /** All that uploads not yet filed hold together, across every door. */
    private long heldBytes() {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from complaint_upload")
                .query(Long.class)
                .single();
    }

    /**
     * The uploads still held among these for a door of this community, in the order given; one filed or
     * discarded is no longer, and one held at another community's door is not this form's.
     */
    List<Attachments.Held> held(UUID communityId, List<UUID> ids) {
        List<Attachments.Held> held = new ArrayList<>();
        for (UUID id : ids.stream().distinct().limit(MAX_FILES).toList()) {
            jdbc.sql("select id, name, media_type, size_bytes from complaint_upload where id = ? and community_id = ?")
                    .params(id, communityId)
                    .query((rs, row) -> new Attachments.Held(
                            id,
                            encryption.decrypt(rs.getBytes("name"), "complaint_upload.name:" + id),
                            rs.getLong("size_bytes"),
                            AttachmentType.ofMediaType(rs.getString("media_type"))
                                    .orElseThrow()))
                    .optional()
                    .ifPresent(held::add);
        }
        return held;
    }

    /** Moves held uploads onto a file being filed, each encrypted again for its new place. */
    void attach(UUID fileId, List<UUID> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new FileRejection("documents", "validation.invalidChoice");
        }
        for (UUID upload : uploads.stream().distinct().toList()) {
            Row row = jdbc.sql("""
                            delete from complaint_upload
                            where id = ? and community_id = (select community_id from complaint_file where id = ?)
                            returning name, media_type, size_bytes, content
                            """)
                    .params(upload, fileId)
                    .query((rs, n) -> new Row(
                            encryption.decrypt(rs.getBytes("name"), "complaint_upload.name:" + upload),
                            rs.getString("media_type"),
                            rs.getLong("size_bytes"),
                            encryption.decryptBytes(rs.getBytes("content"), "complaint_upload.content:" + upload)))
                    .optional()
                    .orElseThrow(() -> new FileRejection("documents", "complaints.attachment.expired"));
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into complaint_attachment
                                (id, file_id, community_id, name, media_type, size_bytes, content, added_at)
                            values (?, ?, (select community_id from complaint_file where id = ?), ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            fileId,
                            fileId,
                            encryption.encrypt(row.name(), "complaint_attachment.name:" + id),
                            row.mediaType(),
                            row.size(),
                            encryption.encryptBytes(row.content(), "complaint_attachment.content:" + id),
                            Timestamp.from(calendar.now()))
                    .update();
        }
    }

    /** Drops uploads that no file took, such as those sent again with a form already filed. */
    void discard(List<UUID> uploads) {
        for (UUID upload : uploads) {
            jdbc.sql("delete from complaint_upload where id = ?").param(upload).update();
        }
    }

    /** Drops uploads whose form was never filed. */
    int discardAbandoned() {
        return jdbc.sql("delete from complaint_upload where staged_at < ?")
                .param(Timestamp.from(calendar.now().minus(HELD_FOR)))
                .update();
    }

    List<Attachments.Held> of(UUID fileId) {
        return jdbc.sql(
                        "select id, name, media_type, size_bytes from complaint_attachment where file_id = ? order by added_at, id")
                .param(fileId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Attachments.Held(
                            id,
                            encryption.decrypt(rs.getBytes("name"), "complaint_attachment.name:" + id),
                            rs.getLong("size_bytes"),
                            AttachmentType.ofMediaType(rs.getString("media_type"))
                                    .orElseThrow());
                })
                .list();
    }

    Optional<Attachments.Download> read(UUID fileId, UUID attachmentId) {
        return jdbc.sql("select name, media_type, content from complaint_attachment where id = ? and file_id = ?")
                .params(attachmentId, fileId)
                .query((rs, row) -> {
                    AttachmentType type = AttachmentType.ofMediaType(rs.getString("media_type"))
                            .orElseThrow();
                    return new Attachments.Download(
                            SafeFileName.of(
                                    encryption.decrypt(
                                            rs.getBytes("name"), "complaint_attachment.name:" + attachmentId),
                                    type),
                            type,
                            encryption.decryptBytes(
                                    rs.getBytes("content"), "complaint_attachment.content:" + attachmentId));
                })
                .optional();
    }

    private Optional<String> problem(String name, byte[] content, int alreadyHeld) {
        if (alreadyHeld >= MAX_FILES) {
            return Optional.of("complaints.attachment.tooMany");
        }
        if (content.length == 0) {
            return Optional.of("complaints.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("complaints.attachment.tooLarge");
        }
        Optional<AttachmentType> type = detect(content);
        if (type.isEmpty()) {
            return Optional.of("complaints.attachment.typeRefused");
        }
        if (type.get().disguisedBy(name)) {
            return Optional.of("complaints.attachment.disguised");
        }
        return Optional.empty();
    }

    /** What the bytes are, read from their content alone. */
    private Optional<AttachmentType> detect(byte[] content) {
        return AttachmentType.ofMediaType(tika.detect(content));
    }

    /** The name without any folder a browser may have sent, cut to a length the page can show. */
    private static String baseName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }

    private record Row(String name, String mediaType, long size, byte[] content) {}
}
