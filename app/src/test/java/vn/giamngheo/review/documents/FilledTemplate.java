package vn.giamngheo.review.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable template, filled in as an official would in Excel: values go to the column whose
 * hidden field name is given, so the tests do not depend on column positions.
 */
final class FilledTemplate {
    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();
    private int next = XlsxHouseholdTemplate.FIRST_DATA_ROW;

    FilledTemplate() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XlsxHouseholdTemplate.write(out);
            workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheet = workbook.getSheet(XlsxHouseholdTemplate.SHEET);
        for (Cell cell : sheet.getRow(XlsxHouseholdTemplate.FIELD_ROW)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /** Fills the next row: field name, value, field name, value…; numbers stay numbers. */
    FilledTemplate row(Object... fieldsAndValues) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String field = (String) fieldsAndValues[i];
            Integer column = columns.get(field);
            if (column == null) {
                throw new IllegalArgumentException("no template column " + field);
            }
            Object value = fieldsAndValues[i + 1];
            Cell cell = row.createCell(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                cell.setCellValue((String) value);
            }
        }
        return this;
    }

    /** Leaves a row empty, as people do between households. */
    FilledTemplate blankRow() {
        next++;
        return this;
    }

    /** The sheet row number (1-based, as Excel shows it) the next row will get. */
    int nextRowNumber() {
        return next + 1;
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
