package ca.vigie.plans.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a table's header names its columns. A table written in the recovery-plan layout puts each
 * title in the column of its level (objective, action…) and the target under "Targets", both in
 * the language of the file; the other language has its own title and target columns, so a file
 * says by itself which language its level columns hold.
 */
final class PlanColumns {

    /** The target in the language of the level columns. */
    static final String TARGET = "target";
    /** Prefix of a level column: the item's title, in the level named by the code that follows. */
    static final String LEVEL = "level:";

    private PlanColumns() {}

    /** Headers compared without case, surrounding space or doubled spaces. */
    static String normal(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The rows of a table whose headers are looked up in the dictionary (normal header → column);
     * columns it does not know are left aside. A line with titles in several level columns is the
     * rightmost one's row, under implied rows for the titles to its left.
     */
    static List<PlanRow> rows(PlanSpreadsheets.Table table, Map<String, String> dictionary, boolean english) {
        List<String> columns = columns(table, dictionary);
        boolean hasFr = columns.contains("titleFr");
        boolean hasEn = columns.contains("titleEn");
        boolean levelsInEnglish = hasFr != hasEn ? hasFr : english;
        String language = levelsInEnglish ? "En" : "Fr";
        List<PlanRow> rows = new ArrayList<>(table.lines().size());
        for (PlanSpreadsheets.Line line : table.lines()) {
            Map<String, String> values = new HashMap<>();
            List<String[]> titles = new ArrayList<>();
            for (int i = 0; i < columns.size() && i < line.cells().size(); i++) {
                String column = columns.get(i);
                String value = line.cells().get(i);
                if (column == null || value.isEmpty()) {
                    continue;
                }
                if (column.startsWith(LEVEL)) {
                    titles.add(new String[] {column.substring(LEVEL.length()), value});
                } else if (column.equals(TARGET)) {
                    values.putIfAbsent("target" + language, value);
                } else {
                    values.put(column, value);
                }
            }
            if (!titles.isEmpty()) {
                String[] own = titles.get(titles.size() - 1);
                if (values.getOrDefault("level", "").isEmpty()) {
                    for (String[] parent : titles.subList(0, titles.size() - 1)) {
                        rows.add(PlanRow.implied(table.name(), line.number(), parent[0], parent[1], levelsInEnglish));
                    }
                }
                values.putIfAbsent("title" + language, own[1]);
                values.putIfAbsent("level", own[0]);
            }
            rows.add(PlanRow.of(table.name(), line.number(), values));
        }
        return rows;
    }

    /** Headers of columns that hold something but that no known column answers to. */
    static List<String> unknown(PlanSpreadsheets.Table table, Map<String, String> dictionary) {
        List<String> columns = columns(table, dictionary);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            if (columns.get(i) == null
                    && table.lines().stream()
                            .anyMatch(line -> column < line.cells().size()
                                    && !line.cells().get(column).isEmpty())) {
                unknown.add(
                        table.header().get(i).isBlank()
                                ? String.valueOf(i + 1)
                                : table.header().get(i));
            }
        }
        return unknown;
    }

    private static List<String> columns(PlanSpreadsheets.Table table, Map<String, String> dictionary) {
        return table.header().stream()
                .map(header -> dictionary.get(normal(header)))
                .toList();
    }
}
