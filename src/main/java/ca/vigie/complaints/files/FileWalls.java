package ca.vigie.complaints.files;

import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import java.util.HashSet;
import java.util.List;
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
    private final OrganizationDirectory directory;
    private final ReachableFiles reachable;

    FileWalls(JdbcClient jdbc, FileStore store, OrganizationDirectory directory, ReachableFiles reachable) {
        this.jdbc = jdbc;
        this.store = store;
        this.directory = directory;
        this.reachable = reachable;
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
        return reachable.accessAll(who, List.of(file.id())).get(file.id());
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
