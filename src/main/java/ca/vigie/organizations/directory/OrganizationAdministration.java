package ca.vigie.organizations.directory;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.directory.Organization.OrganizationDetails;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a community administrator does with organisations. Every method takes the acting
 * administrator and works only inside that person's community: an id from another community is
 * not found.
 */
@Service
public class OrganizationAdministration {

    private final OrganizationRepository organizations;
    private final Sectors sectors;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    OrganizationAdministration(
            OrganizationRepository organizations,
            Sectors sectors,
            JdbcClient jdbc,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.organizations = organizations;
        this.sectors = sectors;
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    public record Row(UUID id, String nameFr, String nameEn, String sectorFr, String sectorEn, boolean active) {}

    @Transactional(readOnly = true)
    public List<Row> search(Actor admin, @Nullable String text, @Nullable String sector, @Nullable Boolean active) {
        StringBuilder sql = new StringBuilder("""
                select o.id, o.name_fr, o.name_en, s.label_fr as sector_fr, s.label_en as sector_en, o.active
                from organization o join sector s on s.code = o.sector
                where o.community_id = :community
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("community", admin.communityId());
        if (text != null && !text.isBlank()) {
            sql.append(" and (o.name_fr ilike :text or o.name_en ilike :text)");
            params.put("text", "%" + escapeLike(text.strip()) + "%");
        }
        if (sector != null && !sector.isBlank()) {
            sql.append(" and o.sector = :sector");
            params.put("sector", sector);
        }
        if (active != null) {
            sql.append(" and o.active = :active");
            params.put("active", active);
        }
        sql.append(" order by lower(o.name_fr) limit 500");
        return jdbc.sql(sql.toString()).params(params).query(Row.class).list();
    }

    @Transactional(readOnly = true)
    public Organization get(Actor admin, UUID id) {
        return organizations
                .findByIdAndCommunityId(id, admin.communityId())
                .orElseThrow(() -> new NotFoundException("Organization"));
    }

    @Transactional
    public UUID create(Actor admin, OrganizationDetails details, UUID formToken) {
        return submissions.once(formToken, () -> {
            checkSector(admin.communityId(), details.sector());
            checkNamesFree(admin.communityId(), details, null);
            Organization created = Organization.create(admin.communityId(), details, now());
            saveChecked(created);
            audit.record(AuditEntry.by(admin, "ORGANIZATION_CREATED", "organization", created.id()));
            return created.id();
        });
    }

    @Transactional
    public void edit(Actor admin, UUID id, OrganizationDetails details, int expectedVersion) {
        Organization current = get(admin, id);
        // An organisation keeps a sector retired since it was given; it cannot be given a retired one.
        if (!details.sector().equals(current.sector())) {
            checkSector(admin.communityId(), details.sector());
        }
        checkNamesFree(admin.communityId(), details, id);
        try {
            saveChecked(current.edit(details, expectedVersion, now()));
        } catch (OptimisticLockingFailureException stale) {
            throw new StaleEditException("Organization");
        }
        audit.record(AuditEntry.by(admin, "ORGANIZATION_UPDATED", "organization", id));
    }

    @Transactional
    public void setActive(Actor admin, UUID id, boolean active) {
        Organization current = get(admin, id);
        if (current.active() == active) {
            return;
        }
        organizations.save(current.withActive(active, now()));
        audit.record(
                AuditEntry.by(admin, active ? "ORGANIZATION_ENABLED" : "ORGANIZATION_DISABLED", "organization", id));
    }

    private void checkSector(UUID communityId, String sector) {
        if (!sectors.isSelectable(communityId, sector)) {
            throw RejectedValueException.invalidChoice("sector");
        }
    }

    private void checkNamesFree(UUID communityId, OrganizationDetails details, @Nullable UUID except) {
        if (nameTaken(communityId, "name_fr", details.nameFr(), except)) {
            throw RejectedValueException.duplicate("nameFr");
        }
        if (nameTaken(communityId, "name_en", details.nameEn(), except)) {
            throw RejectedValueException.duplicate("nameEn");
        }
    }

    private boolean nameTaken(UUID communityId, String column, String name, @Nullable UUID except) {
        return jdbc.sql("select count(*) from organization where community_id = :community and lower(" + column
                                + ") = lower(:name) and id <> :except")
                        .param("community", communityId)
                        .param("name", name.strip())
                        .param("except", except == null ? new UUID(0, 0) : except)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private void saveChecked(Organization organization) {
        try {
            organizations.save(organization);
        } catch (DuplicateKeyException raced) {
            throw RejectedValueException.duplicate("nameFr");
        }
    }

    private Instant now() {
        return calendar.now();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
