package ca.vigie.situations.reference;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.BilingualName;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference lists of a community's situation tables. Vigie ships a starting list of each; a
 * community administrator adds the community's own values, rewords them (the earlier wording is
 * kept as a version) and retires any value, shipped or own, for the community alone.
 */
@Service
public class SituationReference {

    private static final int MAX_LABEL = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    SituationReference(JdbcClient jdbc, AuditTrail audit, SubmissionGuard submissions, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /** Every value of a list for the community, retired ones included, in the list's order. */
    @Transactional(readOnly = true)
    public List<ReferenceValue> values(UUID communityId, ReferenceList list) {
        return jdbc.sql("""
                        select r.*, r.community_id is null as shipped,
                               exists (select 1 from situation_reference_retired x
                                       where x.community_id = :community and x.reference_id = r.id) as retired
                        from situation_reference r
                        where (r.community_id is null or r.community_id = :community) and r.list = :list
                        order by r.sort_order, lower(r.label_fr)
                        """)
                .param("community", communityId)
                .param("list", list.name())
                .query(SituationReference::value)
                .list();
    }

    /** The values a form offers: those in use. */
    @Transactional(readOnly = true)
    public List<ReferenceValue> choices(UUID communityId, ReferenceList list) {
        return values(communityId, list).stream()
                .filter(value -> !value.retired())
                .toList();
    }

    @Transactional
    public UUID add(
            VigiePrincipal admin,
            ReferenceList list,
            String labelFr,
            String labelEn,
            @Nullable UUID parentId,
            @Nullable String grouping,
            UUID formToken) {
        requireAdmin(admin);
        BilingualName.label(labelFr, labelEn, MAX_LABEL);
        if (list.hasParent()
                && (parentId == null || !isUsable(admin.communityId(), ReferenceList.RISK_CATEGORY, parentId))) {
            throw new ReferenceRejection("parentId", "validation.required");
        }
        if (list.hasGrouping() && (grouping == null || !Outcome.named(grouping))) {
            throw new ReferenceRejection("grouping", "validation.required");
        }
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            String code = freeCode(admin.communityId(), list, labelEn);
            int order = jdbc.sql("""
                            select coalesce(max(sort_order), 0) + 10 from situation_reference
                            where (community_id is null or community_id = ?) and list = ?
                            """)
                    .params(admin.communityId(), list.name())
                    .query(Integer.class)
                    .single();
            jdbc.sql("""
                            insert into situation_reference
                                (id, community_id, list, code, parent_id, grouping, label_fr, label_en, sort_order, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            admin.communityId(),
                            list.name(),
                            code,
                            list.hasParent() ? parentId : null,
                            list.hasGrouping() ? grouping : null,
                            labelFr.strip(),
                            labelEn.strip(),
                            order,
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(admin, "SITUATION_REFERENCE_ADDED", "situation_reference", id));
            return id;
        });
    }

    /** New wording for one of the community's own values; the wording it replaces is kept as a version. */
    @Transactional
    public void reword(VigiePrincipal admin, UUID id, String labelFr, String labelEn, int expectedVersion) {
        requireAdmin(admin);
        BilingualName.label(labelFr, labelEn, MAX_LABEL);
        ReferenceValue value = get(admin.communityId(), id);
        if (value.shipped()) {
            throw new ReferenceRejection("labelFr", "reference.shipped");
        }
        if (value.version() != expectedVersion) {
            throw new StaleEditException("Reference value");
        }
        int reworded = jdbc.sql("""
                        update situation_reference set label_fr = ?, label_en = ?, version = version + 1
                        where id = ? and community_id = ? and version = ?
                        """)
                .params(labelFr.strip(), labelEn.strip(), id, admin.communityId(), expectedVersion)
                .update();
        if (reworded == 0) {
            throw new StaleEditException("Reference value");
        }
        jdbc.sql("""
                        insert into situation_reference_wording
                            (reference_id, community_id, version, label_fr, label_en, replaced_at, replaced_by)
                        select id, community_id, ?, ?, ?, ?, ? from situation_reference where id = ?
                        """)
                .params(
                        value.version(),
                        value.labelFr(),
                        value.labelEn(),
                        Timestamp.from(calendar.now()),
                        admin.userId(),
                        id)
                .update();
        audit.record(AuditEntry.by(admin, "SITUATION_REFERENCE_REWORDED", "situation_reference", id));
    }

    /** Takes a value out of the community's choices, or puts it back; records keep it either way. */
    @Transactional
    public void setRetired(VigiePrincipal admin, UUID id, boolean retired) {
        requireAdmin(admin);
        ReferenceValue value = get(admin.communityId(), id);
        if (retired && !value.retired()) {
            jdbc.sql("""
                            insert into situation_reference_retired (community_id, reference_id, retired_at, retired_by)
                            values (?, ?, ?, ?)
                            """)
                    .params(admin.communityId(), id, Timestamp.from(calendar.now()), admin.userId())
                    .update();
            audit.record(AuditEntry.by(admin, "SITUATION_REFERENCE_RETIRED", "situation_reference", id));
        } else if (!retired && value.retired()) {
            jdbc.sql("delete from situation_reference_retired where community_id = ? and reference_id = ?")
                    .params(admin.communityId(), id)
                    .update();
            audit.record(AuditEntry.by(admin, "SITUATION_REFERENCE_RESTORED", "situation_reference", id));
        }
    }

    /** A value the community can see, shipped or its own; another community's answers as absent. */
    @Transactional(readOnly = true)
    public ReferenceValue get(UUID communityId, UUID id) {
        return jdbc.sql("""
                        select r.*, r.community_id is null as shipped,
                               exists (select 1 from situation_reference_retired x
                                       where x.community_id = :community and x.reference_id = r.id) as retired
                        from situation_reference r
                        where r.id = :id and (r.community_id is null or r.community_id = :community)
                        """)
                .param("community", communityId)
                .param("id", id)
                .query(SituationReference::value)
                .optional()
                .orElseThrow(() -> new NotFoundException("Reference value"));
    }

    /** Earlier wordings of a value, newest first. */
    @Transactional(readOnly = true)
    public List<Wording> wordings(UUID communityId, UUID id) {
        get(communityId, id);
        return jdbc.sql("""
                        select version, label_fr, label_en, replaced_at from situation_reference_wording
                        where reference_id = ? order by version desc
                        """).param(id).query(Wording.class).list();
    }

    /** A wording a value had until a date. */
    public record Wording(int version, String labelFr, String labelEn, Instant replacedAt) {}

    private boolean isUsable(UUID communityId, ReferenceList list, UUID id) {
        return choices(communityId, list).stream().anyMatch(value -> value.id().equals(id));
    }

    /** A code from the English wording, made unique within the list: exports and statistics name values by it. */
    private String freeCode(UUID communityId, ReferenceList list, String labelEn) {
        String base = Normalizer.normalize(labelEn, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        base = base.isEmpty() ? "VALUE" : base.substring(0, Math.min(base.length(), 50));
        String code = base;
        for (int n = 2; taken(communityId, list, code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private boolean taken(UUID communityId, ReferenceList list, String code) {
        return jdbc.sql("""
                        select exists (select 1 from situation_reference
                        where (community_id is null or community_id = ?) and list = ? and code = ?)
                        """)
                .params(communityId, list.name(), code)
                .query(Boolean.class)
                .single();
    }

    private static void requireAdmin(VigiePrincipal who) {
        if (!who.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only community administrators manage reference lists");
        }
    }

    private static ReferenceValue value(ResultSet rs, int row) throws SQLException {
        return new ReferenceValue(
                rs.getObject("id", UUID.class),
                ReferenceList.valueOf(rs.getString("list")),
                rs.getString("code"),
                rs.getObject("parent_id", UUID.class),
                rs.getString("grouping"),
                rs.getString("label_fr"),
                rs.getString("label_en"),
                rs.getInt("version"),
                rs.getBoolean("shipped"),
                rs.getBoolean("retired"));
    }
}
