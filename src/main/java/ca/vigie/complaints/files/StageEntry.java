package ca.vigie.complaints.files;

import ca.vigie.complaints.process.Stage;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A change of a file's stage, with its detail (method or closure reason) and the late reason given, if any. */
public record StageEntry(
        Stage stage,
        LocalDate on,
        @Nullable UUID by,
        @Nullable String detail,
        String lateReason) {}
