package ca.vigie.coresponse.dispatch;

import ca.vigie.coresponse.calls.CallRejection;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.Dispatched;
import ca.vigie.coresponse.calls.DispatchedCalls;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dispatch system's CSV export with a team's column mapping: one incident per row (an incident
 * listed for several units is read once, with the team's unit if one of them is), every row that
 * cannot be read reported by its line and column. Knows nothing of the database; reading the same bytes
 * gives the same answer.
 */
public final class DispatchExport {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 20_000;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd['T'][' ']HH:mm[:ss]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private DispatchExport() {}

    /** Which column of the export holds each value; the dispatched time is optional. */
    public record Mapping(
            String incident, String received, @Nullable String dispatched, String unit) {}

    /** A row that could not be read: its line in the file (the header is line 1), its column and why. */
    public record Problem(long line, String column, String messageKey) {}

    /** The incidents read, in the order of the file, or the problems that stop the import. */
    public record Reading(List<Dispatched> incidents, List<Problem> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the export. A time without an offset is the community's wall-clock time; a unit that is one of
     * {@code teamUnits} (the team's dyads' labels, in any case) marks the incident as the team's.
     */
    public static Reading read(byte[] content, Mapping mapping, ZoneId zone, Instant now, List<String> teamUnits) {
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new Reading(List.of(), List.of(new Problem(0, "", "coresponse.import.error.encoding")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            return new Reading(List.of(), List.of(new Problem(0, "", "coresponse.import.error.unreadable")));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        Map<String, Dispatched> incidents = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> headers = parser.getHeaderMap();
            for (String column : required(mapping)) {
                if (!headers.containsKey(column)) {
                    problems.add(new Problem(1, column, "coresponse.import.error.missingColumn"));
                }
            }
            if (!problems.isEmpty()) {
                return new Reading(List.of(), problems);
            }
            long rows = 0;
            for (CSVRecord record : parser) {
                if (++rows > MAX_ROWS) {
                    return new Reading(List.of(), List.of(new Problem(0, "", "coresponse.import.error.tooMany")));
                }
                long line = record.getRecordNumber() + 1;
                read(record, line, mapping, zone, now, problems)
                        .ifPresent(call -> incidents.merge(
                                call.incidentNumber().strip(),
                                call,
                                (kept, also) -> teams(also, teamUnits) ? also : kept));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException broken) {
            problems.add(new Problem(0, "", "coresponse.import.error.unreadable"));
        }
        return problems.isEmpty()
                ? new Reading(List.copyOf(incidents.values()), List.of())
                : new Reading(List.of(), List.copyOf(problems));
    }

    /** Whether the incident's unit is one of the team's. */
    public static boolean teams(Dispatched call, List<String> teamUnits) {
        return call.unit() != null
                && teamUnits.stream()
                        .anyMatch(unit -> unit.equalsIgnoreCase(call.unit().strip()));
    }

    private static java.util.Optional<Dispatched> read(
            CSVRecord record, long line, Mapping mapping, ZoneId zone, Instant now, List<Problem> problems) {
        int before = problems.size();
        String incident = value(record, mapping.incident());
        Instant received = time(record, mapping.received(), zone, line, problems);
        Instant dispatched =
                mapping.dispatched() == null ? null : time(record, mapping.dispatched(), zone, line, problems);
        String unit = value(record, mapping.unit());
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        Dispatched call =
                new Dispatched(incident, CallSource.DISPATCH_911, received, dispatched, unit.isEmpty() ? null : unit);
        try {
            DispatchedCalls.check(call, now);
        } catch (CallRejection refused) {
            problems.add(new Problem(line, column(refused.field(), mapping), refused.messageKey()));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(call);
    }

    private static @Nullable Instant time(
            CSVRecord record, String column, ZoneId zone, long line, List<Problem> problems) {
        String value = value(record, column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(value, LOCAL);
                if (local.getYear() < 1900 || local.getYear() > 2199) {
                    problems.add(new Problem(line, column, "coresponse.import.error.time"));
                    return null;
                }
                return local.atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                problems.add(new Problem(line, column, "coresponse.import.error.time"));
                return null;
            }
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).strip()
                : "";
    }

    private static String column(String field, Mapping mapping) {
        return switch (field) {
            case "receivedAt" -> mapping.received();
            case "dispatchedAt" -> mapping.dispatched() == null ? "" : mapping.dispatched();
            case "unit" -> mapping.unit();
            default -> mapping.incident();
        };
    }

    private static List<String> required(Mapping mapping) {
        List<String> columns = new ArrayList<>(List.of(mapping.incident(), mapping.received(), mapping.unit()));
        if (mapping.dispatched() != null) {
            columns.add(mapping.dispatched());
        }
        return columns;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
