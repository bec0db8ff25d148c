package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.ReviewListDocument;

class ReviewListPdfTest {
    static byte[] pdf(ReviewListDocument list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewListPdf.write(list, out);
        return out.toByteArray();
    }

    @Test
    void theListShowsItsTitleBlockRowsInVietnameseTotalsAndSignatures() {
        List<String> lines = PdfTextOf.lines(pdf(ReviewLists.poorList()));

        assertThat(lines)
                .contains(
                        "ỦY BAN NHÂN DÂN",
                        "XÃ THỌ XUÂN",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "DANH SÁCH HỘ NGHÈO NĂM 2025",
                        "Tỉnh: Thanh Hóa     Xã: Thọ Xuân",
                        "Năm 2025 – Chuẩn nghèo áp dụng: NĐ 07/2021/NĐ-CP",
                        "(1) (2) (3) (4) (5) (6) (7) (8) (9)",
                        "1 TX-001 Nguyễn Thị Hường Đăk Ang 038185000123 4 Hộ nghèo Không thay đổi Bảo hiểm y tế; Nguồn nước sinh hoạt",
                        "3 TX-003 Lò Thị Ỷ Đăk Ang 038185000789 5 Hộ nghèo Tái nghèo",
                        "Tổng cộng 3 hộ 12",
                        "Người lập biểu",
                        "(Ký, ghi rõ họ tên)",
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH",
                        "(Ký, ghi rõ họ tên và đóng dấu)",
                        "Thọ Xuân, ngày …… tháng …… năm ……",
                        "Trang 1/1");
        assertThat(PdfTextOf.text(pdf(ReviewLists.poorList())).replaceAll("\\s+", " "))
                .contains("Ưng Văn Thọ Thôn Ỷ La")
                .contains("Nghèo phát sinh")
                .contains(
                        "Diện tích nhà ở bình quân đầu người; Nhà tiêu hợp vệ sinh; Phương tiện phục vụ tiếp cận thông tin");
    }

    @Test
    void thePostingListNamesItsDistrictAndShowsOnlyMaskedIdNumbers() {
        String text = PdfTextOf.text(pdf(ReviewLists.postingList()));

        assertThat(text)
                .contains("Tỉnh: Thanh Hóa     Huyện: Thọ Xuân     Phường: Ba Đình")
                .contains("PHƯỜNG BA ĐÌNH")
                .contains("Danh sách niêm yết công khai")
                .contains("********0123")
                .doesNotContain("038185000123");
    }

    @Test
    void aLongListRepeatsTheHeaderOnEveryPageAndNumbersThePages() {
        byte[] pdf = pdf(ReviewLists.longList(120));

        int pages = PdfTextOf.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfTextOf.pageLines(pdf, page))
                    .as("page %d", page)
                    .contains("(1) (2) (3) (4) (5) (6) (7) (8) (9)", "Trang " + page + "/" + pages);
        }
        assertThat(PdfTextOf.pageLines(pdf, pages)).contains("Tổng cộng 120 hộ 420");
    }
}
