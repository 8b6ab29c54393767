package ca.vigie.complaints.process;

import ca.vigie.complaints.offices.Jurisdiction;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What happened to a file so far, as much as its deadlines depend on: the notice, its stages, its steps. */
public record FileHistory(Jurisdiction jurisdiction, LocalDate receivedOn, List<Entered> stages, List<Done> steps) {

    /** The file entered a stage on a day. */
    public record Entered(Stage stage, LocalDate on) {}

    /** A step was done on a day. */
    public record Done(StepKind kind, LocalDate on) {}

    public FileHistory {
        stages = stages.stream().sorted(Comparator.comparing(Entered::on)).toList();
        steps = steps.stream().sorted(Comparator.comparing(Done::on)).toList();
    }

    public @Nullable LocalDate closedOn() {
        return entered(Stage.CLOSED).orElse(null);
    }

    public Optional<LocalDate> entered(Stage stage) {
        return stages.stream().filter(e -> e.stage() == stage).map(Entered::on).findFirst();
    }

    /** The day the investigation ended: the file left it for recommendations or closed from it. */
    public Optional<LocalDate> investigationEnded() {
        for (int i = 0; i < stages.size() - 1; i++) {
            if (stages.get(i).stage() == Stage.INVESTIGATION) {
                return Optional.of(stages.get(i + 1).on());
            }
        }
        return Optional.empty();
    }

    public List<LocalDate> stepsOf(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).map(Done::on).toList();
    }

    public FileHistory with(Entered entered) {
        List<Entered> more = new java.util.ArrayList<>(stages);
        more.add(entered);
        return new FileHistory(jurisdiction, receivedOn, more, steps);
    }

    public FileHistory with(Done done) {
        List<Done> more = new java.util.ArrayList<>(steps);
        more.add(done);
        return new FileHistory(jurisdiction, receivedOn, stages, more);
    }
}
