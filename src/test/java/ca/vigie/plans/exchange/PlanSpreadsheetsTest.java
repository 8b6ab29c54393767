package ca.vigie.plans.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** Whatever text a cell holds comes back unchanged through CSV and XLSX, and never runs as a formula. */
class PlanSpreadsheetsTest implements WithQuickTheories {

    @Test
    void any_cell_text_survives_a_csv_round_trip() {
        qt().withExamples(300)
                .forAll(strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 60))
                .checkAssert(text -> {
                    PlanRow row = row(text);
                    String csv = PlanSpreadsheets.csv(List.of(row), PlanRow.COLUMNS);
                    List<PlanRow> read = PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8))
                            .rows();
                    assertThat(read)
                            .singleElement()
                            .satisfies(back -> assertThat(back.titleFr()).isEqualTo(text.strip()));
                });
    }

    @Test
    void a_formula_like_cell_is_quoted_in_csv_and_kept_as_text_in_xlsx() {
        PlanRow row = row("=1+1");

        String csv = PlanSpreadsheets.csv(List.of(row), PlanRow.COLUMNS);
        byte[] xlsx = PlanSpreadsheets.xlsx(Map.of(), Map.of("Items", List.of(row)), PlanRow.COLUMNS);

        assertThat(csv).contains("'=1+1");
        assertThat(PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8))
                        .rows()
                        .get(0)
                        .titleFr())
                .isEqualTo("=1+1");
        assertThat(PlanSpreadsheets.read(xlsx).rows().get(0).titleFr()).isEqualTo("=1+1");
    }

    private static PlanRow row(String title) {
        List<String> cells = new ArrayList<>(Collections.nCopies(PlanRow.COLUMNS.size(), ""));
        cells.set(0, "1");
        cells.set(2, "PILLAR");
        cells.set(3, title);
        return PlanRow.of("Items", 2, cells);
    }
}
