package ca.vigie.complaints.files;

import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.Stage;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.BlindIndex;
import ca.vigie.system.CommunityCalendar;
import java.sql.Array;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The walls of {@link FileWalls} as one SQL query, so that a list reads only the page it shows: the
 * files of the offices where the person is lead, or that they are assigned to in a role they still
 * hold there; never one that names them or someone below them in the reporting lines (matched on the
 * blind index tags of the encrypted accounts), nor one they filed, nor one they were kept out of.
 * The same query answers for one file, a list of files, or a page, so there is one rule to keep.
 */
@Component
class ReachableFiles {

    private final JdbcClient jdbc;
    private final ComplaintOffices offices;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;
    private final BlindIndex index;

    ReachableFiles(
            JdbcClient jdbc,
            ComplaintOffices offices,
            OrganizationDirectory directory,
            CommunityCalendar calendar,
            BlindIndex index) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.directory = directory;
        this.calendar = calendar;
        this.index = index;
    }

    /** A file the person reaches, and how. */
    record Reached(FileHeader file, FileWalls.Access access) {}

    /** What was asked, and how many files match in all when they were counted. */
    record Found(List<Reached> files, int total) {}

    /** Which files, in which order: some given files, or a page of those matching a stage and a reference. */
    record Ask(
            @Nullable Collection<UUID> ids,
            @Nullable Stage stage,
            String reference,
            boolean soonestDueFirst,
            int limit,
            int offset,
            boolean counted) {

        static Ask these(Collection<UUID> ids) {
            return new Ask(ids, null, "", false, Integer.MAX_VALUE, 0, false);
        }

        static Ask all() {
            return new Ask(null, null, "", false, Integer.MAX_VALUE, 0, false);
        }

        /** A page of the files matching a stage and a reference, newest first, counting them all. */
        static Ask page(@Nullable Stage stage, String reference, int limit, int offset) {
            return new Ask(null, stage, reference, false, limit, offset, true);
        }

        /** The files that owe the soonest deadlines. */
        static Ask soonestDue(int limit) {
            return new Ask(null, null, "", true, limit, 0, false);
        }
    }

    /**
     * Who is asking, as the walls need it: the offices they lead, the roles they hold in each, and
     * the tags of the people whose files they may not reach. Worked out once for all a page asks.
     */
    record Viewer(VigiePrincipal who, List<UUID> leadOf, List<Object[]> rolesHeld, List<byte[]> partyTags) {

        boolean reachesNothing() {
            return rolesHeld.isEmpty();
        }
    }

    Viewer viewer(VigiePrincipal who) {
        if (!(who.has(Role.OFFICE_INTAKE) || who.has(Role.INVESTIGATOR))) {
            return new Viewer(who, List.of(), List.of(), List.of());
        }
        List<UUID> leadOf = new ArrayList<>();
        List<Object[]> rolesHeld = new ArrayList<>();
        for (ComplaintOffice office : offices.staffedBy(who.communityId(), who.userId())) {
            Set<StaffRole> roles = office.rolesOf(who.userId());
            roles.remove(StaffRole.ANALYST);
            roles.forEach(role -> rolesHeld.add(new Object[] {office.id(), role.name()}));
            if (roles.contains(StaffRole.OFFICE_LEAD)) {
                leadOf.add(office.id());
            }
        }
        if (rolesHeld.isEmpty()) {
            return new Viewer(who, List.of(), List.of(), List.of());
        }
        Set<UUID> selfAndBelow = new HashSet<>(directory.peopleBelow(who.communityId(), who.userId()));
        selfAndBelow.add(who.userId());
        List<byte[]> partyTags = selfAndBelow.stream()
                .map(user -> index.tag(FileStore.PARTY_TAG, user))
                .toList();
        return new Viewer(who, leadOf, rolesHeld, partyTags);
    }

    Found find(VigiePrincipal who, Ask ask) {
        return find(viewer(who), ask);
    }

    Found find(Viewer viewer, Ask ask) {
        if (viewer.reachesNothing() || (ask.ids() != null && ask.ids().isEmpty())) {
            return new Found(List.of(), 0);
        }
        VigiePrincipal who = viewer.who();
        List<UUID> leadOf = viewer.leadOf();
        String lead = leadOf.isEmpty() ? "false" : "f.office_id in (:leadOf)";
        String assigned = """
                from complaint_assignment a where a.file_id = f.id and a.user_id = :me
                  and (a.access_until is null or a.access_until >= :today)
                  and (f.office_id, a.staff_role) in (:rolesHeld)
                """;
        // The walls and the filters, on every file of the community: cheap anti-joins on indexes.
        StringBuilder where = new StringBuilder(" from complaint_file f where f.community_id = :community and (")
                .append(lead)
                .append(" or exists (select 1 ")
                .append(assigned)
                .append("))")
                .append(" and not exists (select 1 from complaint_denied d where d.file_id = f.id and d.user_id = :me)")
                .append(" and not exists (select 1 from complaint_reporter r where r.file_id = f.id")
                .append(" and r.user_tag = :reporterTag)")
                .append(" and not exists (select 1 from complaint_party p where p.file_id = f.id")
                .append(" and p.user_tag in (:partyTags))");
        if (ask.ids() != null) {
            where.append(" and f.id in (:ids)");
        }
        if (ask.stage() != null) {
            where.append(" and f.stage = :stage");
        }
        if (!ask.reference().isEmpty()) {
            where.append(" and strpos(lower(f.reference), :reference) > 0");
        }
        if (ask.soonestDueFirst()) {
            where.append(" and f.next_due_on is not null");
        }
        String order = ask.soonestDueFirst()
                ? " order by f.next_due_on, f.received_on desc, f.reference desc"
                : " order by f.received_on desc, f.reference desc";
        // Only identifiers are sorted; the files of the page, and what the person holds on each, are
        // read for the page alone.
        String sql = "with page as (select f.id, " + lead + " as is_lead" + where + order
                + (ask.limit() == Integer.MAX_VALUE ? "" : " limit :limit offset :offset")
                + ") select f.*, page.is_lead, array(select distinct a.staff_role " + assigned + ") as held,"
                + " exists (select 1 from complaint_assignment a where a.file_id = f.id and a.user_id = :me"
                + " and a.declared_at is not null) as declared from page join complaint_file f on f.id = page.id"
                + order;
        Map<String, Object> params = new HashMap<>();
        params.put("community", who.communityId());
        params.put("me", who.userId());
        params.put("today", Date.valueOf(calendar.today(who.communityId())));
        params.put("rolesHeld", viewer.rolesHeld());
        params.put("reporterTag", index.tag(FileStore.REPORTER_TAG, who.userId()));
        params.put("partyTags", viewer.partyTags());
        params.put("ids", ask.ids() == null ? List.of() : List.copyOf(ask.ids()));
        params.put("stage", ask.stage() == null ? "" : ask.stage().name());
        params.put("reference", ask.reference().toLowerCase(Locale.ROOT));
        params.put("limit", ask.limit());
        params.put("offset", ask.offset());
        params.put("leadOf", leadOf);
        List<Reached> found = jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> {
                    boolean isLead = rs.getBoolean("is_lead");
                    Set<StaffRole> onFile = EnumSet.noneOf(StaffRole.class);
                    Array held = rs.getArray("held");
                    for (String role : (String[]) held.getArray()) {
                        onFile.add(StaffRole.valueOf(role));
                    }
                    if (isLead) {
                        onFile.add(StaffRole.OFFICE_LEAD);
                    }
                    Standing standing = rs.getBoolean("declared") ? Standing.OPEN : Standing.DECLARATION_OWED;
                    return new Reached(FileRows.header(rs, row), new FileWalls.Access(standing, isLead, onFile));
                })
                .list();
        int total = !ask.counted()
                ? found.size()
                : jdbc.sql("select count(*)" + where)
                        .params(params)
                        .query(Integer.class)
                        .single();
        return new Found(found, total);
    }

    /** Each file's access, {@link FileWalls.Access#NONE} for those the person does not reach. */
    Map<UUID, FileWalls.Access> accessAll(VigiePrincipal who, Collection<UUID> ids) {
        Map<UUID, FileWalls.Access> access = new LinkedHashMap<>();
        ids.forEach(id -> access.put(id, FileWalls.Access.NONE));
        find(who, Ask.these(ids)).files().forEach(r -> access.put(r.file().id(), r.access()));
        return access;
    }
}
