package ca.vigie.situations.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A meeting to schedule, as typed. */
record MeetingForm(@Nullable LocalDate heldOn, @Nullable UUID formToken) {}
