package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Situations at filters 1 and 2: a representative of a member organisation opens one at a table,
 * and only the representatives of that organisation see it until they table it at a meeting, once
 * its summary holds nothing that could identify someone; then every representative at the table sees
 * its de-identified facts. Whoever may not see a situation is told it does not exist. Every read of a
 * situation, and every showing of its identifying details, is audited.
 */
@Service
public class Situations {

    static final int MAX_SUMMARY = 1000;
    static final int MAX_IDENTITY_FIELD = 200;

    private final JdbcClient jdbc;
    private final SituationReference reference;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final SituationAccess access;
    private final IdentityStore identities;

    Situations(
            JdbcClient jdbc,
            SituationReference reference,
            FieldEncryption encryption,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar,
            SituationAccess access,
            IdentityStore identities) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.encryption = encryption;
        this.audit = audit;
        this.submissions = submissions;
        this.identities = identities;
        this.access = access;
        this.calendar = calendar;
    }

    @Transactional
    public UUID open(
            VigiePrincipal who, UUID tableId, Situation.Facts facts, Situation.Identity identity, UUID formToken) {
        SituationAccess.Seat seat = access.seat(who, tableId);
        check(who, facts);
        check(identity);
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            Timestamp now = Timestamp.from(calendar.now());
            jdbc.sql("""
                            insert into situation (id, community_id, table_id, originating_organization_id, opened_by,
                                opened_at, stage, situation_type, age_band, gender, summary, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            who.communityId(),
                            tableId,
                            seat.organizationId(),
                            who.userId(),
                            now,
                            Stage.ORIGINATING.name(),
                            facts.type().name(),
                            ageBandOf(facts),
                            facts.gender().name(),
                            encryption.encrypt(facts.summary().strip(), EncryptionBindings.summary(id)),
                            now)
                    .update();
            saveFactors(id, facts);
            identities.save(id, identity);
            audit.record(AuditEntry.by(who, "SITUATION_OPENED", "situation", id));
            return id;
        });
    }

    /** One situation, if the person may see it; its summary is read, so the read is audited. */
    @Transactional
    public Situation get(VigiePrincipal who, UUID id) {
        Situation situation = visible(who, id);
        audit.recordRead(who, "situation", id, "situation read");
        return situation;
    }

    /** The identifying details, shown on purpose and audited; at filter 1, to the originating organisation. */
    @Transactional
    public Situation.Identity identity(VigiePrincipal who, UUID id) {
        Situation situation = visible(who, id);
        boolean allowed = situation.stage() == Stage.INTERVENTION || situation.stage() == Stage.CONCLUDED
                ? access.onTeam(who, situation)
                : access.isOriginating(who, situation) || access.disclosedToSeat(who, situation);
        if (!allowed) {
            throw new NotFoundException("Situation identity");
        }
        Situation.Identity identity = identities.recorded(id);
        audit.recordRead(who, "situation_identity", id, "identifying details shown");
        return identity;
    }

    /**
     * Whether the person may correct the situation: only the originating organisation, while the
     * situation is still with it; for anyone else the situation cannot be corrected and does not
     * exist. Reads no identifying detail, so that opening the correction form shows none.
     */
    @Transactional(readOnly = true)
    public void requireCorrectable(VigiePrincipal who, UUID id) {
        if (originating(who, id).stage() != Stage.ORIGINATING) {
            throw new NotFoundException("Situation");
        }
    }

    /** The identifying details, to be corrected: shown on purpose and audited, to whoever may correct the situation. */
    @Transactional
    public Situation.Identity identityToCorrect(VigiePrincipal who, UUID id) {
        requireCorrectable(who, id);
        return identity(who, id);
    }

    /**
     * Corrections by the originating organisation, before the situation is tabled. The identifying
     * details typed with them replace the recorded ones as a whole only if they were shown in the
     * form; otherwise a field left blank keeps what is recorded.
     */
    @Transactional
    public void edit(
            VigiePrincipal who,
            UUID id,
            Situation.Facts facts,
            Situation.Identity identity,
            IdentityCorrection correction,
            int expectedVersion) {
        Situation current = originating(who, id);
        if (current.stage() != Stage.ORIGINATING) {
            throw new SituationRejection("summary", "situations.tabled.locked");
        }
        check(who, facts);
        check(identity);
        int changed = jdbc.sql("""
                        update situation set situation_type = ?, age_band = ?, gender = ?, summary = ?,
                            version = version + 1, updated_at = ?
                        where id = ? and community_id = ? and version = ? and stage = ?
                        """)
                .params(
                        facts.type().name(),
                        ageBandOf(facts),
                        facts.gender().name(),
                        encryption.encrypt(facts.summary().strip(), EncryptionBindings.summary(id)),
                        Timestamp.from(calendar.now()),
                        id,
                        who.communityId(),
                        expectedVersion,
                        current.stage().name())
                .update();
        if (changed == 0) {
            throw new StaleEditException("Situation");
        }
        jdbc.sql("delete from situation_factor where situation_id = ?")
                .param(id)
                .update();
        saveFactors(id, facts);
        if (correction == IdentityCorrection.AS_SHOWN || !identity.isEmpty()) {
            // Read only to be merged, never shown to anyone: not an identity read.
            Situation.Identity saved = correction == IdentityCorrection.AS_SHOWN
                    ? identity
                    : identity.keepingBlanksFrom(identities.recorded(id));
            jdbc.sql("delete from situation_identity where situation_id = ?")
                    .param(id)
                    .update();
            identities.save(id, saved);
        }
        audit.record(AuditEntry.by(who, "SITUATION_EDITED", "situation", id));
    }

    /**
     * The names a text shown to the table must not contain: those in the situation's identifying
     * details, for the identifier check. Never shown to anyone.
     */
    List<String> namesToAvoid(UUID id) {
        return identities.fullNames(id);
    }

    /**
     * A situation the person may see: their own organisation's at any stage; once tabled, any
     * situation of a table they sit at. Anyone else is told it does not exist.
     */
    Situation visible(VigiePrincipal who, UUID id) {
        Situation situation = load(who, id);
        boolean seen = access.seats(who).stream()
                .anyMatch(seat -> seat.table().id().equals(situation.tableId())
                        && (situation.stage().sharedWithTable()
                                || seat.organizationId().equals(situation.originatingOrganizationId())));
        if (!seen) {
            throw new NotFoundException("Situation");
        }
        return situation;
    }

    /** A situation of the person's own organisation, the only one that may correct, table or identify it yet. */
    Situation originating(VigiePrincipal who, UUID id) {
        Situation situation = load(who, id);
        if (!access.isOriginating(who, situation)) {
            throw new NotFoundException("Situation");
        }
        return situation;
    }

    private Situation load(VigiePrincipal who, UUID id) {
        return jdbc.sql("select * from situation where community_id = ? and id = ?")
                .params(who.communityId(), id)
                .query(this::situation)
                .optional()
                .orElseThrow(() -> new NotFoundException("Situation"));
    }

    Situation situation(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<UUID> risk = new ArrayList<>();
        List<UUID> protective = new ArrayList<>();
        jdbc.sql("select reference_id, kind from situation_factor where situation_id = ?")
                .param(id)
                .query((factors, n) -> ("RISK".equals(factors.getString("kind")) ? risk : protective)
                        .add(factors.getObject("reference_id", UUID.class)))
                .list();
        boolean hasIdentity = jdbc.sql(
                        "select exists (select 1 from situation_identity where situation_id = ? and destroyed_at is null)")
                .param(id)
                .query(Boolean.class)
                .single();
        return new Situation(
                id,
                rs.getObject("table_id", UUID.class),
                rs.getObject("originating_organization_id", UUID.class),
                rs.getObject("opened_by", UUID.class),
                rs.getTimestamp("opened_at").toInstant(),
                Stage.valueOf(rs.getString("stage")),
                SituationType.valueOf(rs.getString("situation_type")),
                ageBand(rs),
                Gender.valueOf(rs.getString("gender")),
                rs.getBytes("summary") == null
                        ? ""
                        : encryption.decrypt(rs.getBytes("summary"), EncryptionBindings.summary(id)),
                risk,
                protective,
                hasIdentity,
                rs.getObject("meeting_id", UUID.class),
                rs.getTimestamp("decided_at") == null
                        ? null
                        : new Situation.Decision(
                                new Situation.Criteria(
                                        rs.getBoolean("significant_interest"),
                                        rs.getBoolean("probable_harm"),
                                        rs.getBoolean("severe_harm"),
                                        rs.getBoolean("multiple_agencies")),
                                rs.getTimestamp("decided_at").toInstant()),
                rs.getObject("conclusion_reason_id", UUID.class) == null
                        ? null
                        : new Situation.Conclusion(
                                rs.getObject("conclusion_reason_id", UUID.class),
                                rs.getDate("concluded_on").toLocalDate()),
                rs.getTimestamp("details_destroyed_at") == null
                        ? null
                        : rs.getTimestamp("details_destroyed_at").toInstant(),
                rs.getInt("version"));
    }

    private void check(VigiePrincipal who, Situation.Facts facts) {
        if (facts.type() == null) {
            throw new SituationRejection("type", "validation.required");
        }
        if (facts.type().hasAgeBand() && facts.ageBand() == null) {
            throw new SituationRejection("ageBand", "validation.required");
        }
        if (facts.gender() == null) {
            throw new SituationRejection("gender", "validation.required");
        }
        if (facts.riskFactorIds().isEmpty()) {
            throw new SituationRejection("riskFactorIds", "situations.riskFactors.required");
        }
        if (!inUse(who, ReferenceList.RISK_FACTOR).containsAll(facts.riskFactorIds())) {
            throw new SituationRejection("riskFactorIds", "validation.invalidChoice");
        }
        if (!inUse(who, ReferenceList.PROTECTIVE_FACTOR).containsAll(facts.protectiveFactorIds())) {
            throw new SituationRejection("protectiveFactorIds", "validation.invalidChoice");
        }
        if (facts.summary().isBlank()) {
            throw new SituationRejection("summary", "validation.required");
        }
        if (facts.summary().strip().length() > MAX_SUMMARY) {
            throw new SituationRejection("summary", "text.tooLong", MAX_SUMMARY);
        }
    }

    private static void check(Situation.Identity identity) {
        String[][] fields = {
            {"fullName", identity.fullName()},
            {"dateOfBirth", identity.dateOfBirth()},
            {"address", identity.address()},
            {"otherContact", identity.otherContact()}
        };
        for (String[] field : fields) {
            if (field[1].strip().length() > MAX_IDENTITY_FIELD) {
                throw new SituationRejection(field[0], "text.tooLong", MAX_IDENTITY_FIELD);
            }
        }
        if (!identity.dateOfBirth().isBlank()) {
            try {
                LocalDate.parse(identity.dateOfBirth().strip());
            } catch (DateTimeParseException notADate) {
                throw new SituationRejection("dateOfBirth", "situations.identity.dateOfBirth.invalid");
            }
        }
    }

    private Set<UUID> inUse(VigiePrincipal who, ReferenceList list) {
        return reference.choices(who.communityId(), list).stream()
                .map(ReferenceValue::id)
                .collect(Collectors.toSet());
    }

    private static final String FACTOR = """
            insert into situation_factor (situation_id, community_id, reference_id, kind)
            select id, community_id, ?, ? from situation where id = ?
            """;

    private void saveFactors(UUID id, Situation.Facts facts) {
        facts.riskFactorIds().stream()
                .distinct()
                .forEach(factor -> jdbc.sql(FACTOR).params(factor, "RISK", id).update());
        facts.protectiveFactorIds().stream()
                .distinct()
                .forEach(factor ->
                        jdbc.sql(FACTOR).params(factor, "PROTECTIVE", id).update());
    }

    private static @Nullable String ageBandOf(Situation.Facts facts) {
        return facts.type() != null && facts.type().hasAgeBand() && facts.ageBand() != null
                ? facts.ageBand().name()
                : null;
    }

    static @Nullable AgeBand ageBand(ResultSet rs) throws SQLException {
        String band = rs.getString("age_band");
        return band == null ? null : AgeBand.valueOf(band);
    }
}
