package vn.giamngheo.review.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.review.documents.SurveyColumns.Column;
import vn.giamngheo.review.documents.SurveyColumns.Kind;

/**
 * The downloadable Excel template for household survey data, in the survey's layout: one row per
 * member with the household's own columns on its first row, Vietnamese headers grouped as on the
 * survey form, a numbering row, a hidden row of exchange-format field names that the reader goes by,
 * drop-down lists for every closed set of values, and an instructions sheet in Vietnamese.
 */
public final class XlsxHouseholdTemplate {
    static final String SHEET = "Hộ gia đình";
    static final String INSTRUCTIONS = "Hướng dẫn";
    static final String LISTS = "Danh mục";

    /** 0-based rows of the data sheet. */
    static final int GROUP_ROW = 2;

    static final int HEADER_ROW = 3;
    static final int NUMBERING_ROW = 4;
    static final int FIELD_ROW = 5;
    static final int FIRST_DATA_ROW = 6;

    private XlsxHouseholdTemplate() {}

    public static void write(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            XSSFSheet data = workbook.createSheet(SHEET);
            TemplateInstructions.write(workbook.createSheet(INSTRUCTIONS), styles);
            Map<SurveyChoices, String> lists = lists(workbook);
            layOut(data, styles);
            validations(data, lists);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void layOut(XSSFSheet sheet, TemplateStyles styles) {
        List<Column> columns = SurveyColumns.ALL;
        int last = columns.size() - 1;
        styles.title(sheet, 0, "DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT, PHÂN LOẠI HỘ NGHÈO, HỘ CẬN NGHÈO");
        styles.note(
                sheet,
                1,
                "Mỗi dòng một thành viên; các dòng của một hộ liền nhau; thông tin hộ ghi ở dòng đầu tiên của hộ."
                        + " Xem hướng dẫn ở trang \"" + INSTRUCTIONS + "\".");

        Row groups = sheet.createRow(GROUP_ROW);
        Row headers = sheet.createRow(HEADER_ROW);
        headers.setHeightInPoints(75);
        Row numbering = sheet.createRow(NUMBERING_ROW);
        Row fields = sheet.createRow(FIELD_ROW);
        // read by the importer, not by people: hidden, but present in every copy of the template
        fields.setZeroHeight(true);
        int groupStart = 0;
        for (int i = 0; i <= last; i++) {
            Column column = columns.get(i);
            sheet.setColumnWidth(i, column.width() * 256);
            styles.boxed(groups, i, i == groupStart ? column.group().heading : "", styles.group);
            styles.boxed(headers, i, column.header(), styles.header);
            styles.boxed(numbering, i, "(" + (i + 1) + ")", styles.numbering);
            styles.boxed(fields, i, column.field(), styles.field);
            CellStyle dataStyle = column.kind() == Kind.TEXT ? styles.text : styles.value;
            sheet.setDefaultColumnStyle(i, dataStyle);
            boolean groupEnds = i == last || columns.get(i + 1).group() != column.group();
            if (groupEnds) {
                if (i > groupStart) {
                    sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, groupStart, i));
                }
                groupStart = i + 1;
            }
        }
        sheet.createFreezePane(2, FIRST_DATA_ROW);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        // too wide to fit one page legibly: printed across pages, each with the headers and the
        // household code and village
        sheet.setRepeatingRows(new CellRangeAddress(GROUP_ROW, NUMBERING_ROW, 0, last));
        sheet.setRepeatingColumns(new CellRangeAddress(GROUP_ROW, NUMBERING_ROW, 0, 1));
    }

    /**
     * Each closed set of values as a column of the hidden lists sheet, with a workbook name the
     * drop-downs refer to. A range rather than an inline list, because labels contain commas
     * ("Cao đẳng, đại học trở lên") and inline lists are limited to 255 characters.
     */
    private static Map<SurveyChoices, String> lists(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet(LISTS);
        Map<SurveyChoices, String> names = new LinkedHashMap<>();
        for (Column column : SurveyColumns.ALL) {
            SurveyChoices choices = column.choices();
            if (choices == null || names.containsKey(choices)) {
                continue;
            }
            int col = names.size();
            String name = "DM_" + choices.name().replaceAll("[^A-Za-z]", "_").toUpperCase(java.util.Locale.ROOT);
            List<String> labels = choices.labels();
            (sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0))
                    .createCell(col)
                    .setCellValue(choices.name());
            for (int i = 0; i < labels.size(); i++) {
                Row row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
                row.createCell(col).setCellValue(labels.get(i));
            }
            Name range = workbook.createName();
            range.setNameName(name);
            String letter = SheetRows.columnLetter(col);
            range.setRefersToFormula("'" + LISTS + "'!$" + letter + "$2:$" + letter + "$" + (labels.size() + 1));
            names.put(choices, name);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return names;
    }

    /**
     * Drop-downs for closed sets and bounds for whole numbers. Warnings rather than refusals: the
     * reader also accepts the English codes (RURAL, M, HEAD…), which the drop-down does not list.
     */
    private static void validations(XSSFSheet sheet, Map<SurveyChoices, String> lists) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        for (int i = 0; i < SurveyColumns.ALL.size(); i++) {
            Column column = SurveyColumns.ALL.get(i);
            DataValidationConstraint constraint;
            String message;
            if (column.choices() != null) {
                constraint = helper.createFormulaListConstraint(lists.get(column.choices()));
                message = "Chọn một giá trị trong danh sách: "
                        + String.join("; ", column.choices().labels());
            } else if (column.kind() == Kind.INTEGER) {
                int[] bounds = bounds(column);
                constraint = helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN,
                        String.valueOf(bounds[0]),
                        String.valueOf(bounds[1]));
                message = "Ghi một số nguyên từ " + bounds[0] + " đến " + bounds[1] + ".";
            } else {
                continue;
            }
            DataValidation validation =
                    helper.createValidation(constraint, new CellRangeAddressList(FIRST_DATA_ROW, lastRow, i, i));
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.setShowErrorBox(true);
            validation.createErrorBox("Giá trị không hợp lệ", message);
            validation.setSuppressDropDownArrow(column.choices() != null);
            sheet.addValidationData(validation);
        }
    }

    private static int[] bounds(Column column) {
        return switch (column.field()) {
            case SurveyColumns.BIRTH_YEAR -> new int[] {1900, 2100};
            case SurveyColumns.AGE -> new int[] {0, 130};
            default -> new int[] {0, 1_000_000_000};
        };
    }
}
