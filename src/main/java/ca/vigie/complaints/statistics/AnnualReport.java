package ca.vigie.complaints.statistics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The federal annual report's figures for a year as CSV: one row per measure and breakdown, with
 * hidden counts left empty and marked, never a person.
 */
@Component
public class AnnualReport {

    private final MessageSource messages;

    AnnualReport(MessageSource messages) {
        this.messages = messages;
    }

    public String csv(OfficeStatistics statistics, Function<UUID, String> organizationName, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(
                    text("annual.csv.measure", locale),
                    text("annual.csv.key", locale),
                    text("annual.csv.count", locale),
                    text("annual.csv.suppressed", locale));
            row(csv, text("annual.received", locale), "", statistics.received());
            breakdown(
                    csv,
                    text("complaints.types", locale),
                    statistics.byType(),
                    k -> text("complaints.type." + k, locale));
            breakdown(
                    csv,
                    text("complaints.stage", locale),
                    statistics.byStage(),
                    k -> text("complaints.stage." + k, locale));
            breakdown(csv, text("complaints.organization", locale), statistics.byOrganization(), organizationName);
            breakdown(
                    csv,
                    text("complaints.closure", locale),
                    statistics.byClosureReason(),
                    k -> text("complaints.closure." + k, locale));
            row(csv, text("annual.resolved", locale), "", statistics.resolved());
            csv.printRecord(
                    text("annual.averageDays", locale),
                    "",
                    statistics.averageDaysToResolve() == null
                            ? ""
                            : "%.1f".formatted(statistics.averageDaysToResolve()),
                    statistics.averageDaysToResolve() == null ? "1" : "0");
            csv.printRecord(
                    text("annual.medianDays", locale),
                    "",
                    statistics.medianDaysToResolve() == null ? "" : "%.1f".formatted(statistics.medianDaysToResolve()),
                    statistics.medianDaysToResolve() == null ? "1" : "0");
            row(csv, text("annual.deadlinesDue", locale), "", statistics.deadlinesDue());
            row(csv, text("annual.deadlinesMet", locale), "%", statistics.deadlinesMetPercent());
            breakdown(
                    csv,
                    text("complaints.informal.title", locale),
                    statistics.informalServices(),
                    k -> text("complaints.informal.kind." + k, locale));
            row(csv, text("annual.informalTurned", locale), "", statistics.informalTurnedIntoComplaints());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private <K> void breakdown(
            CSVPrinter csv, String measure, Map<K, @Nullable Integer> counts, Function<K, String> label)
            throws IOException {
        for (Map.Entry<K, @Nullable Integer> cell : counts.entrySet()) {
            row(csv, measure, label.apply(cell.getKey()), cell.getValue());
        }
    }

    private static void row(CSVPrinter csv, String measure, String key, @Nullable Integer count) throws IOException {
        csv.printRecord(measure, inert(key), count == null ? "" : count.toString(), count == null ? "1" : "0");
    }

    /** A name a spreadsheet would take for a formula is opened as text. */
    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
