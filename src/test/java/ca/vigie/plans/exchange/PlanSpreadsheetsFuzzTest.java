package ca.vigie.plans.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a plan file either read into rows or are refused as unreadable: never another
 * exception, never a hang. Runs its saved inputs on every build; set JAZZER_FUZZ=1 to explore.
 */
class PlanSpreadsheetsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_upload_reads_or_is_refused(byte[] upload) {
        try {
            PlanSpreadsheets.Parsed parsed = PlanSpreadsheets.read(upload);
            assertThat(parsed.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(PlanRow.COLUMNS.size()));
        } catch (PlanSpreadsheets.UnreadableFile refused) {
            assertThat(refused.messageKey()).startsWith("import.file.");
        }
    }
}
