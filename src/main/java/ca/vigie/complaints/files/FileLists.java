package ca.vigie.complaints.files;

import ca.vigie.complaints.process.Deadline;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.Stage;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff's lists of files: the files they may reach, a page at a time, and the soonest
 * deadlines owed on them. Nothing here opens a file: a line holds no content.
 */
@Service
public class FileLists {

    private final ReachableFiles reachable;
    private final FileBatches batches;
    private final CommunityCalendar calendar;

    FileLists(ReachableFiles reachable, FileBatches batches, CommunityCalendar calendar) {
        this.reachable = reachable;
        this.batches = batches;
        this.calendar = calendar;
    }

    /** A file in a staff member's list: no content, only where it stands and what is owed next. */
    public record Line(FileHeader file, Standing standing, List<Deadline> owed) {}

    private static final Pattern REFERENCE_TEXT = Pattern.compile("[0-9A-Za-z-]*");

    /** One page of a staff member's files, numbered from 0, and how many there are in all. */
    public record Page(List<Line> lines, int page, int pages, int total) {}

    /** A deadline owed on a file. */
    public record Due(FileHeader file, Deadline deadline) {}

    /** The soonest deadlines owed on a staff member's files; {@code more} when others fall later. */
    public record Owed(List<Due> soonest, boolean more) {}

    /** A staff member's list as their page shows it: a page of files and the soonest deadlines. */
    public record Listing(Page files, Owed owed) {}

    /** A page of files and the soonest deadlines, with who is asking worked out once for both. */
    @Transactional(readOnly = true)
    public Listing listing(
            VigiePrincipal who, @Nullable Stage stage, String reference, int page, int size, int deadlines) {
        ReachableFiles.Viewer viewer = reachable.viewer(who);
        return new Listing(page(viewer, stage, reference, page, size), owed(viewer, deadlines));
    }

    /** All the files a member of staff may reach, newest first: the office's for its lead, else those assigned. */
    @Transactional(readOnly = true)
    public List<Line> reachableBy(VigiePrincipal who) {
        return lines(who, reachable.find(who, ReachableFiles.Ask.all()).files());
    }

    /**
     * A page of the files a member of staff may reach, newest first, narrowed to a stage and to
     * references containing some text; a page past the end gives the last one. Only the page is read.
     */
    @Transactional(readOnly = true)
    public Page reachableBy(VigiePrincipal who, @Nullable Stage stage, String reference, int page, int size) {
        return page(reachable.viewer(who), stage, reference, page, size);
    }

    private Page page(ReachableFiles.Viewer viewer, @Nullable Stage stage, String reference, int page, int size) {
        VigiePrincipal who = viewer.who();
        int wanted = Math.max(0, page);
        if (!REFERENCE_TEXT.matcher(reference).matches()) {
            // No reference holds anything but letters, digits and dashes.
            return new Page(List.of(), 0, 1, 0);
        }
        ReachableFiles.Found found =
                reachable.find(viewer, ReachableFiles.Ask.page(stage, reference, size, wanted * size));
        int pages = Math.max(1, (found.total() + size - 1) / size);
        if (wanted >= pages) {
            // Past the end: the last page there is.
            return page(viewer, stage, reference, pages - 1, size);
        }
        return new Page(lines(who, found.files()), wanted, pages, found.total());
    }

    /**
     * The soonest deadlines owed on the files a member of staff may reach, at most {@code limit}. Each
     * file keeps the date of its soonest open deadline, so the files that owe the soonest are found
     * without computing every file's deadlines: the {@code limit} soonest deadlines are among the
     * deadlines of the {@code limit} files whose soonest is soonest.
     */
    @Transactional(readOnly = true)
    public Owed soonestOwed(VigiePrincipal who, int limit) {
        return owed(reachable.viewer(who), limit);
    }

    private Owed owed(ReachableFiles.Viewer viewer, int limit) {
        VigiePrincipal who = viewer.who();
        ReachableFiles.Found found = reachable.find(viewer, ReachableFiles.Ask.soonestDue(limit + 1));
        List<ReachableFiles.Reached> soonest =
                found.files().subList(0, Math.min(limit, found.files().size()));
        List<Due> all = lines(who, soonest).stream()
                .flatMap(line -> line.owed().stream().map(deadline -> new Due(line.file(), deadline)))
                .sorted(Comparator.comparing((Due due) -> due.deadline().dueOn()))
                .toList();
        return new Owed(
                all.subList(0, Math.min(limit, all.size())), found.files().size() > limit || all.size() > limit);
    }

    private List<Line> lines(VigiePrincipal who, List<ReachableFiles.Reached> reached) {
        LocalDate today = calendar.today(who.communityId());
        Map<UUID, FileHistory> histories = batches.histories(
                reached.stream().map(ReachableFiles.Reached::file).toList());
        return reached.stream()
                .map(r -> new Line(
                        r.file(),
                        r.access().standing(),
                        Deadlines.of(histories.get(r.file().id()), today).stream()
                                .filter(Deadline::open)
                                .toList()))
                .toList();
    }
}
