package ca.vigie.coresponse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.coresponse.calls.Dispatched;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchExportTest {

    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final DispatchExport.Mapping MAPPING =
            new DispatchExport.Mapping("Incident", "Reçu", "Affecté", "Unité");
    private static final List<String> UNITS = List.of("M-10", "M-20");

    private static DispatchExport.Reading read(String csv) {
        return DispatchExport.read(csv.getBytes(StandardCharsets.UTF_8), MAPPING, ZONE, NOW, UNITS);
    }

    @Test
    void an_export_with_semicolons_and_a_byte_order_mark_reads_one_incident_per_number() {
        DispatchExport.Reading reading = read("""
                \uFEFFIncident;Reçu;Affecté;Unité;Adresse
                BH-1;2026-11-03 14:05;2026-11-03 14:09;P-31;1 rue du Port
                BH-1;2026-11-03 14:05;2026-11-03 14:12;m-10;1 rue du Port
                BH-2;2026-11-04T09:00:00-05:00;;P-12;
                """);

        assertThat(reading.clean()).isTrue();
        assertThat(reading.incidents()).extracting(Dispatched::incidentNumber).containsExactly("BH-1", "BH-2");
        Dispatched first = reading.incidents().get(0);
        assertThat(DispatchExport.teams(first, UNITS)).isTrue();
        assertThat(first.receivedAt()).isEqualTo(Instant.parse("2026-11-03T19:05:00Z"));
        assertThat(first.dispatchedAt()).isEqualTo(Instant.parse("2026-11-03T19:12:00Z"));
        assertThat(DispatchExport.teams(reading.incidents().get(1), UNITS)).isFalse();
        assertThat(reading.incidents().get(1).dispatchedAt()).isNull();
    }

    @Test
    void every_broken_row_is_listed_by_its_line_and_column_and_no_incident_is_kept() {
        DispatchExport.Reading reading = read("""
                Incident,Reçu,Affecté,Unité
                BH-1,2026-11-03 14:05,2026-11-03 14:09,M-10
                ,2026-11-03 15:00,,M-10
                BH-3,2026-02-30 10:00,,M-20
                BH-4,2026-11-03 16:00,2026-11-03 15:00,M-20
                BH-5,2027-01-01 10:00,,M-20
                """);

        assertThat(reading.incidents()).isEmpty();
        assertThat(reading.problems())
                .containsExactly(
                        new DispatchExport.Problem(3, "Incident", "validation.required"),
                        new DispatchExport.Problem(4, "Reçu", "coresponse.import.error.time"),
                        new DispatchExport.Problem(5, "Affecté", "coresponse.call.error.before.receivedAt"),
                        new DispatchExport.Problem(6, "Reçu", "coresponse.call.error.future"));
    }

    @Test
    void a_missing_column_a_foreign_encoding_or_an_open_quote_refuses_the_file() {
        assertThat(read("Incident,Reçu,Unité\nBH-1,2026-11-03 14:05,M-10\n").problems())
                .containsExactly(new DispatchExport.Problem(1, "Affecté", "coresponse.import.error.missingColumn"));
        byte[] latin1 = "Incident,Reçu,Affecté,Unité\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(DispatchExport.read(latin1, MAPPING, ZONE, NOW, UNITS).problems())
                .extracting(DispatchExport.Problem::messageKey)
                .containsExactly("coresponse.import.error.encoding");
        assertThat(read("Incident,Reçu,Affecté,Unité\n\"BH-1,2026-11-03 14:05,,M-10\n")
                        .problems())
                .extracting(DispatchExport.Problem::messageKey)
                .containsExactly("coresponse.import.error.unreadable");
    }
}
