package ca.vigie.organizations.directory;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.BilingualName;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sectors an organisation can belong to, as bilingual reference data. Vigie ships a list shared
 * by every community; a community administrator adds the community's own sectors, rewords them
 * (earlier wordings are kept) and retires any sector for the community alone. A retired sector stays
 * readable on the organisations that have it.
 */
@Component
public class Sectors {

    static final int MAX_LABEL = 120;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    Sectors(JdbcClient jdbc, AuditTrail audit, SubmissionGuard submissions, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    public record Sector(String code, String labelFr, String labelEn, boolean retired, boolean shipped, int version) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
        }
    }

    /** An earlier wording of a sector, kept when it was reworded. */
    public record Wording(int version, String labelFr, String labelEn, Instant replacedAt) {}

    /** Every sector the community sees, shipped and its own, retired ones included and marked. */
    @Transactional(readOnly = true)
    public List<Sector> all(UUID communityId) {
        return jdbc.sql("""
                        select s.code, s.label_fr, s.label_en, s.version, s.community_id is null as shipped,
                               s.retired or exists (select 1 from sector_retired r
                                                    where r.community_id = :community and r.code = s.code) as retired
                        from sector s
                        where s.community_id is null or s.community_id = :community
                        order by s.sort_order, s.label_fr
                        """)
                .param("community", communityId)
                .query((rs, row) -> new Sector(
                        rs.getString("code"),
                        rs.getString("label_fr"),
                        rs.getString("label_en"),
                        rs.getBoolean("retired"),
                        rs.getBoolean("shipped"),
                        rs.getInt("version")))
                .list();
    }

    /** The sectors the community's organisations may be given. */
    @Transactional(readOnly = true)
    public List<Sector> selectable(UUID communityId) {
        return all(communityId).stream().filter(sector -> !sector.retired()).toList();
    }

    @Transactional(readOnly = true)
    public boolean isSelectable(UUID communityId, String code) {
        return selectable(communityId).stream().anyMatch(sector -> sector.code().equals(code));
    }

    /** A sector the community sees; another community's answers as absent. */
    @Transactional(readOnly = true)
    public Sector get(UUID communityId, String code) {
        return all(communityId).stream()
                .filter(sector -> sector.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Sector"));
    }

    /** Adds one of the community's own sectors; the same form submitted again adds nothing. */
    @Transactional
    public void add(VigiePrincipal admin, String labelFr, String labelEn, UUID formToken) {
        requireAdmin(admin);
        submissions.once(formToken, () -> {
            checkLabels(admin.communityId(), labelFr, labelEn, null);
            String code = code(labelEn);
            int order = jdbc.sql("""
                            select coalesce(max(sort_order), 0) + 10 from sector
                            where (community_id is null or community_id = ?) and sort_order < 990
                            """)
                    .param(admin.communityId())
                    .query(Integer.class)
                    .single();
            jdbc.sql("""
                            insert into sector (code, community_id, label_fr, label_en, sort_order, created_at)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            code,
                            admin.communityId(),
                            labelFr.strip(),
                            labelEn.strip(),
                            order,
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(admin, "SECTOR_ADDED", "sector", code));
            // The guard remembers an id per form; a sector has a code, so the id is only a receipt.
            return UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    /** New wording for one of the community's own sectors; the wording it replaces is kept. */
    @Transactional
    public void reword(VigiePrincipal admin, String code, String labelFr, String labelEn, int expectedVersion) {
        requireAdmin(admin);
        Sector sector = get(admin.communityId(), code);
        if (sector.shipped()) {
            throw new RejectedValueException("labelFr", "sectors.shipped");
        }
        checkLabels(admin.communityId(), labelFr, labelEn, code);
        int reworded = jdbc.sql("""
                        update sector set label_fr = ?, label_en = ?, version = version + 1
                        where code = ? and community_id = ? and version = ?
                        """)
                .params(labelFr.strip(), labelEn.strip(), code, admin.communityId(), expectedVersion)
                .update();
        if (reworded == 0) {
            throw new StaleEditException("Sector");
        }
        jdbc.sql("""
                        insert into sector_wording (code, community_id, version, label_fr, label_en, replaced_at, replaced_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        code,
                        admin.communityId(),
                        sector.version(),
                        sector.labelFr(),
                        sector.labelEn(),
                        Timestamp.from(calendar.now()),
                        admin.userId())
                .update();
        audit.record(AuditEntry.by(admin, "SECTOR_REWORDED", "sector", code));
    }

    /** Takes a sector out of the community's choices, or puts it back; organisations keep theirs. */
    @Transactional
    public void setRetired(VigiePrincipal admin, String code, boolean retired) {
        requireAdmin(admin);
        Sector sector = get(admin.communityId(), code);
        if (retired && !sector.retired()) {
            jdbc.sql("""
                            insert into sector_retired (community_id, code, retired_at, retired_by) values (?, ?, ?, ?)
                            """)
                    .params(admin.communityId(), code, Timestamp.from(calendar.now()), admin.userId())
                    .update();
            audit.record(AuditEntry.by(admin, "SECTOR_RETIRED", "sector", code));
        } else if (!retired && sector.retired()) {
            jdbc.sql("delete from sector_retired where community_id = ? and code = ?")
                    .params(admin.communityId(), code)
                    .update();
            audit.record(AuditEntry.by(admin, "SECTOR_RESTORED", "sector", code));
        }
    }

    /** Earlier wordings of a sector, newest first. */
    @Transactional(readOnly = true)
    public List<Wording> wordings(UUID communityId, String code) {
        get(communityId, code);
        return jdbc.sql("""
                        select version, label_fr, label_en, replaced_at from sector_wording
                        where code = ? order by version desc
                        """).param(code).query(Wording.class).list();
    }

    private void checkLabels(UUID communityId, String labelFr, String labelEn, @Nullable String except) {
        BilingualName.label(labelFr, labelEn, MAX_LABEL);
        for (Sector sector : all(communityId)) {
            if (sector.code().equals(except)) {
                continue;
            }
            if (sector.labelFr().equalsIgnoreCase(labelFr.strip())) {
                throw new RejectedValueException("labelFr", "sectors.taken");
            }
            if (sector.labelEn().equalsIgnoreCase(labelEn.strip())) {
                throw new RejectedValueException("labelEn", "sectors.taken");
            }
        }
    }

    /** A code from the English label, made unique everywhere, since organisations refer to it. */
    private static String code(String labelEn) {
        String slug = Normalizer.normalize(labelEn.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        String head = slug.isEmpty() ? "SECTOR" : slug.substring(0, Math.min(slug.length(), 30));
        return head + "_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private static void requireAdmin(VigiePrincipal admin) {
        if (!admin.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only a community administrator manages sectors");
        }
    }
}
