package ca.vigie.complaints.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Small-count suppression for the office's aggregates: a count from 1 to just under the smallest
 * shown is hidden; in a breakdown whose parts add up to its total, further counts are hidden, smallest
 * first, until the hidden ones cannot be told apart by subtraction.
 */
final class SmallCounts {

    private final int smallest;

    SmallCounts(int smallest) {
        this.smallest = smallest;
    }

    @Nullable
    Integer count(int value) {
        return small(value) ? null : value;
    }

    /** A breakdown's counts, some hidden; {@code additive} when its parts add up to a shown total. */
    Map<String, @Nullable Integer> breakdown(Map<String, Integer> counts, boolean additive) {
        List<String> hidden = new ArrayList<>();
        counts.forEach((key, value) -> {
            if (small(value)) {
                hidden.add(key);
            }
        });
        while (additive && !hidden.isEmpty() && recoverable(counts, hidden)) {
            String next = counts.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !hidden.contains(e.getKey()))
                    .min(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            if (next == null) {
                break;
            }
            hidden.add(next);
        }
        Map<String, @Nullable Integer> shown = new LinkedHashMap<>();
        counts.forEach((key, value) -> shown.put(key, hidden.contains(key) ? null : value));
        return shown;
    }

    /** A part of a whole that can be worked out from what is shown: hidden when it or the rest is small. */
    @Nullable
    Integer part(int part, int whole) {
        return small(part) || small(whole - part) ? null : part;
    }

    /** A share in percent, shown only when neither its part, the rest nor the whole is small. */
    @Nullable
    Integer share(int part, int whole) {
        if (whole == 0 || small(part) || small(whole - part) || small(whole)) {
            return null;
        }
        return (int) Math.round(100.0 * part / whole);
    }

    /** With the total known, one hidden count, or several that are all ones, can be worked out. */
    private static boolean recoverable(Map<String, Integer> counts, List<String> hidden) {
        int sum = hidden.stream().mapToInt(counts::get).sum();
        return hidden.size() == 1 || sum == hidden.size();
    }

    private boolean small(int value) {
        return value > 0 && value < smallest;
    }
}
