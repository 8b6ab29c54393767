package ca.vigie.coresponse.calls;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the dyad records about a call; the person, when there is one, is one the team already knows. */
public record CallFacts(
        @Nullable UUID dyadId,
        @Nullable String incidentNumber,
        @Nullable CallSource source,
        @Nullable CallRole role,
        CallTimes times,
        @Nullable UUID areaId,
        Set<Nature> natures,
        Set<SafetyFlag> safetyFlags,
        Set<CallAction> actions,
        @Nullable Disposition disposition,
        @Nullable ApprehensionBasis apprehensionBasis,
        @Nullable WithoutTeam withoutTeam,
        @Nullable UUID personId) {

    public CallFacts {
        natures = Set.copyOf(natures);
        safetyFlags = Set.copyOf(safetyFlags);
        actions = Set.copyOf(actions);
    }

    /** The same facts under another incident number and person. */
    CallFacts with(@Nullable String incident, @Nullable UUID person) {
        return new CallFacts(
                dyadId,
                incident,
                source,
                role,
                times,
                areaId,
                natures,
                safetyFlags,
                actions,
                disposition,
                apprehensionBasis,
                withoutTeam,
                person);
    }

    /** The incident number as dispatch writes it, without the spaces around it; empty when none. */
    public String incident() {
        return incidentNumber == null ? "" : incidentNumber.strip();
    }
}
