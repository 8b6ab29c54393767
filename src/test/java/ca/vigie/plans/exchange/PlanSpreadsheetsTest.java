package ca.vigie.plans.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/**
 * Whatever text a cell holds comes back unchanged through CSV and XLSX, never runs as a formula,
 * and lands in the column its header names.
 */
class PlanSpreadsheetsTest implements WithQuickTheories {

    private static final Map<String, String> DICTIONARY = Map.of(
            "key", "key",
            "level", "level",
            "titre (anglais)", "titleEn",
            "objectif opérationnel", PlanColumns.LEVEL + "OPERATIONAL_OBJECTIVE",
            "action", PlanColumns.LEVEL + "ACTION",
            "cibles", PlanColumns.TARGET,
            "commentaires", "comments");

    @Test
    void any_cell_text_survives_a_csv_round_trip() {
        qt().withExamples(300)
                .forAll(strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 60))
                .checkAssert(text -> {
                    String csv = PlanSpreadsheets.csv(table(text));
                    List<PlanRow> read = rows(PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8)));
                    assertThat(read)
                            .singleElement()
                            .satisfies(back -> assertThat(back.titleFr()).isEqualTo(text.strip()));
                });
    }

    @Test
    void a_formula_like_cell_is_quoted_in_csv_and_kept_as_text_in_xlsx() {
        PlanSpreadsheets.Table table = table("=1+1");

        String csv = PlanSpreadsheets.csv(table);
        byte[] xlsx = PlanSpreadsheets.xlsx(Map.of(), List.of(table));

        assertThat(csv).contains("'=1+1");
        assertThat(rows(PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8)))
                        .get(0)
                        .titleFr())
                .isEqualTo("=1+1");
        assertThat(rows(PlanSpreadsheets.read(xlsx)).get(0).titleFr()).isEqualTo("=1+1");
    }

    @Test
    void titles_in_level_columns_take_the_language_the_other_title_column_leaves() {
        String csv = String.join(
                "\n",
                "Objectif opérationnel,Action,Cibles,Titre (anglais),Colonne inconnue",
                "Rassurer,,,Reassure,ignorée",
                ",Patrouiller,Deux fois par semaine,Patrol,ignorée");

        List<PlanRow> rows = rows(PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows)
                .extracting(PlanRow::level, PlanRow::titleFr, PlanRow::titleEn, PlanRow::targetFr, PlanRow::targetEn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OPERATIONAL_OBJECTIVE", "Rassurer", "Reassure", "", ""),
                        org.assertj.core.groups.Tuple.tuple(
                                "ACTION", "Patrouiller", "Patrol", "Deux fois par semaine", ""));
        assertThat(rows).extracting(PlanRow::line).containsExactly(2, 3);
    }

    @Test
    void a_line_naming_its_parent_too_gives_an_implied_parent_row_then_its_own() {
        String csv = String.join(
                "\n", "Objectif opérationnel,Action,Cibles", "Rassurer,Patrouiller,Deux fois", ",Informer,");

        List<PlanRow> rows = rows(PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows)
                .extracting(PlanRow::level, PlanRow::titleFr, PlanRow::targetFr, PlanRow::implied)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OPERATIONAL_OBJECTIVE", "Rassurer", "", true),
                        org.assertj.core.groups.Tuple.tuple("ACTION", "Patrouiller", "Deux fois", false),
                        org.assertj.core.groups.Tuple.tuple("ACTION", "Informer", "", false));
    }

    @Test
    void columns_no_one_knows_are_named_when_they_hold_something() {
        String csv = String.join("\n", "Action,Budget,Vide,", "Patrouiller,1000,,note");

        PlanSpreadsheets.Table table = PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8))
                .tables()
                .get(0);

        assertThat(PlanColumns.unknown(table, DICTIONARY)).containsExactly("Budget", "4");
    }

    @Test
    void level_columns_follow_the_readers_language_when_the_file_does_not_say() {
        String csv = "Action,Cibles\nPatrol,Twice a week\n";
        PlanSpreadsheets.Table table = PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8))
                .tables()
                .get(0);

        assertThat(PlanColumns.rows(table, DICTIONARY, true)).singleElement().satisfies(row -> {
            assertThat(row.titleEn()).isEqualTo("Patrol");
            assertThat(row.targetEn()).isEqualTo("Twice a week");
            assertThat(row.titleFr()).isEmpty();
        });
    }

    @Test
    void an_explicit_level_column_wins_over_the_column_the_title_sits_in() {
        String csv = "Action,Level\nTitre,OPERATIONAL_OBJECTIVE\n";

        assertThat(rows(PlanSpreadsheets.read(csv.getBytes(StandardCharsets.UTF_8))))
                .singleElement()
                .satisfies(row -> assertThat(row.level()).isEqualTo("OPERATIONAL_OBJECTIVE"));
    }

    @Test
    void a_date_typed_as_a_spreadsheet_date_reads_as_an_iso_date() throws Exception {
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Dates");
            sheet.createRow(0).createCell(0).setCellValue("endDate");
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(java.time.LocalDate.of(2026, 6, 30));
            cell.setCellStyle(date);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThat(PlanColumns.rows(PlanSpreadsheets.read(xlsx).tables().get(0), Map.of("enddate", "endDate"), false))
                .singleElement()
                .satisfies(row -> assertThat(row.endDate()).isEqualTo("2026-06-30"));
    }

    private static PlanSpreadsheets.Table table(String title) {
        return new PlanSpreadsheets.Table(
                "Items",
                List.of("Key", "Level", "Action", "Titre (anglais)"),
                List.of(new PlanSpreadsheets.Line(2, List.of("1", "ACTION", title, ""))));
    }

    private static List<PlanRow> rows(PlanSpreadsheets.Parsed parsed) {
        return parsed.tables().stream()
                .flatMap(table -> PlanColumns.rows(table, DICTIONARY, false).stream())
                .toList();
    }
}
