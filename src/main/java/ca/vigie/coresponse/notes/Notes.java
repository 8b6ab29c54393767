package ca.vigie.coresponse.notes;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Side;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import ca.vigie.system.Text;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Police notes and health notes kept apart. A member in the field reads the notes of their own side and
 * the team's, and writes to either; a note reaches the other side only when its writer's side passes it
 * across, choosing the words and the legal basis, which the disclosure log and the audit trail keep. A
 * steering member, the administrator and the auditor read no note: for them there is none.
 */
@Service
public class Notes {

    public static final int BODY_MAX = 4000;
    public static final int DETAIL_MAX = 300;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    Notes(
            JdbcClient jdbc,
            FieldEncryption encryption,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /** The notes about a person this member may read, the latest first; the reading is audited. */
    @Transactional
    public List<Note> readable(Seat seat, UUID personId) {
        Side side = sideOf(seat);
        requirePerson(seat, personId, false);
        List<Note> notes = jdbc.sql("""
                        select n.id, n.audience, n.body, n.written_by, n.written_at, d.legal_basis
                        from coresponse_note n
                        left join coresponse_disclosure d on d.shared_note_id = n.id
                        where n.team_id = ? and n.person_id = ? and n.audience in (?, 'TEAM') and n.body is not null
                        order by n.written_at desc, n.id
                        """)
                .params(seat.teamId(), personId, side.name())
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String basis = rs.getString("legal_basis");
                    return new Note(
                            id,
                            rs.getString("audience"),
                            encryption.decrypt(rs.getBytes("body"), binding(id)),
                            rs.getObject("written_by", UUID.class),
                            rs.getTimestamp("written_at").toInstant(),
                            basis == null ? null : SharingBasis.valueOf(basis));
                })
                .list();
        if (!notes.isEmpty()) {
            audit.recordRead(seat.person(), "coresponse_notes", personId, "notes read by the " + side + " side");
        }
        return notes;
    }

    /** A note for the member's own side, or for the whole team; once however often the form is sent. */
    @Transactional
    public UUID write(Seat seat, UUID personId, @Nullable String body, boolean forTheTeam, UUID formToken) {
        Side side = sideOf(seat);
        requirePerson(seat, personId, true);
        String text = checked(body, "body", BODY_MAX, true);
        return submissions.once(formToken, () -> {
            UUID id = insert(seat, personId, forTheTeam ? "TEAM" : side.name(), text);
            audit.record(AuditEntry.by(seat.person(), "CORESPONSE_NOTE_WRITTEN", "coresponse_person", personId));
            return id;
        });
    }

    /**
     * Passes something from one of the member's side's notes to the other side: the words the member
     * chose, under a legal basis (with its detail for another basis). The other side gets a note of its
     * own; the disclosure log and the audit trail keep who passed what, when, and why.
     */
    @Transactional
    public UUID share(
            Seat seat,
            UUID noteId,
            @Nullable String shared,
            @Nullable SharingBasis basis,
            @Nullable String detail,
            UUID formToken) {
        Side side = sideOf(seat);
        record Source(UUID personId, String audience) {}
        Source source = jdbc.sql(
                        "select person_id, audience from coresponse_note where id = ? and team_id = ? and body is not null")
                .params(noteId, seat.teamId())
                .query(Source.class)
                .optional()
                .filter(found -> found.audience().equals(side.name()))
                .orElseThrow(() -> new NotFoundException("Note"));
        String text = checked(shared, "shared", BODY_MAX, true);
        if (basis == null) {
            throw new NoteRejection("basis", "coresponse.note.error.basisRequired");
        }
        String why = checked(detail, "detail", DETAIL_MAX, basis == SharingBasis.OTHER);
        Side other = side == Side.POLICE ? Side.HEALTH : Side.POLICE;
        return submissions.once(formToken, () -> {
            UUID copy = insert(seat, source.personId(), other.name(), text);
            UUID disclosure = UUID.randomUUID();
            jdbc.sql("""
                            insert into coresponse_disclosure (id, team_id, community_id, person_id, source_note_id,
                                shared_note_id, from_side, to_side, legal_basis, basis_detail, disclosed_by,
                                disclosed_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            disclosure,
                            seat.teamId(),
                            seat.communityId(),
                            source.personId(),
                            noteId,
                            copy,
                            side.name(),
                            other.name(),
                            basis.name(),
                            why.isEmpty() ? null : encryption.encrypt(why, "coresponse_disclosure:" + disclosure),
                            seat.person().userId(),
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(
                    AuditEntry.by(seat.person(), "CORESPONSE_NOTE_DISCLOSED", "coresponse_person", source.personId())
                            .withPurpose(basis.name() + " from " + side + " to " + other));
            return copy;
        });
    }

    /** The disclosures about a person made from or to the member's side, for the person's page. */
    @Transactional(readOnly = true)
    public List<Disclosure> disclosures(Seat seat, UUID personId) {
        Side side = sideOf(seat);
        requirePerson(seat, personId, false);
        return jdbc.sql("""
                        select from_side, to_side, legal_basis, disclosed_by, disclosed_at from coresponse_disclosure
                        where team_id = ? and person_id = ? and (from_side = ? or to_side = ?)
                        order by disclosed_at desc
                        """)
                .params(seat.teamId(), personId, side.name(), side.name())
                .query(Disclosure.class)
                .list();
    }

    /** One entry of the disclosure log: from which side to which, on what basis, by whom and when. */
    public record Disclosure(
            String fromSide, String toSide, SharingBasis legalBasis, UUID disclosedBy, java.time.Instant disclosedAt) {}

    private UUID insert(Seat seat, UUID personId, String audience, String text) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coresponse_note (id, team_id, community_id, person_id, audience, body, written_by,
                            written_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        seat.teamId(),
                        seat.communityId(),
                        personId,
                        audience,
                        encryption.encrypt(text, binding(id)),
                        seat.person().userId(),
                        Timestamp.from(calendar.now()))
                .update();
        return id;
    }

    /** The person is one of the team's; one whose details were destroyed takes no new note. */
    private void requirePerson(Seat seat, UUID personId, boolean toWrite) {
        boolean known = jdbc.sql("""
                        select exists (select 1 from coresponse_person
                                       where team_id = ? and id = ? and (not ? or destroyed_at is null))
                        """)
                .params(seat.teamId(), personId, toWrite)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new NotFoundException("Person");
        }
    }

    private static Side sideOf(Seat seat) {
        if (!seat.inTheField() || seat.side() == null) {
            throw new NotFoundException("Note");
        }
        return seat.side();
    }

    private static String checked(@Nullable String text, String field, int max, boolean required) {
        String clean = text == null ? "" : text.strip();
        if (required && clean.isEmpty()) {
            throw new NoteRejection(field, "validation.required");
        }
        if (Text.hasUnreadable(clean)) {
            throw new NoteRejection(field, "text.unreadable");
        }
        if (clean.length() > max) {
            throw new NoteRejection(field, "text.tooLong", max);
        }
        return clean;
    }

    private static String binding(UUID noteId) {
        return "coresponse_note.body:" + noteId;
    }
}
