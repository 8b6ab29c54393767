package ca.vigie.situations.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting to schedule, as typed. */
record MeetingForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate heldOn,

        @Nullable UUID formToken) {}
