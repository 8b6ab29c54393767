package ca.vigie.coresponse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.coresponse.calls.Dispatched;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Whatever a dispatch export holds and whatever its columns are called, the reading answers: never an
 * exception; either incidents or problems, never both; each incident numbered once, received, and no
 * later than now. Runs its saved inputs on every build; set JAZZER_FUZZ=1 to explore.
 */
class DispatchExportFuzzTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @FuzzTest(maxDuration = "30s")
    void any_export_reads_or_is_refused_by_line(FuzzedDataProvider data) {
        DispatchExport.Mapping mapping = new DispatchExport.Mapping(
                data.consumeString(12),
                data.consumeString(12),
                data.consumeBoolean() ? data.consumeString(12) : null,
                data.consumeString(12));
        byte[] content = data.consumeRemainingAsBytes();

        DispatchExport.Reading reading =
                DispatchExport.read(content, mapping, ZoneId.of("America/Toronto"), NOW, List.of("M-10"));

        assertThat(reading.incidents().isEmpty() || reading.problems().isEmpty())
                .isTrue();
        assertThat(reading.problems())
                .allSatisfy(problem -> assertThat(problem.line()).isNotNegative());
        assertThat(reading.incidents().stream()
                        .map(Dispatched::incidentNumber)
                        .distinct()
                        .count())
                .isEqualTo(reading.incidents().size());
        assertThat(reading.incidents()).allSatisfy(call -> {
            assertThat(call.incidentNumber()).isNotBlank();
            assertThat(call.receivedAt()).isNotNull().isBeforeOrEqualTo(NOW.plusSeconds(120));
        });
        assertThat(DispatchExport.read(content, mapping, ZoneId.of("America/Toronto"), NOW, List.of("M-10")))
                .isEqualTo(reading);
    }
}
