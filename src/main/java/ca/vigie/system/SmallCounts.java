package ca.vigie.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Small-count suppression for aggregates that leave a team. A count from 1 to just under the smallest
 * shown is hidden (zero describes no one). When the cells of a breakdown add up to a published total,
 * more cells are hidden until the hidden ones cannot be worked out by subtraction: at least two, and
 * not all ones. When the total itself is small it is hidden too, with at least one non-zero cell so
 * that the cells do not give it away. A breakdown whose cells overlap (a call of several natures) is not
 * additive: a cell is hidden only when small, or when it would tell a hidden total.
 */
public final class SmallCounts {

    private final int smallest;

    public SmallCounts(int smallest) {
        if (smallest < 1) {
            throw new IllegalArgumentException("The smallest count shown is at least 1");
        }
        this.smallest = smallest;
    }

    public int smallest() {
        return smallest;
    }

    /** A breakdown as published: each cell's count, or null where hidden; the total likewise. */
    public record Published(
            Map<String, @Nullable Integer> cells, @Nullable Integer total) {}

    public Published suppress(Map<String, Integer> counts, int total, boolean exclusive) {
        List<String> keys = new ArrayList<>(counts.keySet());
        int[] values = keys.stream().mapToInt(counts::get).toArray();
        Set<Integer> hidden = new TreeSet<>();
        IntStream.range(0, values.length).filter(i -> small(values[i])).forEach(hidden::add);
        boolean totalHidden = small(total);
        if (exclusive) {
            if (totalHidden) {
                if (hidden.isEmpty()) {
                    smallestVisible(values, hidden).ifPresent(hidden::add);
                }
            } else {
                while (!hidden.isEmpty() && pinnedDown(values, hidden)) {
                    Optional<Integer> next = smallestVisible(values, hidden);
                    if (next.isEmpty()) {
                        totalHidden = true;
                        break;
                    }
                    hidden.add(next.get());
                }
            }
        } else if (totalHidden) {
            IntStream.range(0, values.length).filter(i -> values[i] == total).forEach(hidden::add);
        }
        Map<String, @Nullable Integer> published = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            published.put(keys.get(i), hidden.contains(i) ? null : values[i]);
        }
        return new Published(published, totalHidden ? null : total);
    }

    /** A single count: null when small. */
    public @Nullable Integer count(int count) {
        return small(count) ? null : count;
    }

    /** Whether a share may be published: neither part of it, nor the rest, nor the whole, is small. */
    public boolean shareShown(int part, int whole) {
        return whole > 0 && !small(part) && !small(whole - part) && !small(whole);
    }

    private boolean small(int count) {
        return count > 0 && count < smallest;
    }

    private static boolean pinnedDown(int[] values, Set<Integer> hidden) {
        int sum = hidden.stream().mapToInt(i -> values[i]).sum();
        return hidden.size() == 1 || sum == hidden.size();
    }

    private static Optional<Integer> smallestVisible(int[] values, Set<Integer> hidden) {
        return IntStream.range(0, values.length)
                .filter(i -> !hidden.contains(i) && values[i] > 0)
                .boxed()
                .min(Comparator.comparingInt(i -> values[i]));
    }
}
