package ca.vigie.situations.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Small-cell suppression. A count from 1 to just under the smallest count shown is hidden (a zero
 * is shown: it describes no one). When the cells add up to a published total, more cells are hidden
 * until the hidden ones cannot be worked out by subtraction: at least two, and not all equal to one,
 * which is the only way two or more hidden counts known to be at least one could be pinned down.
 * When the total itself is withheld, because it is small or because another published table would
 * reveal it, at least one non-zero cell is hidden so that the cells do not give it away either.
 */
public final class SmallCells {

    private final int smallestCount;

    public SmallCells(int smallestCount) {
        if (smallestCount < 1) {
            throw new IllegalArgumentException("The smallest count shown is at least 1");
        }
        this.smallestCount = smallestCount;
    }

    public int smallestCount() {
        return smallestCount;
    }

    /** Suppresses a breakdown whose total is published unless it is itself small. */
    public Breakdown suppress(Dimension dimension, Map<String, Integer> counts, int total) {
        return suppress(dimension, counts, total, false);
    }

    /**
     * Suppresses a breakdown; {@code withholdTotal} when the total must be hidden whatever its size,
     * because it appears suppressed elsewhere.
     */
    public Breakdown suppress(Dimension dimension, Map<String, Integer> counts, int total, boolean withholdTotal) {
        List<String> keys = new ArrayList<>(counts.keySet());
        int[] values = keys.stream().mapToInt(counts::get).toArray();
        Set<Integer> hidden = new TreeSet<>();
        IntStream.range(0, values.length).filter(i -> small(values[i])).forEach(hidden::add);
        boolean totalHidden = withholdTotal || small(total);
        if (dimension.exclusive()) {
            if (totalHidden) {
                if (hidden.isEmpty()) {
                    smallestVisible(values, hidden).ifPresent(hidden::add);
                }
            } else {
                while (!hidden.isEmpty() && pinnedDown(values, hidden)) {
                    var next = smallestVisible(values, hidden);
                    if (next.isEmpty()) {
                        totalHidden = true;
                        break;
                    }
                    hidden.add(next.get());
                }
            }
        } else if (totalHidden && hidden.isEmpty() && values.length > 0) {
            // Not additive: a cell reveals nothing of the total, unless it equals it, as any cell may.
            IntStream.range(0, values.length).filter(i -> values[i] == total).forEach(hidden::add);
        }
        Map<String, Count> published = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            published.put(keys.get(i), hidden.contains(i) ? Count.SUPPRESSED : new Count(values[i]));
        }
        return new Breakdown(
                dimension,
                published.entrySet().stream()
                        .map(cell -> new Breakdown.Cell(cell.getKey(), cell.getValue()))
                        .toList(),
                totalHidden ? Count.SUPPRESSED : new Count(total));
    }

    /** A single count, such as a computed indicator's: hidden when small. */
    public Count suppress(int count) {
        return small(count) ? Count.SUPPRESSED : new Count(count);
    }

    /** Whether a share may be published: neither part of it, nor the whole, is small. */
    public boolean shareShown(int part, int whole) {
        return !small(part) && !small(whole - part) && !small(whole) && whole > 0;
    }

    private boolean small(int count) {
        return count > 0 && count < smallestCount;
    }

    /** With the total known, hidden counts of at least one each are pinned down if alone or all ones. */
    private static boolean pinnedDown(int[] values, Set<Integer> hidden) {
        int sum = hidden.stream().mapToInt(i -> values[i]).sum();
        return hidden.size() == 1 || sum == hidden.size();
    }

    private static java.util.Optional<Integer> smallestVisible(int[] values, Set<Integer> hidden) {
        return IntStream.range(0, values.length)
                .filter(i -> !hidden.contains(i) && values[i] > 0)
                .boxed()
                .min(Comparator.comparingInt(i -> values[i]));
    }
}
