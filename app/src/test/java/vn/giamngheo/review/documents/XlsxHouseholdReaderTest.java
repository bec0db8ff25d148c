package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

class XlsxHouseholdReaderTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REVIEW_YEAR = 2025;

    static List<XlsxHousehold> read(FilledTemplate template) {
        return new XlsxHouseholdReader(REVIEW_YEAR).readAll(new ByteArrayInputStream(template.bytes()));
    }

    /** Two households, five members, filled as an official would: labels, codes, text numbers, ticks. */
    static FilledTemplate twoHouseholds() {
        return new FilledTemplate()
                .row(
                        "ref",
                        "TX-001",
                        "village",
                        "Đăk Ang",
                        "area",
                        "Nông thôn",
                        "incomePerCapita",
                        1_500_000,
                        "laborCapacity",
                        "Có",
                        "deprivations.HEALTH_INSURANCE",
                        "x",
                        "deprivations.WATER",
                        "X",
                        "deprivations.EMPLOYMENT",
                        "0",
                        "causes.LAND",
                        "x",
                        "causes.ILLNESS",
                        "x",
                        "dwelling.livingAreaM2",
                        24.5,
                        "dwelling.wallDurable",
                        "Không",
                        "dwelling.cleanWater",
                        "không",
                        "dwelling.hygienicLatrine",
                        "Có",
                        "members.name",
                        "Nguyễn Thị Hường",
                        "members.birthYear",
                        1978,
                        "members.sex",
                        "Nữ",
                        "members.relation",
                        "Chủ hộ",
                        "members.ethnicity",
                        "Kinh",
                        "members.healthInsured",
                        "Không",
                        "members.education",
                        "Trung học cơ sở",
                        "members.employment",
                        "Tự làm")
                .row(
                        "members.name",
                        "Ưng Văn Thọ",
                        "members.age",
                        50,
                        "members.sex",
                        "Nam",
                        "members.relation",
                        "Vợ/chồng",
                        "members.ethnicity",
                        "Mường",
                        "members.healthInsured",
                        "Có",
                        "members.education",
                        "Tiểu học",
                        "members.employment",
                        "Làm công ăn lương không có hợp đồng",
                        "members.disabled",
                        "Có")
                .row(
                        "ref",
                        "TX-001",
                        "members.name",
                        "Ưng Thị Ỷ",
                        "members.birthYear",
                        2014,
                        "members.sex",
                        "F",
                        "members.relation",
                        "CHILD",
                        "members.ethnicity",
                        "Xơ Đăng",
                        "members.inSchool",
                        "có",
                        "members.stunted",
                        "Không",
                        "members.underweight",
                        "x")
                .blankRow()
                .row(
                        "ref",
                        "TX-002",
                        "village",
                        "Thôn Ỷ La",
                        "area",
                        "URBAN",
                        "incomePerCapita",
                        "2.100.000",
                        "scoreA",
                        "45,5",
                        "recognizedClass",
                        "Hộ cận nghèo",
                        "members.name",
                        "Lò Văn Ưng",
                        "members.birthYear",
                        1960,
                        "members.sex",
                        "Nam",
                        "members.relation",
                        "Chủ hộ",
                        "members.ethnicity",
                        "Thái",
                        "members.employment",
                        "Không tham gia lực lượng lao động",
                        "members.socialAllowance",
                        "Có",
                        "members.personOfMerit",
                        true)
                .row(
                        "ref",
                        "TX-002",
                        "members.name",
                        "Lò Thị Ỷ",
                        "members.age",
                        58,
                        "members.sex",
                        "Nữ",
                        "members.relation",
                        "Vợ/chồng",
                        "members.ethnicity",
                        "Thái",
                        "members.education",
                        "Cao đẳng, đại học trở lên");
    }

    @Test
    void aFilledTemplateBecomesOneExchangeFormatLinePerHousehold() {
        List<XlsxHousehold> households = read(twoHouseholds());

        assertThat(households).hasSize(2).allMatch(h -> h instanceof XlsxHousehold.Line);
        XlsxHousehold.Line first = (XlsxHousehold.Line) households.get(0);
        XlsxHousehold.Line second = (XlsxHousehold.Line) households.get(1);
        assertThat(first.ref()).isEqualTo("TX-001");
        assertThat(first.firstRow()).isEqualTo(7);
        assertThat(first.village()).isEqualTo("Đăk Ang");
        assertThat(second.ref()).isEqualTo("TX-002");
        assertThat(second.firstRow()).isEqualTo(11);
        assertThat(second.village()).isEqualTo("Thôn Ỷ La");

        assertSameFields(first.json(), """
                {"ref":"TX-001","area":"RURAL","incomePerCapita":1500000,
                 "deprivations":["HEALTH_INSURANCE","WATER"],
                 "members":[
                  {"name":"Nguyễn Thị Hường","age":47,"sex":"F","relation":"HEAD","ethnicity":"Kinh",
                   "healthInsured":false,"education":"LOWER_SECONDARY","employment":"SELF_EMPLOYED"},
                  {"name":"Ưng Văn Thọ","age":50,"sex":"M","relation":"SPOUSE","ethnicity":"Mường",
                   "healthInsured":true,"education":"PRIMARY","employment":"WAGE_NO_CONTRACT","disabled":true},
                  {"name":"Ưng Thị Ỷ","age":11,"sex":"F","relation":"CHILD","ethnicity":"Xơ Đăng",
                   "stunted":false,"underweight":true,"inSchool":true}],
                 "dwelling":{"livingAreaM2":24.5,"wallDurable":false,"cleanWater":false,"hygienicLatrine":true},
                 "laborCapacity":true,"causes":["LAND","ILLNESS"]}
                """);
        assertSameFields(second.json(), """
                {"ref":"TX-002","area":"URBAN","incomePerCapita":2100000,"scoreA":45.5,
                 "members":[
                  {"name":"Lò Văn Ưng","age":65,"sex":"M","relation":"HEAD","ethnicity":"Thái",
                   "employment":"NOT_IN_LABOUR_FORCE","socialAllowance":true,"personOfMerit":true},
                  {"name":"Lò Thị Ỷ","age":58,"sex":"F","relation":"SPOUSE","ethnicity":"Thái",
                   "education":"COLLEGE_PLUS"}],
                 "recognizedClass":"NEAR_POOR"}
                """);
    }

    @Test
    void linesAreSingleLinesWithTheFieldsInTheFormatsOrder() {
        XlsxHousehold.Line first = (XlsxHousehold.Line) read(twoHouseholds()).get(0);

        assertThat(first.json()).doesNotContain("\n");
        List<String> names = new ArrayList<>();
        JSON.readTree(first.json()).propertyNames().forEach(names::add);
        assertThat(names)
                .containsExactly(
                        "ref",
                        "area",
                        "incomePerCapita",
                        "deprivations",
                        "members",
                        "dwelling",
                        "laborCapacity",
                        "causes");
    }

    @Test
    void cellsThatCannotBeReadAreReportedWithRowColumnFieldAndReason() {
        FilledTemplate sheet = new FilledTemplate()
                .row("ref", "TX-001", "area", "Nông thôn", "members.name", 123, "members.sex", "Nam giới")
                .row("area", "Thành thị", "members.name", "Lò Thị Ỷ")
                .row("ref", 1001, "area", "RURAL", "members.name", "Vì Văn A")
                .row("ref", "TX-001", "members.name", "Lò Văn B")
                .row(
                        "ref",
                        "TX-003",
                        "area",
                        "RURAL",
                        "incomePerCapita",
                        "một triệu",
                        "members.name",
                        "Hà Thị C",
                        "members.birthYear",
                        2030,
                        "members.age",
                        12.5);

        List<XlsxHousehold> households = read(sheet);

        assertThat(households).hasSize(4).allMatch(h -> h instanceof XlsxHousehold.Unreadable);
        assertThat(problems(households.get(0)))
                .containsExactly(
                        "row 7, column H (members.name): A number (123) where text is needed:"
                                + " format the column as Text so codes keep their leading zeros.",
                        "row 7, column K (members.sex): Unknown value “Nam giới”: use one of Nam; Nữ (or M, F).",
                        "row 8, column C (area): Differs from the value on row 7 of the same household"
                                + " (RURAL ≠ URBAN).");
        assertThat(problems(households.get(1)))
                .containsExactly("row 9, column A (ref): A number (1001) where text is needed:"
                        + " format the column as Text so codes keep their leading zeros.");
        assertThat(households.get(2).ref()).isEqualTo("TX-001");
        assertThat(households.get(2).firstRow()).isEqualTo(10);
        assertThat(problems(households.get(2)))
                .containsExactly("row 10, column A (ref): Household TX-001 already began at row 7:"
                        + " the rows of a household must be together.");
        assertThat(problems(households.get(3)))
                .containsExactly(
                        "row 11, column D (incomePerCapita): Must be a whole number, not “một triệu”.",
                        "row 11, column I (members.birthYear): Year of birth 2030 is after the review year 2025.",
                        "row 11, column J (members.age): Must be a whole number, not “12.5”.");
    }

    @Test
    void aYearOfBirthAfterTheReviewYearOrDisagreeingWithTheAgeIsReported() {
        FilledTemplate sheet = new FilledTemplate()
                .row("ref", "TX-009", "members.name", "Hà Thị C", "members.birthYear", 2030)
                .row("members.name", "Hà Văn D", "members.birthYear", 1980, "members.age", 30);

        XlsxHousehold.Unreadable household =
                (XlsxHousehold.Unreadable) read(sheet).get(0);

        assertThat(household.problems())
                .extracting(XlsxHouseholdReaderTest::worded)
                .containsExactly(
                        "row 7, column I (members.birthYear): Year of birth 2030 is after the review year 2025.",
                        "row 8, column I (members.birthYear): Year of birth 1980 and age 30 disagree for the review"
                                + " year 2025.");
        assertThat(household.problems().get(0).asProblem())
                .isEqualTo(InvalidInput.Problem.of(
                                "members.birthYear",
                                Message.of(
                                        "review.sheet.inColumn",
                                        Message.of("review.sheet.bornAfter", "2030", "2025"),
                                        "I"))
                        .at(7, ""));
    }

    @Test
    void aMemberRowBeforeAnyHouseholdCodeIsReportedOnItsOwn() {
        FilledTemplate sheet = new FilledTemplate()
                .row("members.name", "Hà Văn D")
                .row("ref", "TX-010", "area", "RURAL", "members.name", "Hà Thị E");

        List<XlsxHousehold> households = read(sheet);

        assertThat(households).hasSize(2);
        assertThat(households.get(0).ref()).isNull();
        assertThat(problems(households.get(0)))
                .containsExactly("row 7, column A (ref): The row has no household code and no household above it.");
        assertThat(households.get(1)).isInstanceOf(XlsxHousehold.Line.class);
    }

    @Test
    void aSheetThatLostItsHiddenFieldRowIsReadByItsVietnameseHeaders() {
        FilledTemplate sheet = twoHouseholds();
        sheet.sheet().removeRow(sheet.sheet().getRow(XlsxHouseholdTemplate.FIELD_ROW));

        List<XlsxHousehold> households = read(sheet);

        assertThat(households).hasSize(2).allMatch(h -> h instanceof XlsxHousehold.Line);
        assertSameFields(
                ((XlsxHousehold.Line) households.get(1)).json(),
                ((XlsxHousehold.Line) read(twoHouseholds()).get(1)).json());
    }

    @Test
    void anUnknownColumnHeaderOrAMissingCodeColumnRefusesTheWholeFile() {
        FilledTemplate extra = twoHouseholds();
        extra.sheet().getRow(XlsxHouseholdTemplate.FIELD_ROW).createCell(80).setCellValue("members.nickname");

        assertThatThrownBy(() -> read(extra))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(InvalidInput.Problem.of(
                                        "members.nickname",
                                        Message.of(
                                                "review.sheet.inColumn", Message.of("review.sheet.unknownField"), "CC"))
                                .at(6, "")));

        FilledTemplate noRef = twoHouseholds();
        noRef.sheet().getRow(XlsxHouseholdTemplate.FIELD_ROW).getCell(0).setBlank();
        noRef.sheet().getRow(XlsxHouseholdTemplate.HEADER_ROW).getCell(0).setBlank();
        assertThatThrownBy(() -> read(noRef)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void somethingOtherThanAnXlsxWorkbookIsRefused() {
        assertThatThrownBy(() -> new XlsxHouseholdReader(REVIEW_YEAR)
                        .readAll(new ByteArrayInputStream("ref,area\nTX-1,RURAL\n".getBytes())))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("review.sheet.notXlsx");
    }

    @Test
    void aSheetWrittenWithInlineStringsAsStreamingWritersDoReadsTheSame() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            Row fields = sheet.createRow(0);
            List<String> names = List.of("ref", "area", "members.name", "members.age", "members.sex");
            for (int i = 0; i < names.size(); i++) {
                fields.createCell(i).setCellValue(names.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("TX-1");
            row.createCell(1).setCellValue("nong thon");
            row.createCell(2).setCellValue("Đinh Thị \"Ỷ\"\tLan");
            row.createCell(3).setCellValue(7);
            row.createCell(4).setCellValue("nu");
            workbook.write(out);
            workbook.dispose();
        }

        List<XlsxHousehold> households =
                new XlsxHouseholdReader(REVIEW_YEAR).readAll(new ByteArrayInputStream(out.toByteArray()));

        assertThat(households).hasSize(1);
        assertThat(((XlsxHousehold.Line) households.get(0)).json())
                .isEqualTo("{\"ref\":\"TX-1\",\"area\":\"RURAL\",\"members\":[{\"name\":\"Đinh Thị \\\"Ỷ\\\"\\tLan\","
                        + "\"age\":7,\"sex\":\"F\"}]}");
    }

    private static List<String> problems(XlsxHousehold household) {
        return ((XlsxHousehold.Unreadable) household)
                .problems().stream().map(XlsxHouseholdReaderTest::worded).toList();
    }

    private static String worded(CellProblem p) {
        return "row " + p.row() + (p.column() == null ? "" : ", column " + p.column()) + " (" + p.field() + "): "
                + vn.giamngheo.Words.en(p.message());
    }

    /** Same fields with the same values, compared field by field (member by member). */
    private static void assertSameFields(String actual, String expected) {
        JsonNode a = JSON.readTree(actual);
        JsonNode e = JSON.readTree(expected);
        List<String> expectedNames = new ArrayList<>();
        e.propertyNames().forEach(expectedNames::add);
        List<String> actualNames = new ArrayList<>();
        a.propertyNames().forEach(actualNames::add);
        assertThat(actualNames).containsExactlyInAnyOrderElementsOf(expectedNames);
        for (String name : expectedNames) {
            assertThat(a.get(name)).as(name).isEqualTo(e.get(name));
        }
    }
}
