package ca.vigie.plans.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Tables of text to and from XLSX (a sheet of plan settings, then one sheet per table) and CSV (one
 * table). Pure functions of bytes and strings, with no knowledge of plans, so that reading can be
 * fuzzed on its own.
 */
public final class PlanSpreadsheets {

    static final String SETTINGS_SHEET = "Plan";
    static final long MAX_CELLS = 200_000;
    /** Columns read per row: far more than any plan layout, few enough that a wide row cannot flood the heap. */
    static final int MAX_COLUMNS = 64;

    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final int WIDE_COLUMN = 40 * 256;

    static {
        // An upload is at most a few megabytes; no honest part of it inflates past this, and a crafted one
        // must not fill the heap before the cell count stops it.
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(32L * 1024 * 1024);
    }

    private PlanSpreadsheets() {}

    /** A file that could not be read at all, as opposed to rows with problems. */
    public static class UnreadableFile extends RuntimeException {
        private final String messageKey;

        UnreadableFile(String messageKey) {
            super("Unreadable plan file");
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A row of a table as read, with its line number in the file (the header is line 1). */
    public record Line(int number, List<String> cells) {}

    /** A named table: its header cells and its rows. */
    public record Table(String name, List<String> header, List<Line> lines) {}

    /** What a file holds: the settings sheet (XLSX only) and the tables, blank rows left out. */
    public record Parsed(Map<String, String> settings, List<Table> tables) {}

    /** Writes the settings sheet, then one sheet per table, each with a bold frozen header row. */
    public static byte[] xlsx(Map<String, String> settings, List<Table> tables) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet plan = workbook.createSheet(SETTINGS_SHEET);
            int line = 0;
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Row row = plan.createRow(line++);
                row.createCell(0).setCellValue(setting.getKey());
                row.createCell(1).setCellValue(setting.getValue());
            }
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            Set<String> used = new HashSet<>(List.of(SETTINGS_SHEET.toLowerCase(Locale.ROOT)));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(uniqueName(table.name(), used));
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(table.header().get(i));
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(i, WIDE_COLUMN);
                }
                int r = 1;
                for (Line item : table.lines()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < item.cells().size(); i++) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(item.cells().get(i));
                        cell.setCellStyle(wrapped);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(
                    table.header().stream().map(PlanSpreadsheets::safe).toList());
            for (Line line : table.lines()) {
                printer.printRecord(
                        line.cells().stream().map(PlanSpreadsheets::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads an uploaded file, XLSX or CSV as its content says, whatever its name. */
    public static Parsed read(byte[] content) {
        if (content.length >= 4 && Arrays.equals(Arrays.copyOf(content, 4), ZIP)) {
            return readXlsx(content);
        }
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableFile("import.file.notSpreadsheet");
            }
        }
        return readCsv(content);
    }

    private static Parsed readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<String, String> settings = new LinkedHashMap<>();
            List<Table> tables = new ArrayList<>();
            long cells = 0;
            for (Sheet sheet : workbook) {
                boolean isSettings = SETTINGS_SHEET.equals(sheet.getSheetName());
                List<String> header = List.of();
                List<Line> lines = new ArrayList<>();
                for (Row row : sheet) {
                    int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                    List<String> values = new ArrayList<>(width);
                    for (int i = 0; i < width; i++) {
                        values.add(text(row.getCell(i), formatter));
                    }
                    cells += Math.max(width, 1);
                    if (cells > MAX_CELLS) {
                        throw new UnreadableFile("import.file.tooBig");
                    }
                    if (isSettings) {
                        if (values.size() >= 2) {
                            settings.put(values.get(0), values.get(1));
                        }
                    } else if (row.getRowNum() == 0) {
                        header = values;
                    } else if (!isBlank(values)) {
                        lines.add(new Line(row.getRowNum() + 1, values));
                    }
                }
                if (!isSettings) {
                    tables.add(new Table(sheet.getSheetName(), header, lines));
                }
            }
            return new Parsed(settings, tables);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile("import.file.notSpreadsheet");
        }
    }

    /** A cell as text; a date typed as a spreadsheet date reads as YYYY-MM-DD, whatever its display format. */
    private static String text(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DateUtil.getLocalDateTime(cell.getNumericCellValue())
                    .toLocalDate()
                    .toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static Parsed readCsv(byte[] content) {
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())) {
            List<String> header = List.of();
            List<Line> lines = new ArrayList<>();
            long cells = 0;
            for (CSVRecord record : parser) {
                cells += Math.max(record.size(), 1);
                if (cells > MAX_CELLS) {
                    throw new UnreadableFile("import.file.tooBig");
                }
                List<String> values = record.toList().stream()
                        .limit(MAX_COLUMNS)
                        .map(value -> unquote(value).strip())
                        .toList();
                if (record.getRecordNumber() == 1) {
                    header = values;
                } else if (!isBlank(values)) {
                    lines.add(new Line((int) record.getRecordNumber(), values));
                }
            }
            return new Parsed(Map.of(), List.of(new Table("CSV", header, lines)));
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            throw new UnreadableFile("import.file.notSpreadsheet");
        }
    }

    private static boolean isBlank(List<String> values) {
        return values.stream().allMatch(String::isBlank);
    }

    /** A CSV cell starting like a formula gets a quote, so that a spreadsheet opening the file never runs it. */
    static String safe(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String unquote(String value) {
        return value.startsWith("'") && value.length() > 1 && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    private static String uniqueName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Items" : wanted);
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
