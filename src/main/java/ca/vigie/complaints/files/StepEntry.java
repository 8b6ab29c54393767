package ca.vigie.complaints.files;

import ca.vigie.complaints.process.StepKind;
import java.time.LocalDate;
import java.util.UUID;

/** A step done on a file, with the late reason given, if any. */
public record StepEntry(StepKind kind, LocalDate on, UUID by, String lateReason) {}
