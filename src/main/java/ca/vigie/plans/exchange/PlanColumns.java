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
     * columns it does not know are left aside.
     */
    static List<PlanRow> rows(PlanSpreadsheets.Table table, Map<String, String> dictionary, boolean english) {
        List<String> columns = table.header().stream()
                .map(header -> dictionary.get(normal(header)))
                .toList();
        boolean hasFr = columns.contains("titleFr");
        boolean hasEn = columns.contains("titleEn");
        String language = hasEn && !hasFr ? "Fr" : hasFr && !hasEn ? "En" : english ? "En" : "Fr";
        List<PlanRow> rows = new ArrayList<>(table.lines().size());
        for (PlanSpreadsheets.Line line : table.lines()) {
            Map<String, String> values = new HashMap<>();
            String levelTitle = "";
            String levelCode = "";
            for (int i = 0; i < columns.size() && i < line.cells().size(); i++) {
                String column = columns.get(i);
                String value = line.cells().get(i);
                if (column == null || value.isEmpty()) {
                    continue;
                }
                if (column.startsWith(LEVEL)) {
                    if (levelTitle.isEmpty()) {
                        levelTitle = value;
                        levelCode = column.substring(LEVEL.length());
                    }
                } else if (column.equals(TARGET)) {
                    values.putIfAbsent("target" + language, value);
                } else {
                    values.put(column, value);
                }
            }
            values.putIfAbsent("title" + language, levelTitle);
            values.putIfAbsent("level", levelCode);
            rows.add(PlanRow.of(table.name(), line.number(), values));
        }
        return rows;
    }
}
