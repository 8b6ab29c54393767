package ca.vigie.complaints.files;

import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to a complaint, at whichever door. An upload is held, encrypted, from the moment
 * it arrives, so that a form sent back for another problem keeps it; filing the form moves it onto
 * the file, where only those who may open the file reach it, each reading audited.
 */
@Service
public class Attachments {

    public static final int MAX_FILES = AttachmentStore.MAX_FILES;
    public static final long MAX_BYTES = AttachmentStore.MAX_BYTES;

    private final AttachmentStore store;
    private final ComplaintFiles files;
    private final FileMessages messages;
    private final AuditTrail audit;

    Attachments(AttachmentStore store, ComplaintFiles files, FileMessages messages, AuditTrail audit) {
        this.store = store;
        this.files = files;
        this.messages = messages;
        this.audit = audit;
    }

    /** A document as the browser sent it. */
    public record Offered(String name, byte[] content) {}

    /** A document held for a form, or kept on a file. */
    public record Held(UUID id, String name, long size, AttachmentType type) {}

    /** A document refused, with the reason to show next to the field. */
    public record Refused(String name, String messageKey) {}

    /** What came of the documents sent with a form: those now held, including those held before, and those refused. */
    public record Staging(List<Held> held, List<Refused> refused) {

        public List<UUID> ids() {
            return held.stream().map(Held::id).toList();
        }
    }

    /** A document to hand back, with a name that is safe to save under. */
    public record Download(String fileName, AttachmentType type, byte[] content) {}

    /**
     * Checks and holds the documents sent with a form, beside those the form already holds. Every
     * document is checked, so that all the problems show at once.
     */
    @Transactional
    public Staging stage(UUID communityId, List<UUID> alreadyHeld, List<Offered> offered) {
        return store.stage(communityId, alreadyHeld, offered);
    }

    /** The uploads a form still holds, to show it again; one filed or discarded is no longer held. */
    @Transactional(readOnly = true)
    public List<Held> held(UUID communityId, List<UUID> ids) {
        return store.held(communityId, ids);
    }

    /** Lets go of uploads whose form was never filed; returns how many. */
    @Transactional
    public int discardAbandoned() {
        return store.discardAbandoned();
    }

    /** The documents on a file, for the staff who may open it. */
    @Transactional(readOnly = true)
    public List<Held> of(VigiePrincipal who, UUID fileId) {
        files.openable(who, fileId);
        return store.of(fileId);
    }

    /** The documents a person sent with their own complaint, to remind them what the office has. */
    @Transactional(readOnly = true)
    public List<Held> sentWith(VigiePrincipal who, UUID fileId) {
        messages.ownFile(who, fileId);
        return store.of(fileId);
    }

    /** A document on a file, its reading audited. */
    @Transactional
    public Download download(VigiePrincipal who, UUID fileId, UUID attachmentId) {
        files.openable(who, fileId);
        Download download = store.read(fileId, attachmentId).orElseThrow(ComplaintFiles::notFound);
        audit.recordRead(who, "complaint_attachment", attachmentId, "attachment read");
        return download;
    }
}
