package ca.vigie.coresponse.calls;

import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.Text;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the team has met, each under the short label the team chose. The label is what pages show;
 * the identity (name, date of birth, phone) is read only by a team member in the field, one person at a
 * time, with a purpose written to the audit trail. Every value is encrypted, bound to its column and row.
 */
@Service
public class KnownPeople {

    public static final int LABEL_MAX = 40;
    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 40;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    KnownPeople(JdbcClient jdbc, FieldEncryption encryption, AuditTrail audit, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A person's identity as recorded; an empty value was not given. */
    public record Identity(String label, String fullName, String dateOfBirth, String phone) {}

    /** Records a person met on a call, in the transaction that records the call. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID add(Seat seat, NewPerson person) {
        String label = checked(person.label(), "personLabel", LABEL_MAX);
        if (label.isEmpty()) {
            throw new CallRejection("personLabel", "coresponse.person.error.labelRequired");
        }
        String name = checked(person.fullName(), "personName", NAME_MAX);
        String phone = checked(person.phone(), "personPhone", PHONE_MAX);
        LocalDate born = person.dateOfBirth();
        if (born != null
                && (born.isAfter(calendar.today(seat.communityId())) || born.isBefore(LocalDate.of(1900, 1, 1)))) {
            throw new CallRejection("personBirthDate", "coresponse.person.error.birthDate");
        }
        return insert(
                seat.teamId(),
                seat.communityId(),
                seat.person().userId(),
                calendar.now(),
                new NewPerson(label, name, born, phone));
    }

    /** Writes a person's row, every value encrypted; the values are already checked. */
    UUID insert(UUID teamId, UUID communityId, UUID createdBy, Instant createdAt, NewPerson person) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coresponse_person
                            (id, team_id, community_id, label, full_name, date_of_birth, phone, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        teamId,
                        communityId,
                        encrypt(text(person.label()), "label", id),
                        encrypt(text(person.fullName()), "full_name", id),
                        encrypt(
                                person.dateOfBirth() == null
                                        ? ""
                                        : person.dateOfBirth().toString(),
                                "date_of_birth",
                                id),
                        encrypt(text(person.phone()), "phone", id),
                        Timestamp.from(createdAt),
                        createdBy)
                .update();
        return id;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The labels of the team's people, the most recently met first, for the call form's choice. */
    @Transactional(readOnly = true)
    public Map<UUID, String> labels(Seat seat) {
        if (!seat.inTheField()) {
            throw new NotFoundException("Person");
        }
        UUID teamId = seat.teamId();
        Map<UUID, String> labels = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.label from coresponse_person p
                        left join lateral (select max(received_at) as last from coresponse_call c
                                           where c.person_id = p.id) calls on true
                        where p.team_id = ? and p.destroyed_at is null
                        order by calls.last desc nulls last, p.created_at desc
                        """)
                .param(teamId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return Map.entry(id, decrypt(rs.getBytes("label"), "label", id));
                })
                .list()
                .forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
        return labels;
    }

    /** A person's label, for a member in the field; anyone else finds no such person. */
    @Transactional(readOnly = true)
    public String label(Seat seat, UUID personId) {
        if (!seat.inTheField()) {
            throw new NotFoundException("Person");
        }
        String label = label(seat.teamId(), personId);
        if (label == null) {
            throw new NotFoundException("Person");
        }
        return label;
    }

    @Nullable
    String label(UUID teamId, UUID personId) {
        return jdbc.sql("select label from coresponse_person where team_id = ? and id = ?")
                .params(teamId, personId)
                .query((rs, n) -> decrypt(rs.getBytes("label"), "label", personId))
                .optional()
                .orElse(null);
    }

    boolean isOfTeam(UUID teamId, UUID personId) {
        return jdbc.sql("""
                        select exists (select 1 from coresponse_person where team_id = ? and id = ? and destroyed_at is null)
                        """).params(teamId, personId).query(Boolean.class).single();
    }

    /**
     * The full identity of one of the team's people, for a member in the field who asks for it; the read
     * is written to the audit trail with its purpose. Anyone else finds no such person.
     */
    @Transactional
    public Identity identity(Seat seat, UUID personId, IdentityPurpose purpose) {
        if (!seat.inTheField()) {
            throw new NotFoundException("Person");
        }
        Identity identity = jdbc.sql("""
                        select label, full_name, date_of_birth, phone from coresponse_person
                        where team_id = ? and id = ? and destroyed_at is null
                        """)
                .params(seat.teamId(), personId)
                .query((rs, n) -> new Identity(
                        decrypt(rs.getBytes("label"), "label", personId),
                        decrypt(rs.getBytes("full_name"), "full_name", personId),
                        decrypt(rs.getBytes("date_of_birth"), "date_of_birth", personId),
                        decrypt(rs.getBytes("phone"), "phone", personId)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Person"));
        audit.recordRead(seat.person(), "coresponse_person", personId, purpose.name());
        return identity;
    }

    private static String checked(@Nullable String text, String field, int max) {
        String clean = text == null ? "" : text.strip();
        if (Text.hasUnreadable(clean)) {
            throw new CallRejection(field, "text.unreadable");
        }
        if (clean.length() > max) {
            throw new CallRejection(field, "text.tooLong", max);
        }
        return clean;
    }

    private byte @Nullable [] encrypt(String value, String column, UUID id) {
        return value.isEmpty() ? null : encryption.encrypt(value, binding(column, id));
    }

    private String decrypt(byte @Nullable [] value, String column, UUID id) {
        return value == null ? "" : encryption.decrypt(value, binding(column, id));
    }

    private static String binding(String column, UUID id) {
        return "coresponse_person." + column + ":" + id;
    }
}
