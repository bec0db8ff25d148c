package vn.giamngheo.credit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.giamngheo.shared.CsvReader;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * A loan file as lines of text: a CSV (comma or semicolon, UTF-8) or the first sheet of an XLSX
 * workbook, its first non-empty line the headings. Date cells of a workbook become dd/MM/yyyy, other
 * cells the text Excel shows. Blank lines are skipped; line numbers are the file's (the sheet's row
 * numbers), so a problem names the line the official sees.
 */
final class LoanFile {
    static final int MAX_LINES = 20_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One line of the file: its number and its cells. */
    record Line(int number, List<String> cells) {
        String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null
                    ? cells.get(i).trim()
                    : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private LoanFile() {}

    static List<Line> read(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", Message.of("credit.fileEmpty"));
        }
        boolean xlsx =
                (filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))
                        || (content.length > 3 && content[0] == 'P' && content[1] == 'K');
        List<Line> lines = xlsx ? xlsx(content) : csv(content);
        List<Line> kept = lines.stream().filter(l -> !l.blank()).toList();
        if (kept.size() > MAX_LINES + 1) {
            throw InvalidInput.of("file", Message.of("credit.fileTooLong", MAX_LINES));
        }
        return kept;
    }

    private static List<Line> csv(byte[] content) {
        List<Line> out = new ArrayList<>();
        CsvReader reader =
                new CsvReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            out.add(new Line(row.line(), row.fields()));
        }
        return out;
    }

    private static List<Line> xlsx(byte[] content) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw InvalidInput.of("file", Message.of("credit.fileEmpty"));
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(new java.util.Locale("vi", "VN"));
            List<Line> out = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > MAX_LINES + 10) {
                    throw InvalidInput.of("file", Message.of("credit.fileTooLong", MAX_LINES));
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), format));
                }
                out.add(new Line(row.getRowNum() + 1, cells));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw InvalidInput.of("file", Message.of("credit.fileUnreadable"));
        }
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return DAY.format(cell.getLocalDateTimeCellValue().toLocalDate());
            }
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return format.formatCellValue(cell);
    }
}
