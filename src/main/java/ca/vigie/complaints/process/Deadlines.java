package ca.vigie.complaints.process;

import ca.vigie.complaints.offices.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines a file's jurisdiction sets, computed from its history. Federal: contact the
 * principal party within 7 days of the notice, begin negotiated resolution within 45 days, update
 * both parties every month, complete within a year. Ontario: send the investigation's results in
 * writing within 10 days of its end. Québec's law sets no deadline on the office; it limits the
 * employee's own recourse to two years after the last incident. Months and years are calendar ones:
 * a notice of 31 January owes its updates on 28 (or 29) February, 31 March, 30 April and so on.
 */
public final class Deadlines {

    static final int FIRST_CONTACT_DAYS = 7;
    static final int NEGOTIATED_RESOLUTION_DAYS = 45;
    static final int RESULTS_DAYS = 10;
    static final int RECOURSE_YEARS = 2;

    private Deadlines() {}

    /** Every deadline owed so far, and the next one of each recurring kind, as of a day. */
    public static List<Deadline> of(FileHistory file, LocalDate today) {
        List<Deadline> owed = new ArrayList<>();
        LocalDate closed = file.closedOn();
        switch (file.jurisdiction()) {
            case FEDERAL -> {
                once(
                        owed,
                        closed,
                        DeadlineKind.FIRST_CONTACT,
                        file.receivedOn().plusDays(FIRST_CONTACT_DAYS),
                        file.stepsOf(StepKind.FIRST_CONTACT).stream()
                                .findFirst()
                                .orElse(null));
                once(
                        owed,
                        closed,
                        DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN,
                        file.receivedOn().plusDays(NEGOTIATED_RESOLUTION_DAYS),
                        file.entered(Stage.NEGOTIATED_RESOLUTION).orElse(null));
                monthly(owed, file, closed, today);
                owed.add(new Deadline(DeadlineKind.COMPLETION, file.receivedOn().plusYears(1), closed));
            }
            case ONTARIO ->
                file.investigationEnded()
                        .ifPresent(ended -> owed.add(new Deadline(
                                DeadlineKind.RESULTS_IN_WRITING,
                                ended.plusDays(RESULTS_DAYS),
                                file.stepsOf(StepKind.RESULTS_SENT).stream()
                                        .findFirst()
                                        .orElse(null))));
            case QUEBEC -> {}
        }
        return owed.stream()
                .sorted(java.util.Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::kind))
                .toList();
    }

    /** The first deadline of a kind still owed, if the file owes one. */
    public static Optional<Deadline> owed(FileHistory file, DeadlineKind kind, LocalDate today) {
        return of(file, today).stream()
                .filter(d -> d.kind() == kind && d.open())
                .findFirst();
    }

    /**
     * Whether doing what a deadline asks on a day is late: a late completion of a step must be
     * explained.
     */
    public static boolean late(FileHistory file, DeadlineKind kind, LocalDate on) {
        return owed(file, kind, on).map(d -> on.isAfter(d.dueOn())).orElse(false);
    }

    /** Under Québec's law, the last day the employee may complain to the labour standards board. */
    public static Optional<LocalDate> recourseLimit(Jurisdiction jurisdiction, LocalDate lastIncident) {
        return jurisdiction == Jurisdiction.QUEBEC
                ? Optional.of(lastIncident.plusYears(RECOURSE_YEARS))
                : Optional.empty();
    }

    /** A deadline owed once, unless the file closed before it fell due without it being needed. */
    private static void once(
            List<Deadline> owed,
            @Nullable LocalDate closed,
            DeadlineKind kind,
            LocalDate due,
            @Nullable LocalDate done) {
        if (done == null && closed != null && !closed.isAfter(due)) {
            return;
        }
        owed.add(new Deadline(kind, due, done));
    }

    /**
     * Monthly updates on the notice's day of the month. An update made before a due date answers
     * it; one made after answers it late. Updates stop with the file.
     */
    private static void monthly(List<Deadline> owed, FileHistory file, @Nullable LocalDate closed, LocalDate today) {
        List<LocalDate> updates = file.stepsOf(StepKind.STATUS_UPDATE);
        int next = 0;
        for (int month = 1; month <= 1200; month++) {
            LocalDate due = file.receivedOn().plusMonths(month);
            if (closed != null && due.isAfter(closed)) {
                return;
            }
            LocalDate answered = null;
            while (next < updates.size() && !updates.get(next).isAfter(due)) {
                answered = updates.get(next++);
            }
            if (answered == null && next < updates.size()) {
                answered = updates.get(next++);
            }
            owed.add(new Deadline(DeadlineKind.STATUS_UPDATE, due, answered));
            if (answered == null && closed == null && !due.isBefore(today)) {
                return;
            }
        }
    }
}
