package ca.vigie.situations.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private final SmallCells cells = new SmallCells(5);

    @Test
    void small_counts_are_hidden_and_zeros_and_large_counts_shown() {
        Breakdown breakdown = cells.suppress(Dimension.GENDER, counts(0, 3, 12, 9), 24);

        assertThat(shown(breakdown)).containsExactly(0, null, 12, null);
        assertThat(breakdown.total().value()).isEqualTo(24);
    }

    @Test
    void a_single_hidden_cell_gets_a_complement_so_the_total_does_not_reveal_it() {
        Breakdown breakdown = cells.suppress(Dimension.STAGE, counts(2, 40, 7, 11), 60);

        assertThat(shown(breakdown)).containsExactly(null, 40, null, 11);
    }

    @Test
    void hidden_cells_that_could_only_all_be_one_get_a_complement() {
        Breakdown breakdown = cells.suppress(Dimension.AGE_BAND, counts(1, 1, 20, 8), 30);

        assertThat(shown(breakdown)).containsExactly(null, null, 20, null);
    }

    @Test
    void two_hidden_cells_that_could_be_split_several_ways_need_no_complement() {
        Breakdown breakdown = cells.suppress(Dimension.AGE_BAND, counts(1, 3, 20, 8), 32);

        assertThat(shown(breakdown)).containsExactly(null, null, 20, 8);
    }

    @Test
    void a_lone_small_cell_hides_the_total_and_two_cells_can_hide_each_other() {
        Breakdown small = cells.suppress(Dimension.MONTH, counts(0, 3, 0), 3);
        assertThat(shown(small)).containsExactly(0, null, 0);
        assertThat(small.total().suppressed()).isTrue();

        Breakdown pair = cells.suppress(Dimension.MONTH, counts(9, 2), 11);
        assertThat(shown(pair)).containsExactly(null, null);
        assertThat(pair.total().value()).isEqualTo(11);
    }

    @Test
    void a_withheld_total_hides_at_least_one_cell_so_the_cells_do_not_add_up_to_it() {
        Breakdown breakdown = cells.suppress(Dimension.CONCLUSION_REASON, counts(6, 0, 9), 15, true);

        assertThat(shown(breakdown)).containsExactly(null, 0, 9);
        assertThat(breakdown.total().suppressed()).isTrue();
    }

    @Test
    void categories_that_overlap_are_suppressed_one_by_one() {
        Breakdown breakdown = cells.suppress(Dimension.RISK_FACTOR_CATEGORY, counts(3, 30, 12), 31);

        assertThat(shown(breakdown)).containsExactly(null, 30, 12);
        assertThat(breakdown.total().value()).isEqualTo(31);
    }

    @Test
    void a_share_is_shown_only_when_neither_part_nor_the_rest_is_small() {
        assertThat(cells.shareShown(6, 20)).isTrue();
        assertThat(cells.shareShown(3, 20)).isFalse();
        assertThat(cells.shareShown(18, 20)).isFalse();
        assertThat(cells.shareShown(0, 0)).isFalse();
        assertThat(cells.suppress(4).suppressed()).isTrue();
        assertThat(cells.suppress(0).value()).isZero();
    }

    @Test
    void no_published_breakdown_shows_a_small_count_or_lets_one_be_worked_out() {
        qt().withExamples(2000)
                .forAll(
                        lists().of(integers().between(0, 30)).ofSizeBetween(1, 8),
                        integers().between(1, 10))
                .checkAssert((values, smallest) -> {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        counts.put("c" + i, values.get(i));
                    }
                    int total = values.stream().mapToInt(Integer::intValue).sum();
                    Breakdown breakdown = new SmallCells(smallest).suppress(Dimension.STAGE, counts, total);

                    List<Integer> shown = shown(breakdown);
                    assertThat(shown).noneMatch(v -> v != null && v > 0 && v < smallest);
                    for (int i = 0; i < values.size(); i++) {
                        assertThat(shown.get(i) == null || shown.get(i).equals(values.get(i)))
                                .isTrue();
                    }
                    long hidden = shown.stream().filter(Objects::isNull).count();
                    if (!breakdown.total().suppressed() && hidden > 0) {
                        int hiddenSum = total
                                - shown.stream()
                                        .filter(Objects::nonNull)
                                        .mapToInt(Integer::intValue)
                                        .sum();
                        assertThat(hidden).isGreaterThanOrEqualTo(2);
                        assertThat(hiddenSum).isGreaterThan((int) hidden);
                    }
                    if (breakdown.total().suppressed() && total > 0) {
                        assertThat(hidden).isPositive();
                    }
                });
    }

    private static Map<String, Integer> counts(int... values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            counts.put("c" + i, values[i]);
        }
        return counts;
    }

    private static List<Integer> shown(Breakdown breakdown) {
        return breakdown.cells().stream().map(cell -> cell.count().value()).toList();
    }
}
