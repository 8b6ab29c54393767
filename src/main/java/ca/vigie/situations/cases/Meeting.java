package ca.vigie.situations.cases;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting of a situation table, on a date. */
public record Meeting(UUID id, UUID tableId, LocalDate heldOn) {}
