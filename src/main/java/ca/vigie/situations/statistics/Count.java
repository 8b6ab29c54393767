package ca.vigie.situations.statistics;

import org.jspecify.annotations.Nullable;

/**
 * A count as published: its value, or nothing when it is suppressed. A suppressed value never leaves
 * the statistics service, so no page, export or API can show it by mistake.
 */
public record Count(@Nullable Integer value) {

    static final Count SUPPRESSED = new Count(null);

    public boolean suppressed() {
        return value == null;
    }
}
