package ca.vigie.situations.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The four filters as a state machine: every transition, allowed or not. */
class StageTest {

    static final Map<Stage, Set<Stage>> ALLOWED = Map.of(
            Stage.ORIGINATING, EnumSet.of(Stage.TABLED),
            Stage.TABLED, EnumSet.of(Stage.ACCEPTED, Stage.REJECTED),
            Stage.ACCEPTED, EnumSet.of(Stage.INTERVENTION),
            Stage.INTERVENTION, EnumSet.of(Stage.CONCLUDED),
            Stage.REJECTED, EnumSet.noneOf(Stage.class),
            Stage.CONCLUDED, EnumSet.noneOf(Stage.class));

    @Test
    void each_stage_moves_only_to_the_next_filter_and_never_back() {
        for (Stage from : Stage.values()) {
            for (Stage to : Stage.values()) {
                assertThat(from.mayMoveTo(to))
                        .as("%s to %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void the_table_sees_a_situation_from_tabling_on_unless_it_was_not_retained() {
        assertThat(EnumSet.allOf(Stage.class).stream().filter(Stage::sharedWithTable))
                .containsExactly(Stage.TABLED, Stage.ACCEPTED, Stage.INTERVENTION, Stage.CONCLUDED);
    }
}
