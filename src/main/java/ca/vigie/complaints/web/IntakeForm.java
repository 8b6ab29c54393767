package ca.vigie.complaints.web;

import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The standard intake form as typed, kept whole when it comes back with a problem. An intake
 * officer taking down an oral report also fills in the organisation and who is reporting.
 */
record IntakeForm(
        @Nullable List<ComplaintType> types,
        @Nullable ReporterMode mode,
        @Nullable ReporterRole reporterRole,

        @Nullable LocalDate occurredFrom,

        @Nullable LocalDate occurredTo,

        @Nullable String location,
        @Nullable String narrative,
        @Nullable List<PartyForm> people,
        @Nullable String witnesses,
        @Nullable String hopedOutcome,
        @Nullable UUID organizationId,
        @Nullable String reporterName,
        @Nullable String reporterContact,
        @Nullable List<MultipartFile> documents,
        @Nullable List<UUID> held,
        @Nullable UUID formToken) {

    /** Rows offered for the people the complaint is about. */
    static final int PEOPLE_ROWS = 3;

    /** One person the complaint is about, as typed or chosen. */
    record PartyForm(
            @Nullable UUID userId,
            @Nullable String name,
            @Nullable Relation relation) {}

    /** A blank form with the reporter already known, as when an informal service becomes a complaint. */
    static IntakeForm forReporter(String name) {
        IntakeForm blank = blank();
        return new IntakeForm(
                blank.types(),
                blank.mode(),
                blank.reporterRole(),
                blank.occurredFrom(),
                blank.occurredTo(),
                blank.location(),
                blank.narrative(),
                blank.people(),
                blank.witnesses(),
                blank.hopedOutcome(),
                blank.organizationId(),
                name,
                blank.reporterContact(),
                blank.documents(),
                blank.held(),
                blank.formToken());
    }

    static IntakeForm blank() {
        return new IntakeForm(
                List.of(),
                null,
                null,
                null,
                null,
                "",
                "",
                rows(List.of()),
                "",
                "",
                null,
                "",
                "",
                List.of(),
                List.of(),
                UUID.randomUUID());
    }

    /** As many rows for people as the page offers, the typed ones first; beside the form, not in it, so that its errors stay bound. */
    List<PartyForm> peopleRows() {
        return rows(people == null ? List.of() : people);
    }

    /** The choices a door asks for before the intake itself is checked: the reporter's role, and the mode where it is offered. */
    void requireChoices(BindingResult errors, boolean modeOffered) {
        if (modeOffered && mode == null) {
            errors.rejectValue("mode", "validation.required");
        }
        if (reporterRole == null) {
            errors.rejectValue("reporterRole", "validation.required");
        }
    }

    /** The documents this form already holds, sent back with it. */
    List<UUID> heldIds() {
        return held == null ? List.of() : held;
    }

    Intake intake(List<UUID> documents) {
        List<Intake.Party> parties = new ArrayList<>();
        for (int row : filledRows()) {
            PartyForm typed = people.get(row);
            parties.add(new Intake.Party(typed.userId(), text(typed.name()), typed.relation()));
        }
        return new Intake(
                types == null || types.isEmpty() ? EnumSet.noneOf(ComplaintType.class) : EnumSet.copyOf(types),
                mode == null ? ReporterMode.NAMED : mode,
                reporterRole == null ? ReporterRole.PRINCIPAL_PARTY : reporterRole,
                occurredFrom,
                occurredTo,
                text(location),
                text(narrative),
                parties,
                text(witnesses),
                text(hopedOutcome),
                documents);
    }

    /**
     * Shows a refusal next to its field. The intake names a person by their place among the rows
     * filled in; the page, by their row.
     */
    void reject(FileRejection rejected, BindingResult errors, Model model) {
        String field = rejected.field();
        if (!field.startsWith("people[")) {
            rejected.placeOn(errors);
            return;
        }
        int among = Integer.parseInt(field.substring("people[".length(), field.indexOf(']')));
        List<Integer> filled = filledRows();
        int row = among < filled.size() ? filled.get(among) : 0;
        model.addAttribute("peopleField", "people[" + row + "]" + field.substring(field.indexOf(']') + 1));
        model.addAttribute("peopleProblem", rejected.messageKey());
        errors.reject("complaints.form.problems");
    }

    /**
     * On a form already going back for another problem, runs the intake's own check too, so that
     * every problem shows at once rather than one round at a time.
     */
    void alsoCheck(Runnable check, BindingResult errors, Model model) {
        try {
            check.run();
        } catch (FileRejection rejected) {
            if (!errors.hasFieldErrors(rejected.field())) {
                reject(rejected, errors, model);
            }
        }
    }

    /** The rows of people where something was typed or chosen. */
    private List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; people != null && i < people.size(); i++) {
            PartyForm row = people.get(i);
            if (row != null && (row.userId() != null || !text(row.name()).isBlank() || row.relation() != null)) {
                filled.add(i);
            }
        }
        return filled;
    }

    /** The intake from the public page: no account can be named there, and the reporter is anonymous. */
    Intake anonymousIntake(List<UUID> documents) {
        Intake typed = intake(documents);
        return new Intake(
                typed.types(),
                ReporterMode.ANONYMOUS,
                typed.reporterRole(),
                typed.occurredFrom(),
                typed.occurredTo(),
                typed.location(),
                typed.narrative(),
                typed.people().stream()
                        .map(p -> new Intake.Party(null, p.name(), p.relation()))
                        .toList(),
                typed.witnesses(),
                typed.hopedOutcome(),
                typed.attachments());
    }

    Intake.Reporter reporter() {
        return new Intake.Reporter(null, text(reporterName), text(reporterContact));
    }

    UUID token() {
        return formToken == null ? UUID.randomUUID() : formToken;
    }

    private static List<PartyForm> rows(List<PartyForm> typed) {
        List<PartyForm> rows = new ArrayList<>();
        for (PartyForm row : typed) {
            rows.add(row == null ? new PartyForm(null, "", null) : row);
        }
        while (rows.size() < PEOPLE_ROWS) {
            rows.add(new PartyForm(null, "", null));
        }
        return rows;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
