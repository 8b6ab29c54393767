package ca.vigie.plans.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Any bytes given as a plan file either read into tables and rows or are refused as unreadable:
 * never another exception, never a hang. Runs its saved inputs on every build; set JAZZER_FUZZ=1 to
 * explore.
 */
class PlanSpreadsheetsFuzzTest {

    private static final Map<String, String> DICTIONARY =
            Map.of("key", "key", "action", PlanColumns.LEVEL + "ACTION", "cibles", PlanColumns.TARGET);

    @FuzzTest(maxDuration = "30s")
    void any_upload_reads_or_is_refused(byte[] upload) {
        try {
            PlanSpreadsheets.Parsed parsed = PlanSpreadsheets.read(upload);
            for (PlanSpreadsheets.Table table : parsed.tables()) {
                assertThat(table.header()).hasSizeLessThanOrEqualTo(PlanSpreadsheets.MAX_COLUMNS);
                assertThat(table.lines())
                        .allSatisfy(line -> assertThat(line.cells())
                                .hasSizeLessThanOrEqualTo(PlanSpreadsheets.MAX_COLUMNS)
                                .anyMatch(cell -> !cell.isBlank()));
                Set<Integer> lines = table.lines().stream()
                        .map(PlanSpreadsheets.Line::number)
                        .collect(Collectors.toSet());
                assertThat(PlanColumns.rows(table, DICTIONARY, false)).allSatisfy(row -> {
                    assertThat(lines).contains(row.line());
                    assertThat(row.sheet()).isEqualTo(table.name());
                });
            }
        } catch (PlanSpreadsheets.UnreadableFile refused) {
            assertThat(refused.messageKey()).startsWith("import.file.");
        }
    }
}
