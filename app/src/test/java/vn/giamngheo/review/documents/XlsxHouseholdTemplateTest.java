package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxHouseholdTemplateTest {
    static XSSFWorkbook template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxHouseholdTemplate.write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> texts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : sheet.getRow(row)) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void theTemplateHasVietnameseHeadersANumberingRowAndAHiddenRowOfFieldNames() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Hộ gia đình");
            assertThat(texts(sheet, XlsxHouseholdTemplate.HEADER_ROW))
                    .startsWith(
                            "Mã hộ", "Thôn, tổ dân phố", "Khu vực", "Thu nhập bình quân (đồng/người/tháng)", "Điểm A")
                    .contains(
                            "Họ và tên thành viên",
                            "Năm sinh",
                            "Tuổi",
                            "Giới tính",
                            "Quan hệ với chủ hộ",
                            "Dân tộc",
                            "Có thẻ BHYT còn hạn",
                            "Trẻ dưới 16 tuổi thấp còi",
                            "Trẻ dưới 16 tuổi nhẹ cân",
                            "Nguồn nước sinh hoạt",
                            "Thu gom rác thải",
                            "Thiếu vốn");
            List<String> fields = texts(sheet, XlsxHouseholdTemplate.FIELD_ROW);
            assertThat(fields)
                    .startsWith(
                            "ref",
                            "village",
                            "area",
                            "incomePerCapita",
                            "scoreA",
                            "laborCapacity",
                            "recognizedClass",
                            "members.name",
                            "members.birthYear",
                            "members.age",
                            "members.sex")
                    .contains(
                            "dwelling.livingAreaM2",
                            "dwelling.wasteCollected",
                            "deprivations.EMPLOYMENT",
                            "deprivations.WASTE",
                            "causes.LAND",
                            "causes.OTHER")
                    .hasSize(SurveyColumns.ALL.size());
            assertThat(sheet.getRow(XlsxHouseholdTemplate.FIELD_ROW).getZeroHeight())
                    .isTrue();
            assertThat(texts(sheet, XlsxHouseholdTemplate.NUMBERING_ROW))
                    .startsWith("(1)", "(2)", "(3)")
                    .endsWith("(" + fields.size() + ")");
            assertThat(texts(sheet, XlsxHouseholdTemplate.GROUP_ROW))
                    .contains(
                            "THÔNG TIN HỘ (ghi ở dòng đầu tiên của hộ)",
                            "THÀNH VIÊN (mỗi dòng một người)",
                            "CHỈ SỐ THIẾU HỤT (x: thiếu hụt; 0: không thiếu hụt)");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void closedSetsOfferDropDownListsOfTheirVietnameseLabels() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            int sexColumn = texts(sheet, XlsxHouseholdTemplate.FIELD_ROW).indexOf("members.sex");

            XSSFDataValidation sex = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == sexColumn)
                    .findFirst()
                    .orElseThrow();
            assertThat(sex.getValidationConstraint().getFormula1()).isEqualTo("DM_SEX");
            assertThat(sex.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(sex.getRegions().getCellRangeAddress(0).getFirstRow())
                    .isEqualTo(XlsxHouseholdTemplate.FIRST_DATA_ROW);
            assertThat(workbook.getName("DM_SEX").getRefersToFormula()).isEqualTo("'Danh mục'!$D$2:$D$3");
            XSSFSheet lists = workbook.getSheet("Danh mục");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            assertThat(lists.getRow(0).getCell(3).getStringCellValue()).isEqualTo("sex");
            assertThat(lists.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Nam");
            assertThat(lists.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Nữ");
            // one list per closed set (area, yes/no, class, sex, relation, education, employment, tick)
            // plus whole-number bounds for income, year of birth and age
            assertThat(validations).hasSize((int) SurveyColumns.ALL.stream()
                    .filter(c -> c.choices() != null || c.kind() == SurveyColumns.Kind.INTEGER)
                    .count());
        }
    }

    @Test
    void theInstructionsSheetExplainsTheRowsAndListsEveryColumnInVietnamese() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet instructions = workbook.getSheet("Hướng dẫn");

            assertThat(instructions.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("HƯỚNG DẪN ĐIỀN MẪU DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT");
            assertThat(instructions.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("1. Mỗi dòng ghi một thành viên của hộ. Các dòng của cùng một hộ phải liền nhau.");
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= instructions.getLastRowNum(); r++) {
                if (instructions.getRow(r) != null && instructions.getRow(r).getLastCellNum() == 4) {
                    table.add(texts(instructions, r));
                }
            }
            assertThat(table.get(0)).containsExactly("Cột", "Tiêu đề", "Tên trường", "Giá trị hợp lệ");
            assertThat(table).hasSize(SurveyColumns.ALL.size() + 1);
            assertThat(table)
                    .contains(List.of("K", "Giới tính", "members.sex", "Nam; Nữ (hoặc mã M, F)"))
                    .contains(List.of("C", "Khu vực", "area", "Nông thôn; Thành thị (hoặc mã RURAL, URBAN)"));
        }
    }
}
