package ca.vigie.complaints.process;

import ca.vigie.complaints.offices.Jurisdiction;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a complaint may take under one jurisdiction. Under the federal regulations a file goes
 * to negotiated resolution first, then conciliation or investigation if it is not resolved; under
 * Ontario's and Québec's laws the office may try an informal resolution or investigate. Whatever
 * the law, a file may be withdrawn or closed for another reason at any step.
 */
public final class Process {

    private final Jurisdiction jurisdiction;

    private Process(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public static Process of(Jurisdiction jurisdiction) {
        return new Process(jurisdiction);
    }

    /** The stages a file at {@code from} may move to next. */
    public Set<Stage> next(Stage from) {
        return switch (from) {
            case RECEIVED -> EnumSet.of(Stage.INITIAL_REVIEW, Stage.CLOSED);
            case INITIAL_REVIEW -> with(firstResolutions(), Stage.CLOSED);
            case INFORMAL_RESOLUTION -> EnumSet.of(Stage.INVESTIGATION, Stage.CLOSED);
            case NEGOTIATED_RESOLUTION -> EnumSet.of(Stage.CONCILIATION, Stage.INVESTIGATION, Stage.CLOSED);
            case CONCILIATION -> EnumSet.of(Stage.INVESTIGATION, Stage.CLOSED);
            case INVESTIGATION -> EnumSet.of(Stage.RECOMMENDATIONS, Stage.CLOSED);
            case RECOMMENDATIONS -> EnumSet.of(Stage.IMPLEMENTATION, Stage.CLOSED);
            case IMPLEMENTATION -> EnumSet.of(Stage.CLOSED);
            case CLOSED -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean allows(Stage from, Stage to) {
        return next(from).contains(to);
    }

    /** The reasons a file at {@code from} may close for: a resolution only by the way that reached it. */
    public Set<ClosureReason> closureReasons(Stage from) {
        Set<ClosureReason> reasons = EnumSet.of(ClosureReason.WITHDRAWN, ClosureReason.OTHER);
        switch (from) {
            case RECEIVED, INITIAL_REVIEW, INVESTIGATION -> reasons.add(ClosureReason.NOT_AN_OCCURRENCE);
            case INFORMAL_RESOLUTION -> reasons.add(ClosureReason.RESOLVED_INFORMALLY);
            case NEGOTIATED_RESOLUTION -> reasons.add(ClosureReason.RESOLVED_BY_NEGOTIATION);
            case CONCILIATION -> reasons.add(ClosureReason.RESOLVED_BY_CONCILIATION);
            case IMPLEMENTATION -> reasons.add(ClosureReason.RESOLVED_BY_INVESTIGATION);
            case RECOMMENDATIONS, CLOSED -> {}
        }
        return from == Stage.CLOSED ? EnumSet.noneOf(ClosureReason.class) : reasons;
    }

    /** The ways of resolving a complaint open to this jurisdiction once the initial review is done. */
    private Set<Stage> firstResolutions() {
        return switch (jurisdiction) {
            case FEDERAL -> EnumSet.of(Stage.NEGOTIATED_RESOLUTION);
            case ONTARIO, QUEBEC -> EnumSet.of(Stage.INFORMAL_RESOLUTION, Stage.INVESTIGATION);
        };
    }

    private static Set<Stage> with(Set<Stage> stages, Stage also) {
        Set<Stage> all = EnumSet.copyOf(stages);
        all.add(also);
        return all;
    }
}
