package ca.vigie.complaints.files;

import ca.vigie.complaints.intake.Intake;
import ca.vigie.organizations.OrganizationDirectory;
import java.time.LocalDate;
import java.util.UUID;

/** The standard intake form's rules, the same at every door. */
final class IntakeCheck {

    static final int MAX_NARRATIVE = 10_000;
    static final int MAX_TEXT = 2_000;
    static final int MAX_NAME = 200;

    private IntakeCheck() {}

    static void check(Intake intake, UUID communityId, OrganizationDirectory directory, LocalDate today) {
        if (intake.types().isEmpty()) {
            throw new FileRejection("types", "complaints.types.required");
        }
        if (intake.occurredFrom() == null) {
            throw new FileRejection("occurredFrom", "validation.required");
        }
        if (intake.occurredFrom().isAfter(today)) {
            throw new FileRejection("occurredFrom", "complaints.date.future");
        }
        if (intake.occurredTo() != null
                && (intake.occurredTo().isBefore(intake.occurredFrom())
                        || intake.occurredTo().isAfter(today))) {
            throw new FileRejection("occurredTo", "complaints.occurredTo.range");
        }
        length(intake.location(), MAX_TEXT, "location");
        if (intake.narrative().isBlank()) {
            throw new FileRejection("narrative", "validation.required");
        }
        length(intake.narrative(), MAX_NARRATIVE, "narrative");
        if (intake.people().isEmpty()) {
            throw new FileRejection("people[0].name", "complaints.people.required");
        }
        for (int i = 0; i < intake.people().size(); i++) {
            Intake.Party party = intake.people().get(i);
            if (party.userId() != null && !directory.isActivePerson(communityId, party.userId())) {
                throw new FileRejection("people[" + i + "].userId", "validation.invalidChoice");
            }
            if (party.userId() == null && party.name().isBlank()) {
                throw new FileRejection("people[" + i + "].name", "validation.required");
            }
            length(party.name(), MAX_NAME, "people[" + i + "].name");
            if (party.relation() == null) {
                throw new FileRejection("people[" + i + "].relation", "validation.required");
            }
        }
        length(intake.witnesses(), MAX_TEXT, "witnesses");
        length(intake.hopedOutcome(), MAX_TEXT, "hopedOutcome");
    }

    static void length(String value, int max, String field) {
        if (value.strip().length() > max) {
            throw new FileRejection(field, "text.tooLong", max);
        }
    }
}
