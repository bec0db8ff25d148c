package vn.giamngheo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput.Problem;

class VacancyFileTest {
    static final String HEADER =
            "Tên đơn vị tuyển dụng,Vị trí việc làm,Nơi làm việc,Mã xã nơi làm việc,Số lượng cần tuyển,Yêu cầu kỹ năng,Mức lương từ,Mức lương đến,Loại hợp đồng,Hạn tuyển\n";

    static List<VacancyFile.Line> read(String name, byte[] content) throws Exception {
        return VacancyFile.read(name, content, 7, code -> code.equals("15547"));
    }

    @Test
    void aCsvInTheTemplatesColumnsReadsEveryLine() throws Exception {
        String csv = HEADER
                + "Công ty May Thọ Xuân,Công nhân may,KCN Lam Sơn,15547,30,may; cắt,6.500.000,8.000.000,Xác định thời hạn,31/03/2026\n"
                + "HTX Nông nghiệp,Lao động thời vụ,Xã Xuân Bái,,5,,,,Không,2026-04-15\n";
        List<VacancyFile.Line> lines = read("list.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l.problems()).isEmpty());
        VacancyData first = lines.get(0).vacancy();
        assertThat(first.skills()).containsExactly("may", "cắt");
        assertThat(first.wageFrom()).isEqualTo(6_500_000L);
        assertThat(first.contractType()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(first.closingDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(first.placeUnitCode()).isEqualTo("15547");
        assertThat(lines.get(1).vacancy().contractType()).isEqualTo(ContractType.NONE);
        assertThat(lines.get(1).line()).isEqualTo(3);
    }

    @Test
    void aBadLineIsNamedByItsLineAndField() throws Exception {
        String csv = HEADER
                + "Công ty A,Công nhân,KCN,,10,,,,,31/03/2026\n"
                + "Công ty B,,KCN,99999,mười,,9.000.000,5.000.000,Thử việc,31-13-2026\n";
        List<VacancyFile.Line> lines = read("list.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(0).problems()).isEmpty();
        List<Problem> bad = lines.get(1).problems();
        assertThat(bad).allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(bad)
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "positions", "contractType", "closingDate", "placeUnitCode", "jobTitle", "wageTo");
    }

    @Test
    void aMissingColumnIsNamedOnTheFirstLine() throws Exception {
        List<VacancyFile.Line> lines =
                read("x.csv", "Vị trí việc làm,Số lượng\nCông nhân,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(0).problems())
                .extracting(Problem::field)
                .containsExactly("employer", "place", "closingDate");
        assertThat(lines.get(0).problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void anExcelFileReadsDatesAndNumbersFromItsCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet();
            Row h = s.createRow(0);
            String[] headings = {
                "Tên đơn vị tuyển dụng", "Vị trí việc làm", "Nơi làm việc", "Số lượng cần tuyển", "Hạn tuyển"
            };
            for (int i = 0; i < headings.length; i++) {
                h.createCell(i).setCellValue(headings[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("Công ty Giày");
            r.createCell(1).setCellValue("Công nhân");
            r.createCell(2).setCellValue("Thọ Xuân");
            r.createCell(3).setCellValue(12);
            var date = r.createCell(4);
            date.setCellValue(LocalDate.of(2026, 5, 20));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            wb.write(out);
        }
        List<VacancyFile.Line> lines = read("list.xlsx", out.toByteArray());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).problems()).isEmpty();
        assertThat(lines.get(0).vacancy().positions()).isEqualTo(12);
        assertThat(lines.get(0).vacancy().closingDate()).isEqualTo(LocalDate.of(2026, 5, 20));
    }
}
