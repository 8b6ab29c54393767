package ca.vigie.situations.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A situation as its readers see it: de-identified facts only; identifying details are asked for apart. */
public record Situation(
        UUID id,
        UUID tableId,
        UUID originatingOrganizationId,
        @Nullable UUID openedBy,
        Instant openedAt,
        Stage stage,
        SituationType type,
        @Nullable AgeBand ageBand,
        Gender gender,
        String summary,
        List<UUID> riskFactorIds,
        List<UUID> protectiveFactorIds,
        boolean hasIdentity,
        @Nullable UUID meetingId,
        @Nullable Decision decision,
        @Nullable Conclusion conclusion,
        @Nullable Instant detailsDestroyedAt,
        int version) {

    /** How and when the situation concluded. */
    public record Conclusion(UUID reasonId, java.time.LocalDate concludedOn) {}

    /** The table's answer to each of the four criteria; the risk is acutely elevated only if all hold. */
    public record Criteria(
            boolean significantInterest, boolean probableHarm, boolean severeHarm, boolean multipleAgencies) {

        public boolean acutelyElevated() {
            return significantInterest && probableHarm && severeHarm && multipleAgencies;
        }
    }

    /** The decision recorded at a meeting. */
    public record Decision(Criteria criteria, Instant decidedAt) {}

    /** What the originating organisation types at filter 1. */
    public record Facts(
            @Nullable SituationType type,
            @Nullable AgeBand ageBand,
            @Nullable Gender gender,
            String summary,
            List<UUID> riskFactorIds,
            List<UUID> protectiveFactorIds) {}

    /** Identifying details, kept apart and encrypted; any of them may be left empty. */
    public record Identity(String fullName, String dateOfBirth, String address, String otherContact) {

        public static final Identity NONE = new Identity("", "", "", "");

        public boolean isEmpty() {
            return fullName.isBlank() && dateOfBirth.isBlank() && address.isBlank() && otherContact.isBlank();
        }

        /** These details, each field left blank taken from the recorded ones. */
        public Identity keepingBlanksFrom(Identity recorded) {
            return new Identity(
                    fullName.isBlank() ? recorded.fullName : fullName,
                    dateOfBirth.isBlank() ? recorded.dateOfBirth : dateOfBirth,
                    address.isBlank() ? recorded.address : address,
                    otherContact.isBlank() ? recorded.otherContact : otherContact);
        }
    }
}
