package ca.vigie.organizations.directory;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.NamedObjects;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.BilingualName;
import ca.vigie.system.NamedObject;
import ca.vigie.system.NamedRows;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The areas of a community that its administrator keeps, so that where something happened is one of
 * them rather than an address: created, renamed, retired (what was recorded under a retired area keeps
 * it) and brought back.
 */
@Service
public class CommunityAreas implements NamedObjects<CommunityAreas.Area> {

    private static final String TABLE = "community_area";

    private final JdbcClient jdbc;
    private final NamedRows rows;
    private final SubmissionGuard submissions;
    private final AuditTrail audit;

    CommunityAreas(JdbcClient jdbc, NamedRows rows, SubmissionGuard submissions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.submissions = submissions;
        this.audit = audit;
    }

    /** An area of the community, in both languages. */
    public record Area(UUID id, String nameFr, String nameEn, boolean retired, int version) implements NamedObject {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
        }
    }

    /** Every area of the community, those in use first, by French name. */
    @Transactional(readOnly = true)
    public List<Area> areas(UUID communityId) {
        return jdbc.sql("""
                        select id, name_fr, name_en, retired, version from community_area
                        where community_id = ? order by retired, lower(name_fr)
                        """).param(communityId).query(Area.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<Area> find(UUID communityId, UUID id) {
        return jdbc.sql("""
                        select id, name_fr, name_en, retired, version from community_area
                        where community_id = ? and id = ?
                        """).params(communityId, id).query(Area.class).optional();
    }

    @Transactional(readOnly = true)
    @Override
    public Area get(UUID communityId, UUID id) {
        return find(communityId, id).orElseThrow(() -> new NotFoundException("Area"));
    }

    @Transactional
    @Override
    public UUID create(VigiePrincipal admin, String nameFr, String nameEn, UUID formToken) {
        requireAdmin(admin);
        BilingualName name = BilingualName.of(nameFr, nameEn);
        return submissions.once(formToken, () -> {
            // Checked once the token is known to be new: a form sent twice answers the area it made.
            requireFree(admin.communityId(), name, null);
            UUID id = rows.create(TABLE, admin.communityId(), name);
            audit.record(AuditEntry.by(admin, "AREA_CREATED", "area", id));
            return id;
        });
    }

    @Transactional
    @Override
    public void rename(VigiePrincipal admin, UUID id, String nameFr, String nameEn, int expectedVersion) {
        requireAdmin(admin);
        get(admin.communityId(), id);
        BilingualName name = BilingualName.of(nameFr, nameEn);
        requireFree(admin.communityId(), name, id);
        rows.rename(TABLE, admin.communityId(), id, name, expectedVersion);
        audit.record(AuditEntry.by(admin, "AREA_RENAMED", "area", id));
    }

    /** Retires an area from new records, or brings it back; records already made keep it. */
    @Transactional
    public void setRetired(VigiePrincipal admin, UUID id, boolean retired) {
        requireAdmin(admin);
        get(admin.communityId(), id);
        jdbc.sql("update community_area set retired = ?, version = version + 1 where id = ? and community_id = ?")
                .params(retired, id, admin.communityId())
                .update();
        audit.record(AuditEntry.by(admin, retired ? "AREA_RETIRED" : "AREA_RESTORED", "area", id));
    }

    /** Two areas of a community never share a name, in either language. */
    private void requireFree(UUID communityId, BilingualName name, @Nullable UUID except) {
        for (Area area : areas(communityId)) {
            if (area.id().equals(except)) {
                continue;
            }
            if (area.nameFr().equalsIgnoreCase(name.fr())) {
                throw new RejectedValueException("nameFr", "areas.taken");
            }
            if (area.nameEn().equalsIgnoreCase(name.en())) {
                throw new RejectedValueException("nameEn", "areas.taken");
            }
        }
    }

    private static void requireAdmin(VigiePrincipal who) {
        if (!who.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only a community administrator keeps the areas");
        }
    }
}
