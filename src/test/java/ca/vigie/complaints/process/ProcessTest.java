package ca.vigie.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.offices.Jurisdiction;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of every jurisdiction's process, and the closure reasons each stage allows. */
class ProcessTest {

    @Test
    void federal_files_go_to_negotiated_resolution_before_conciliation_or_investigation() {
        Process federal = Process.of(Jurisdiction.FEDERAL);
        assertThat(federal.next(Stage.RECEIVED)).containsExactlyInAnyOrder(Stage.INITIAL_REVIEW, Stage.CLOSED);
        assertThat(federal.next(Stage.INITIAL_REVIEW))
                .containsExactlyInAnyOrder(Stage.NEGOTIATED_RESOLUTION, Stage.CLOSED);
        assertThat(federal.next(Stage.NEGOTIATED_RESOLUTION))
                .containsExactlyInAnyOrder(Stage.CONCILIATION, Stage.INVESTIGATION, Stage.CLOSED);
        assertThat(federal.next(Stage.CONCILIATION)).containsExactlyInAnyOrder(Stage.INVESTIGATION, Stage.CLOSED);
        assertThat(federal.allows(Stage.INITIAL_REVIEW, Stage.INVESTIGATION)).isFalse();
        assertThat(federal.allows(Stage.INITIAL_REVIEW, Stage.INFORMAL_RESOLUTION))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Jurisdiction.class,
            names = {"ONTARIO", "QUEBEC"})
    void provincial_files_resolve_informally_or_are_investigated(Jurisdiction jurisdiction) {
        Process process = Process.of(jurisdiction);
        assertThat(process.next(Stage.INITIAL_REVIEW))
                .containsExactlyInAnyOrder(Stage.INFORMAL_RESOLUTION, Stage.INVESTIGATION, Stage.CLOSED);
        assertThat(process.next(Stage.INFORMAL_RESOLUTION))
                .containsExactlyInAnyOrder(Stage.INVESTIGATION, Stage.CLOSED);
        assertThat(process.allows(Stage.INITIAL_REVIEW, Stage.NEGOTIATED_RESOLUTION))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void an_investigation_leads_to_recommendations_then_their_implementation(Jurisdiction jurisdiction) {
        Process process = Process.of(jurisdiction);
        assertThat(process.next(Stage.INVESTIGATION)).containsExactlyInAnyOrder(Stage.RECOMMENDATIONS, Stage.CLOSED);
        assertThat(process.next(Stage.RECOMMENDATIONS)).containsExactlyInAnyOrder(Stage.IMPLEMENTATION, Stage.CLOSED);
        assertThat(process.next(Stage.IMPLEMENTATION)).containsExactly(Stage.CLOSED);
        assertThat(process.next(Stage.CLOSED)).isEmpty();
        assertThat(process.closureReasons(Stage.CLOSED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void no_stage_goes_back_and_every_open_stage_can_close(Jurisdiction jurisdiction) {
        Process process = Process.of(jurisdiction);
        for (Stage from : Stage.values()) {
            for (Stage to : process.next(from)) {
                assertThat(to.ordinal()).as(from + " -> " + to).isGreaterThan(from.ordinal());
            }
            if (from != Stage.CLOSED) {
                assertThat(process.allows(from, Stage.CLOSED)).as(from.name()).isTrue();
                assertThat(process.closureReasons(from))
                        .as(from.name())
                        .contains(ClosureReason.WITHDRAWN, ClosureReason.OTHER);
            }
            assertThat(process.allows(from, Stage.RECEIVED)).isFalse();
        }
    }

    @Test
    void a_file_closes_as_resolved_only_by_the_way_that_resolved_it() {
        Process federal = Process.of(Jurisdiction.FEDERAL);
        assertThat(federal.closureReasons(Stage.NEGOTIATED_RESOLUTION)).contains(ClosureReason.RESOLVED_BY_NEGOTIATION);
        assertThat(federal.closureReasons(Stage.NEGOTIATED_RESOLUTION))
                .doesNotContain(ClosureReason.RESOLVED_BY_INVESTIGATION, ClosureReason.RESOLVED_BY_CONCILIATION);
        assertThat(federal.closureReasons(Stage.CONCILIATION)).contains(ClosureReason.RESOLVED_BY_CONCILIATION);
        assertThat(federal.closureReasons(Stage.IMPLEMENTATION)).contains(ClosureReason.RESOLVED_BY_INVESTIGATION);
        assertThat(federal.closureReasons(Stage.INITIAL_REVIEW)).contains(ClosureReason.NOT_AN_OCCURRENCE);
        assertThat(federal.closureReasons(Stage.RECOMMENDATIONS))
                .isEqualTo(EnumSet.of(ClosureReason.WITHDRAWN, ClosureReason.OTHER));
        assertThat(Process.of(Jurisdiction.ONTARIO).closureReasons(Stage.INFORMAL_RESOLUTION))
                .contains(ClosureReason.RESOLVED_INFORMALLY);
    }

    @Test
    void informal_resolution_and_conciliation_need_the_parties_consent() {
        assertThat(EnumSet.allOf(Stage.class).stream().filter(Stage::needsConsent))
                .containsExactlyInAnyOrder(Stage.INFORMAL_RESOLUTION, Stage.CONCILIATION);
    }
}
