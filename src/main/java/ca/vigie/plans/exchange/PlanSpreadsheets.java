package ca.vigie.plans.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes plan rows as XLSX (a sheet of plan settings, then one sheet per main part of the
 * plan) and as CSV (one table). Pure functions of bytes and rows: no database, so that parsing can
 * be fuzzed on its own.
 */
public final class PlanSpreadsheets {

    static final String SETTINGS_SHEET = "Plan";
    static final long MAX_CELLS = 200_000;
    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};

    static {
        // An upload is at most a few megabytes; no honest part of it inflates past this, and a crafted one
        // must not fill the heap before the cell count stops it.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxTextSize(32L * 1024 * 1024);
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

    public record Parsed(Map<String, String> settings, List<PlanRow> rows) {}

    /** Writes the settings sheet and one sheet per named group of rows, with a header row of column names. */
    public static byte[] xlsx(Map<String, String> settings, Map<String, List<PlanRow>> sheets, List<String> header) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet plan = workbook.createSheet(SETTINGS_SHEET);
            int line = 0;
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Row row = plan.createRow(line++);
                row.createCell(0).setCellValue(setting.getKey());
                row.createCell(1).setCellValue(setting.getValue());
            }
            java.util.Set<String> used = new java.util.HashSet<>(List.of(SETTINGS_SHEET.toLowerCase()));
            for (Map.Entry<String, List<PlanRow>> group : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(uniqueName(group.getKey(), used));
                Row head = sheet.createRow(0);
                for (int i = 0; i < header.size(); i++) {
                    head.createCell(i).setCellValue(header.get(i));
                }
                int r = 1;
                for (PlanRow item : group.getValue()) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = item.cells();
                    for (int i = 0; i < cells.size(); i++) {
                        row.createCell(i).setCellValue(cells.get(i));
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

    public static String csv(List<PlanRow> rows, List<String> header) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (PlanRow row : rows) {
                printer.printRecord(
                        row.cells().stream().map(PlanSpreadsheets::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads an uploaded file, XLSX or CSV as its content says, whatever its name. */
    public static Parsed read(byte[] content) {
        if (content.length >= 4 && java.util.Arrays.equals(java.util.Arrays.copyOf(content, 4), ZIP)) {
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
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            Map<String, String> settings = new LinkedHashMap<>();
            List<PlanRow> rows = new ArrayList<>();
            long cells = 0;
            for (Sheet sheet : workbook) {
                boolean isSettings = SETTINGS_SHEET.equals(sheet.getSheetName());
                for (Row row : sheet) {
                    if (!isSettings && row.getRowNum() == 0) {
                        continue;
                    }
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < PlanRow.COLUMNS.size(); i++) {
                        Cell cell = row.getCell(i);
                        values.add(
                                cell == null || cell.getCellType() == CellType.BLANK
                                        ? ""
                                        : formatter.formatCellValue(cell));
                        if (++cells > MAX_CELLS) {
                            throw new UnreadableFile("import.file.tooBig");
                        }
                    }
                    if (isSettings) {
                        settings.put(values.get(0), values.get(1));
                    } else {
                        PlanRow parsed = PlanRow.of(sheet.getSheetName(), row.getRowNum() + 1, values);
                        if (!parsed.isBlank()) {
                            rows.add(parsed);
                        }
                    }
                }
            }
            return new Parsed(settings, rows);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile("import.file.notSpreadsheet");
        }
    }

    private static Parsed readCsv(byte[] content) {
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())) {
            List<PlanRow> rows = new ArrayList<>();
            long cells = 0;
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    continue;
                }
                cells += record.size();
                if (cells > MAX_CELLS) {
                    throw new UnreadableFile("import.file.tooBig");
                }
                PlanRow row = PlanRow.of(
                        "CSV",
                        (int) record.getRecordNumber(),
                        record.toList().stream().map(PlanSpreadsheets::unquote).toList());
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
            return new Parsed(Map.of(), rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            throw new UnreadableFile("import.file.notSpreadsheet");
        }
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

    private static String uniqueName(String wanted, java.util.Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Items" : wanted);
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase()); n++) {
            name = base + " " + n;
        }
        used.add(name.toLowerCase());
        return name;
    }
}
