package ca.vigie.complaints.files;

import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may reach a file. Only the office's staff assigned to it, and the office lead, ever do; never
 * the people it names, nor anyone above them in the reporting lines, nor the reporter, nor anyone
 * the lead kept out; and a file opens for staff only once they declare that they have no conflict
 * of interest. The people kept out are worked out each time from the file's encrypted parties and
 * today's reporting lines, so a change of manager takes effect at once.
 */
@Component
class FileWalls {

    private final JdbcClient jdbc;
    private final FileStore store;
    private final ComplaintOffices offices;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;
    private final FileBatches batches;

    FileWalls(
            JdbcClient jdbc,
            FileStore store,
            ComplaintOffices offices,
            OrganizationDirectory directory,
            CommunityCalendar calendar,
            FileBatches batches) {
        this.jdbc = jdbc;
        this.store = store;
        this.offices = offices;
        this.directory = directory;
        this.calendar = calendar;
        this.batches = batches;
    }

    /** A person's standing on a file and the roles they hold on it. */
    record Access(Standing standing, boolean lead, Set<StaffRole> roles) {

        static final Access NONE = new Access(Standing.NONE, false, Set.of());

        boolean open() {
            return standing == Standing.OPEN;
        }

        boolean holds(StaffRole role) {
            return roles.contains(role);
        }
    }

    Access access(VigiePrincipal who, FileHeader file) {
        return accessAll(who, List.of(file)).get(file.id());
    }

    /**
     * A person's access to each of these files, in a few queries whatever their number. The rules
     * are asked the other way round from {@link #keptOut} (is this person, or someone they manage,
     * named in the file?) so that nobody's managers are looked up file by file.
     */
    Map<UUID, Access> accessAll(VigiePrincipal who, List<FileHeader> files) {
        Map<UUID, Access> access = new HashMap<>();
        files.forEach(file -> access.put(file.id(), Access.NONE));
        if (!(who.has(Role.OFFICE_INTAKE) || who.has(Role.INVESTIGATOR))) {
            return access;
        }
        List<FileHeader> mine = files.stream()
                .filter(file -> who.communityId().equals(file.communityId()))
                .toList();
        Map<UUID, Set<StaffRole>> officeRoles = new HashMap<>();
        for (ComplaintOffice office : offices.staffedBy(who.communityId(), who.userId())) {
            Set<StaffRole> roles = office.rolesOf(who.userId());
            roles.remove(StaffRole.ANALYST);
            officeRoles.put(office.id(), roles);
        }
        List<UUID> ids = mine.stream().map(FileHeader::id).toList();
        Set<UUID> selfAndBelow = new HashSet<>(directory.peopleBelow(who.communityId(), who.userId()));
        selfAndBelow.add(who.userId());
        Map<UUID, Set<UUID>> parties = batches.partyUsers(ids);
        Map<UUID, UUID> reporters = batches.reporterUsers(ids);
        Set<UUID> denied = batches.deniedTo(who.userId(), ids);
        Map<UUID, List<FileBatches.Assignment>> assignments = new HashMap<>();
        batches.assignments(who.userId(), ids, calendar.today(who.communityId()))
                .forEach(a -> assignments
                        .computeIfAbsent(a.fileId(), f -> new ArrayList<>())
                        .add(a));
        for (FileHeader file : mine) {
            Set<StaffRole> roles = officeRoles.getOrDefault(file.officeId(), Set.of());
            boolean keptOut = denied.contains(file.id())
                    || who.userId().equals(reporters.get(file.id()))
                    || parties.getOrDefault(file.id(), Set.of()).stream().anyMatch(selfAndBelow::contains);
            if (roles.isEmpty() || keptOut) {
                continue;
            }
            boolean lead = roles.contains(StaffRole.OFFICE_LEAD);
            List<FileBatches.Assignment> onThisFile = assignments.getOrDefault(file.id(), List.of());
            Set<StaffRole> onFile = EnumSet.noneOf(StaffRole.class);
            onThisFile.stream()
                    .filter(FileBatches.Assignment::inForce)
                    .forEach(a -> onFile.add(StaffRole.valueOf(a.staffRole())));
            onFile.retainAll(roles);
            if (lead) {
                onFile.add(StaffRole.OFFICE_LEAD);
            }
            if (!onFile.isEmpty()) {
                boolean declared = onThisFile.stream().anyMatch(FileBatches.Assignment::declared);
                access.put(file.id(), new Access(declared ? Standing.OPEN : Standing.DECLARATION_OWED, lead, onFile));
            }
        }
        return access;
    }

    /**
     * Everyone who may never reach the file: the people it names who have an account, everyone
     * above them, the person who filed it, and those the office lead or a conflict of interest kept out.
     */
    Set<UUID> keptOut(FileHeader file) {
        Set<UUID> out = new HashSet<>();
        for (Intake.Party party : store.parties(file.id())) {
            if (party.userId() != null) {
                out.add(party.userId());
                out.addAll(directory.managersAbove(file.communityId(), party.userId()));
            }
        }
        UUID reporter = store.reporter(file.id()).userId();
        if (reporter != null) {
            out.add(reporter);
        }
        out.addAll(jdbc.sql("select user_id from complaint_denied where file_id = ?")
                .param(file.id())
                .query(UUID.class)
                .list());
        return out;
    }
}
