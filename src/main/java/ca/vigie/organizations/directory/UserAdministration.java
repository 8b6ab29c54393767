package ca.vigie.organizations.directory;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.directory.UserAccount.UserDetails;
import ca.vigie.system.Actor;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a community administrator does with people and memberships, inside their own community.
 * Disabling a person or resetting their password ends all of that person's sessions.
 */
@Service
public class UserAdministration {

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    UserAdministration(
            UserAccountRepository users,
            OrganizationRepository organizations,
            MembershipRepository memberships,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            SessionTerminator sessions,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.users = users;
        this.organizations = organizations;
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    public record Row(
            UUID id,
            String username,
            String displayName,
            String organizationFr,
            String organizationEn,
            boolean enabled,
            boolean mfaEnabled) {}

    public record MembershipRow(UUID id, Role role, String organizationFr, String organizationEn, Instant grantedAt) {}

    @Transactional(readOnly = true)
    public List<Row> search(Actor admin, @Nullable String text, @Nullable UUID organizationId) {
        StringBuilder sql = new StringBuilder("""
                select u.id, u.username, u.display_name, o.name_fr as organization_fr,
                       o.name_en as organization_en, u.enabled, u.mfa_enabled
                from user_account u join organization o on o.id = u.organization_id
                where u.community_id = :community
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("community", admin.communityId());
        if (text != null && !text.isBlank()) {
            sql.append(" and (u.username ilike :text or u.display_name ilike :text or u.email ilike :text)");
            params.put("text", "%" + OrganizationAdministration.escapeLike(text.strip()) + "%");
        }
        if (organizationId != null) {
            sql.append(" and u.organization_id = :organization");
            params.put("organization", organizationId);
        }
        sql.append(" order by lower(u.display_name) limit 500");
        return jdbc.sql(sql.toString()).params(params).query(Row.class).list();
    }

    @Transactional(readOnly = true)
    public UserAccount get(Actor admin, UUID id) {
        return users.findByIdAndCommunityId(id, admin.communityId()).orElseThrow(() -> new NotFoundException("User"));
    }

    @Transactional(readOnly = true)
    public List<MembershipRow> membershipsOf(Actor admin, UUID userId) {
        get(admin, userId);
        return jdbc.sql("""
                        select m.id, m.role, o.name_fr as organization_fr, o.name_en as organization_en, m.granted_at
                        from membership m join organization o on o.id = m.organization_id
                        where m.user_id = ? and m.community_id = ?
                        order by m.role
                        """)
                .params(userId, admin.communityId())
                .query(MembershipRow.class)
                .list();
    }

    @Transactional
    public UUID create(Actor admin, String username, UserDetails details, String temporaryPassword, UUID formToken) {
        return submissions.once(formToken, () -> {
            checkOrganization(admin, details.organizationId());
            if (users.findByUsername(username.strip()).isPresent()) {
                throw RejectedValueException.duplicate("username");
            }
            UserAccount created = UserAccount.create(
                    admin.communityId(), details, username.strip(), passwords.encode(temporaryPassword), now());
            try {
                users.save(created);
            } catch (DuplicateKeyException raced) {
                throw RejectedValueException.duplicate("username");
            }
            audit.record(AuditEntry.by(admin, "USER_CREATED", "user", created.id()));
            return created.id();
        });
    }

    @Transactional
    public void edit(Actor admin, UUID id, UserDetails details, int expectedVersion) {
        UserAccount current = get(admin, id);
        checkOrganization(admin, details.organizationId());
        try {
            users.save(current.edit(details, expectedVersion, now()));
        } catch (OptimisticLockingFailureException stale) {
            throw new StaleEditException("User");
        }
        audit.record(AuditEntry.by(admin, "USER_UPDATED", "user", id));
    }

    @Transactional
    public void setEnabled(Actor admin, UUID id, boolean enabled) {
        UserAccount current = get(admin, id);
        if (!enabled && current.id().equals(admin.userId())) {
            throw new RejectedValueException("enabled", "admin.users.cannotDisableSelf");
        }
        if (current.enabled() == enabled) {
            return;
        }
        users.save(current.withEnabled(enabled, now()));
        if (!enabled) {
            sessions.endAllSessionsOf(current.username());
        }
        audit.record(AuditEntry.by(admin, enabled ? "USER_ENABLED" : "USER_DISABLED", "user", id));
    }

    @Transactional
    public void resetPassword(Actor admin, UUID id, String temporaryPassword) {
        UserAccount current = get(admin, id);
        users.save(current.withPassword(passwords.encode(temporaryPassword), true, now()));
        sessions.endAllSessionsOf(current.username());
        audit.record(AuditEntry.by(admin, "USER_PASSWORD_RESET", "user", id));
    }

    /** For a person who lost their device: they enrol again at next sign-in if their roles need it. */
    @Transactional
    public void resetSecondFactor(Actor admin, UUID id) {
        UserAccount current = get(admin, id);
        users.save(current.withMfa(null, false, now()));
        jdbc.sql("delete from mfa_recovery_code where user_id = ?").param(id).update();
        sessions.endAllSessionsOf(current.username());
        audit.record(AuditEntry.by(admin, "MFA_RESET_BY_ADMINISTRATOR", "user", id));
    }

    @Transactional
    public void grant(Actor admin, UUID userId, UUID organizationId, Role role) {
        refuseOwnRoles(admin, userId);
        get(admin, userId);
        checkOrganization(admin, organizationId);
        boolean exists = memberships.findByUserId(userId).stream()
                .anyMatch(m -> m.organizationId().equals(organizationId) && m.role() == role && m.scopeId() == null);
        if (exists) {
            throw new RejectedValueException("role", "admin.memberships.duplicate");
        }
        Membership membership =
                Membership.grant(admin.communityId(), userId, organizationId, role, now(), admin.userId());
        memberships.save(membership);
        audit.record(AuditEntry.by(admin, "MEMBERSHIP_GRANTED", "user", userId).withPurpose(role.name()));
    }

    @Transactional
    public void revoke(Actor admin, UUID userId, UUID membershipId) {
        Membership membership = memberships
                .findByIdAndCommunityId(membershipId, admin.communityId())
                .filter(m -> m.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("Membership"));
        refuseOwnRoles(admin, membership.userId());
        memberships.delete(membership);
        // A session keeps the roles it started with: end it so the revoked role stops at once.
        sessions.endAllSessionsOf(get(admin, userId).username());
        audit.record(AuditEntry.by(admin, "MEMBERSHIP_REVOKED", "user", userId)
                .withPurpose(membership.role().name()));
    }

    @Transactional(readOnly = true)
    public List<Organization> selectableOrganizations(Actor admin) {
        return organizations.findActiveInCommunity(admin.communityId());
    }

    /** Separation of duties: an administrator's own roles are changed by another administrator. */
    private static void refuseOwnRoles(Actor admin, UUID userId) {
        if (userId.equals(admin.userId())) {
            throw new RejectedValueException("role", "admin.memberships.notOnYourself");
        }
    }

    private void checkOrganization(Actor admin, UUID organizationId) {
        boolean usable = organizations
                .findByIdAndCommunityId(organizationId, admin.communityId())
                .filter(Organization::active)
                .isPresent();
        if (!usable) {
            throw RejectedValueException.invalidChoice("organizationId");
        }
    }

    private Instant now() {
        return calendar.now();
    }
}
