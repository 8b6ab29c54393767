package ca.vigie.indicators;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The records a computed source counts changed in a community on a day: a situation was decided or
 * concluded, a complaint was received. The indicators computed from that source recompute the period
 * holding that day as soon as the change is committed, instead of at the next hourly run. The module
 * that owns the records publishes it; indicators owns the type, so that nothing depends on the
 * publisher.
 */
public record ComputedSourceChanged(UUID communityId, String source, LocalDate on) {}
