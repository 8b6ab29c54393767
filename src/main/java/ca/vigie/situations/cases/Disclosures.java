package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filter 3: once the table accepts a situation, the originating organisation reveals its identifying
 * details to the other organisations present at the meeting, each reveal logged with its legal basis
 * and consent status; an organisation whose agreement is not in force receives nothing. Each
 * organisation told answers whether it is already involved.
 */
@Service
public class Disclosures {

    private final SituationAccess access;
    private final JdbcClient jdbc;
    private final Situations situations;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    Disclosures(
            JdbcClient jdbc,
            Situations situations,
            AuditTrail audit,
            CommunityCalendar calendar,
            SituationAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.situations = situations;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Who received the details, and who could not for want of an agreement in force. */
    public record Reveal(List<UUID> revealedTo, List<UUID> withoutAgreement) {}

    @Transactional
    public Reveal reveal(
            VigiePrincipal who,
            UUID situationId,
            @Nullable LegalBasis basis,
            String basisOther,
            @Nullable ConsentStatus consent) {
        Situation situation = situations.get(who, situationId);
        if (!access.isOriginating(who, situation)) {
            throw new NotFoundException("Situation");
        }
        if (situation.stage() != Stage.ACCEPTED) {
            throw new SituationRejection("legalBasis", "disclosures.notAccepted");
        }
        if (basis == null) {
            throw new SituationRejection("legalBasis", "validation.required");
        }
        if (basis == LegalBasis.OTHER && basisOther.isBlank()) {
            throw new SituationRejection("legalBasisOther", "validation.required");
        }
        if (basisOther.strip().length() > 300) {
            throw new SituationRejection("legalBasisOther", "text.tooLong", 300);
        }
        if (consent == null) {
            throw new SituationRejection("consentStatus", "validation.required");
        }
        String details = details(situationId);
        if (details.isEmpty()) {
            throw new SituationRejection("legalBasis", "disclosures.nothing");
        }
        List<UUID> present =
                jdbc.sql("""
                        select distinct organization_id from situation_meeting_attendance
                        where meeting_id = ? order by organization_id
                        """).param(situation.meetingId()).query(UUID.class).list();
        if (present.isEmpty()) {
            throw new SituationRejection("legalBasis", "disclosures.noAttendance");
        }
        SituationTable table = access.seat(who, situation.tableId()).table();
        LocalDate today = calendar.today(who.communityId());
        List<UUID> revealed = new ArrayList<>();
        List<UUID> blocked = new ArrayList<>();
        for (UUID organization : present) {
            if (organization.equals(situation.originatingOrganizationId())) {
                continue;
            }
            if (!table.mayReceiveIdentifyingInformation(organization, today)) {
                blocked.add(organization);
                continue;
            }
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                            insert into situation_disclosure (id, community_id, situation_id, organization_id, details,
                                disclosed_by, disclosed_at, legal_basis, legal_basis_other, consent_status)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (situation_id, organization_id) do nothing
                            """)
                    .params(
                            id,
                            who.communityId(),
                            situationId,
                            organization,
                            details,
                            who.userId(),
                            Timestamp.from(calendar.now()),
                            basis.name(),
                            basis == LegalBasis.OTHER ? basisOther.strip() : null,
                            consent.name())
                    .update();
            if (inserted == 1) {
                revealed.add(organization);
                audit.record(AuditEntry.by(who, "SITUATION_IDENTITY_DISCLOSED", "situation_disclosure", id)
                        .withPurpose("filter 3 reveal to an organisation present"));
            }
        }
        return new Reveal(revealed, blocked);
    }

    /**
     * The disclosure log of a situation: all of it for the originating organisation, its own entry
     * for an organisation that received the details, nothing for anyone else. Reading the situation
     * behind it is audited, so this is not a read-only transaction.
     */
    @Transactional
    public List<Disclosure> log(VigiePrincipal who, UUID situationId) {
        Situation situation = situations.get(who, situationId);
        boolean originating = access.isOriginating(who, situation);
        UUID seat = access.seat(who, situation.tableId()).organizationId();
        return jdbc
                .sql("""
                        select * from situation_disclosure where community_id = ? and situation_id = ?
                        order by disclosed_at, organization_id
                        """)
                .params(who.communityId(), situationId)
                .query((rs, row) -> new Disclosure(
                        rs.getObject("id", UUID.class),
                        rs.getObject("situation_id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("details"),
                        rs.getObject("disclosed_by", UUID.class),
                        rs.getTimestamp("disclosed_at").toInstant(),
                        LegalBasis.valueOf(rs.getString("legal_basis")),
                        rs.getString("legal_basis_other"),
                        ConsentStatus.valueOf(rs.getString("consent_status")),
                        rs.getString("involvement") == null ? null : Involvement.valueOf(rs.getString("involvement"))))
                .list()
                .stream()
                .filter(entry -> originating || entry.organizationId().equals(seat))
                .toList();
    }

    /** An organisation that received the details says whether it is already involved. */
    @Transactional
    public void answer(VigiePrincipal who, UUID situationId, @Nullable Involvement involvement) {
        Situation situation = situations.get(who, situationId);
        UUID seat = access.seat(who, situation.tableId()).organizationId();
        if (involvement == null) {
            throw new SituationRejection("involvement", "validation.required");
        }
        int answered = jdbc.sql("""
                        update situation_disclosure set involvement = ?, answered_by = ?, answered_at = ?
                        where community_id = ? and situation_id = ? and organization_id = ?
                        """)
                .params(
                        involvement.name(),
                        who.userId(),
                        Timestamp.from(calendar.now()),
                        who.communityId(),
                        situationId,
                        seat)
                .update();
        if (answered == 0) {
            throw new NotFoundException("Disclosure");
        }
        audit.record(AuditEntry.by(who, "SITUATION_INVOLVEMENT_ANSWERED", "situation", situationId));
    }

    /** Which identifying details exist, by name, without reading them. */
    private String details(UUID situationId) {
        return jdbc.sql("""
                        select concat_ws(',',
                            case when full_name is not null then 'NAME' end,
                            case when date_of_birth is not null then 'DATE_OF_BIRTH' end,
                            case when address is not null then 'ADDRESS' end,
                            case when other_contact is not null then 'OTHER_CONTACT' end)
                        from situation_identity where situation_id = ? and destroyed_at is null
                        """).param(situationId).query(String.class).optional().orElse("");
    }
}
