package ca.vigie.situations.cases;

import ca.vigie.system.FieldEncryption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a table did before it used Vigie, each step dated when it happened: meetings, situations
 * tabled and decided, their teams, services and conclusions. Nothing here checks who may act or asks the
 * clock; it is for bringing a history in, which the demo does for its fictional table.
 */
@Service
@Transactional
public class PastSituations {

    /** A situation as it was tabled and decided at a past meeting. */
    public record Tabled(
            UUID id,
            UUID communityId,
            UUID tableId,
            UUID meetingId,
            UUID originatingOrganizationId,
            @Nullable UUID openedBy,
            Instant openedAt,
            Instant tabledAt,
            Instant decidedAt,
            UUID decidedBy,
            boolean rejected,
            SituationType type,
            @Nullable AgeBand ageBand,
            Gender gender,
            @Nullable String summary,
            boolean significantInterest,
            boolean probableHarm,
            boolean severeHarm,
            boolean multipleAgencies) {}

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    PastSituations(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void meeting(UUID id, UUID communityId, UUID tableId, LocalDate heldOn, UUID createdBy, Instant createdAt) {
        jdbc.sql("""
                        insert into situation_meeting (id, community_id, table_id, held_on, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, communityId, tableId, Date.valueOf(heldOn), createdBy, Timestamp.from(createdAt))
                .update();
    }

    public void tabled(Tabled s, List<UUID> riskFactors, List<UUID> protectiveFactors) {
        jdbc.sql("""
                        insert into situation (id, community_id, table_id, originating_organization_id, opened_by, opened_at,
                            stage, situation_type, age_band, gender, summary, updated_at, meeting_id, tabled_at, decided_at,
                            decided_by, significant_interest, probable_harm, severe_harm, multiple_agencies)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        s.id(),
                        s.communityId(),
                        s.tableId(),
                        s.originatingOrganizationId(),
                        s.openedBy(),
                        Timestamp.from(s.openedAt()),
                        (s.rejected() ? Stage.REJECTED : Stage.ACCEPTED).name(),
                        s.type().name(),
                        s.ageBand() == null ? null : s.ageBand().name(),
                        s.gender().name(),
                        s.summary() == null
                                ? null
                                : encryption.encrypt(s.summary(), EncryptionBindings.summary(s.id())),
                        Timestamp.from(s.decidedAt()),
                        s.meetingId(),
                        Timestamp.from(s.tabledAt()),
                        Timestamp.from(s.decidedAt()),
                        s.decidedBy(),
                        s.significantInterest(),
                        s.probableHarm(),
                        s.severeHarm(),
                        s.multipleAgencies())
                .update();
        riskFactors.forEach(factor -> factor(s.id(), factor, "RISK"));
        protectiveFactors.forEach(factor -> factor(s.id(), factor, "PROTECTIVE"));
    }

    private void factor(UUID situationId, UUID factor, String kind) {
        jdbc.sql("""
                        insert into situation_factor (situation_id, community_id, reference_id, kind)
                        select id, community_id, ?, ? from situation where id = ?
                        """).params(factor, kind, situationId).update();
    }

    /**
     * An organisation on the team. One that did not bring the situation was told its details on the
     * basis given; one that brought it has none.
     */
    public void teamMember(
            UUID situationId,
            UUID organizationId,
            TeamRole role,
            @Nullable LegalBasis toldDetailsOn,
            UUID disclosedBy,
            Instant disclosedAt) {
        jdbc.sql("""
                        insert into situation_team_member (situation_id, community_id, organization_id, team_role, goes)
                        select id, community_id, ?, ?, true from situation where id = ?
                        """).params(organizationId, role.name(), situationId).update();
        if (toldDetailsOn != null) {
            jdbc.sql("""
                            insert into situation_disclosure (id, community_id, situation_id, organization_id, details,
                                disclosed_by, disclosed_at, legal_basis, consent_status, involvement, answered_at)
                            select ?, community_id, id, ?, 'NAME,DATE_OF_BIRTH,ADDRESS', ?, ?, ?, ?, ?, ?
                            from situation where id = ?
                            """)
                    .params(
                            UUID.randomUUID(),
                            organizationId,
                            disclosedBy,
                            Timestamp.from(disclosedAt),
                            toldDetailsOn.name(),
                            ConsentStatus.GIVEN.name(),
                            Involvement.INVOLVED.name(),
                            Timestamp.from(disclosedAt),
                            situationId)
                    .update();
        }
    }

    public void intervention(UUID situationId, LocalDate on, List<UUID> services) {
        jdbc.sql("update situation set stage = ?, intervention_on = ? where id = ?")
                .params(Stage.INTERVENTION.name(), Date.valueOf(on), situationId)
                .update();
        for (UUID service : services) {
            jdbc.sql("""
                            insert into situation_service (situation_id, community_id, reference_id)
                            select id, community_id, ? from situation where id = ?
                            """).params(service, situationId).update();
        }
    }

    public void concluded(UUID situationId, UUID reasonId, LocalDate on) {
        jdbc.sql("update situation set stage = ?, conclusion_reason_id = ?, concluded_on = ? where id = ?")
                .params(Stage.CONCLUDED.name(), reasonId, Date.valueOf(on), situationId)
                .update();
    }

    /** The name the team kept while the situation was open, encrypted as any identity is. */
    public void identity(UUID situationId, String fullName) {
        jdbc.sql("""
                        insert into situation_identity (situation_id, community_id, full_name)
                        select id, community_id, ? from situation where id = ?
                        """)
                .params(
                        encryption.encrypt(fullName, EncryptionBindings.identity("full_name", situationId)),
                        situationId)
                .update();
    }

    /** The details were destroyed at the end of the retention period. */
    public void detailsDestroyed(UUID situationId, Instant at) {
        jdbc.sql("""
                        insert into situation_identity (situation_id, community_id, destroyed_at)
                        select id, community_id, ? from situation where id = ?
                        """).params(Timestamp.from(at), situationId).update();
        jdbc.sql("update situation set details_destroyed_at = ? where id = ?")
                .params(Timestamp.from(at), situationId)
                .update();
    }
}
