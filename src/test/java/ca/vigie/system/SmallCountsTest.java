package ca.vigie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    private final SmallCounts small = new SmallCounts(5);

    private static Map<String, Integer> cells(Object... pairs) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return cells;
    }

    @Test
    void a_small_cell_is_hidden_with_the_next_smallest_so_that_subtraction_tells_nothing() {
        SmallCounts.Published published = small.suppress(cells("a", 3, "b", 8, "c", 20, "d", 0), 31, true);

        assertThat(published.total()).isEqualTo(31);
        assertThat(published.cells())
                .containsEntry("a", null)
                .containsEntry("b", null)
                .containsEntry("c", 20);
        assertThat(published.cells()).containsEntry("d", 0);
    }

    @Test
    void two_hidden_ones_are_not_enough_and_a_third_cell_goes() {
        SmallCounts.Published published = small.suppress(cells("a", 1, "b", 1, "c", 9, "d", 30), 41, true);

        assertThat(published.cells())
                .containsEntry("a", null)
                .containsEntry("b", null)
                .containsEntry("c", null);
        assertThat(published.cells()).containsEntry("d", 30);
    }

    @Test
    void a_small_total_is_hidden_with_a_cell_and_overlapping_cells_hide_only_what_tells_it() {
        SmallCounts.Published exclusive = small.suppress(cells("a", 0, "b", 3), 3, true);
        assertThat(exclusive.total()).isNull();
        assertThat(exclusive.cells()).containsEntry("b", null);

        SmallCounts.Published overlapping = small.suppress(cells("x", 12, "y", 2), 15, false);
        assertThat(overlapping.total()).isEqualTo(15);
        assertThat(overlapping.cells()).containsEntry("x", 12).containsEntry("y", null);
    }

    @Test
    void a_share_needs_its_part_its_rest_and_its_whole_not_small() {
        assertThat(small.shareShown(10, 40)).isTrue();
        assertThat(small.shareShown(3, 40)).isFalse();
        assertThat(small.shareShown(38, 40)).isFalse();
        assertThat(small.shareShown(0, 0)).isFalse();
    }
}
