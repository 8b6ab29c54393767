package ca.vigie.organizations;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.directory.RejectedValueException;
import ca.vigie.system.CommunityCalendar;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's register of information-sharing agreements, one per partner organisation, which
 * every group that exchanges identifying information reads: a situation table, a mixed team. The
 * administrator records an agreement or its renewal; the register keeps the one in force.
 */
@Service
public class Agreements {

    static final int MAX_REFERENCE = 120;

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    Agreements(JdbcClient jdbc, OrganizationDirectory directory, AuditTrail audit, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.calendar = calendar;
    }

    /**
     * Records an organisation's agreement, or its renewal; returns whether it renewed one. Refused by
     * field: {@code organizationId}, {@code agreementReference}, {@code agreementSigned},
     * {@code agreementExpires}.
     */
    @Transactional
    public boolean record(
            VigiePrincipal admin,
            @Nullable UUID organizationId,
            String reference,
            @Nullable LocalDate signed,
            @Nullable LocalDate expires) {
        if (!admin.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only a community administrator records agreements");
        }
        if (organizationId == null || !directory.isActiveOrganization(admin.communityId(), organizationId)) {
            throw new RejectedValueException("organizationId", "validation.invalidChoice");
        }
        if (reference.isBlank()) {
            throw new RejectedValueException("agreementReference", "validation.required");
        }
        if (reference.strip().length() > MAX_REFERENCE) {
            throw new RejectedValueException("agreementReference", "text.tooLong", MAX_REFERENCE);
        }
        if (signed == null) {
            throw new RejectedValueException("agreementSigned", "validation.required");
        }
        if (expires == null) {
            throw new RejectedValueException("agreementExpires", "validation.required");
        }
        if (!expires.isAfter(signed)) {
            throw new RejectedValueException("agreementExpires", "tables.agreement.order");
        }
        boolean renewal =
                directory.agreement(admin.communityId(), organizationId).isPresent();
        jdbc.sql("""
                        insert into information_sharing_agreement
                            (community_id, organization_id, reference, signed, expires, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (community_id, organization_id) do update set
                            reference = excluded.reference, signed = excluded.signed, expires = excluded.expires,
                            version = information_sharing_agreement.version + 1,
                            recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                        """)
                .params(
                        admin.communityId(),
                        organizationId,
                        reference.strip(),
                        Date.valueOf(signed),
                        Date.valueOf(expires),
                        Timestamp.from(calendar.now()),
                        admin.userId())
                .update();
        audit.record(AuditEntry.by(
                admin, renewal ? "AGREEMENT_RENEWED" : "AGREEMENT_RECORDED", "organization", organizationId));
        return renewal;
    }
}
