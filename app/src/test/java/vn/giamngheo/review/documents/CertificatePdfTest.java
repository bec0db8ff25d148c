package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.CertificateData;
import vn.giamngheo.review.CertificateMember;

class CertificatePdfTest {
    static CertificateData poorHousehold() {
        return new CertificateData(
                "12/GCN-HN.HCN",
                "Thọ Xuân",
                null,
                "Thanh Hóa",
                "POOR",
                2025,
                "Nguyễn Thị Hường",
                "Thôn Đăk Ang, xã Thọ Xuân, tỉnh Thanh Hóa",
                "45/QĐ-UBND",
                LocalDate.of(2025, 12, 5),
                "Lê Văn Ỷ",
                List.of(
                        new CertificateMember("Nguyễn Thị Hường", "Chủ hộ", "Kinh", 1978, "Nữ"),
                        new CertificateMember("Ưng Văn Thọ", "Vợ/chồng", "Mường", 1975, "Nam"),
                        new CertificateMember("Ưng Thị Ỷ", "Con", "Xơ Đăng", 2012, "Nữ")));
    }

    static byte[] pdf(CertificateData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(data, out);
        return out.toByteArray();
    }

    @Test
    void aCertificateShowsTheCommuneTheNumberTheMottoAndTheClassTitle() {
        List<String> lines = PdfTextOf.lines(pdf(poorHousehold()));

        assertThat(lines)
                .contains(
                        "ỦY BAN NHÂN DÂN",
                        "XÃ THỌ XUÂN",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: 12/GCN-HN.HCN",
                        "GIẤY CHỨNG NHẬN HỘ NGHÈO",
                        "Năm 2025",
                        "Ủy ban nhân dân xã Thọ Xuân chứng nhận:",
                        "Hộ gia đình ông/bà: Nguyễn Thị Hường",
                        "Địa chỉ: Thôn Đăk Ang, xã Thọ Xuân, tỉnh Thanh Hóa",
                        "Là hộ nghèo năm 2025, theo Quyết định số 45/QĐ-UBND ngày 05/12/2025.",
                        "Thọ Xuân, ngày 05 tháng 12 năm 2025",
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH",
                        "Lê Văn Ỷ");
    }

    @Test
    void theMemberTableListsRelationEthnicityBirthYearAndSexInVietnamese() {
        byte[] pdf = pdf(poorHousehold());

        // compared across line breaks: a narrower column would wrap "Quan hệ với chủ hộ"
        assertThat(PdfTextOf.text(pdf).replaceAll("\\s+", " "))
                .contains("STT Họ và tên Quan hệ với chủ hộ Dân tộc Năm sinh Giới tính");
        assertThat(PdfTextOf.lines(pdf))
                .contains(
                        "1 Nguyễn Thị Hường Chủ hộ Kinh 1978 Nữ",
                        "2 Ưng Văn Thọ Vợ/chồng Mường 1975 Nam",
                        "3 Ưng Thị Ỷ Con Xơ Đăng 2012 Nữ");
    }

    @Test
    void decomposedInputPrintsAsTheSameLetters() {
        CertificateData base = poorHousehold();
        String decomposed = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        CertificateData data = new CertificateData(
                base.number(),
                base.communeName(),
                base.districtName(),
                base.provinceName(),
                base.householdClass(),
                base.listYear(),
                decomposed,
                base.address(),
                base.decisionNumber(),
                base.decisionDate(),
                base.signerName(),
                base.members());

        assertThat(PdfTextOf.lines(pdf(data))).contains("Hộ gia đình ông/bà: Nguyễn Thị Hường");
    }

    @Test
    void aNearPoorHouseholdGetsTheNearPoorTitle() {
        CertificateData base = poorHousehold();
        CertificateData nearPoor = new CertificateData(
                "7/GCN-HN.HCN",
                "Xã Đăk Ang",
                "Ngọc Hồi",
                "Kon Tum",
                "NEAR_POOR",
                2024,
                base.headName(),
                base.address(),
                null,
                null,
                "Ưng Thị Ỷ",
                base.members());

        List<String> lines = PdfTextOf.lines(pdf(nearPoor));

        assertThat(lines)
                .contains(
                        "GIẤY CHỨNG NHẬN HỘ CẬN NGHÈO",
                        "XÃ ĐĂK ANG",
                        "Là hộ cận nghèo năm 2024.",
                        "Đăk Ang, ngày …… tháng …… năm ……");
    }

    @Test
    void aWholeListPrintsOneCertificatePerPage() {
        CertificateData a = poorHousehold();
        CertificateData b = new CertificateData(
                "13/GCN-HN.HCN",
                a.communeName(),
                a.districtName(),
                a.provinceName(),
                "NEAR_POOR",
                a.listYear(),
                "Ưng Văn Thọ",
                a.address(),
                a.decisionNumber(),
                a.decisionDate(),
                a.signerName(),
                a.members());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CertificatePdf.writeAll(List.of(a, b), out);

        byte[] pdf = out.toByteArray();
        assertThat(PdfTextOf.pages(pdf)).isEqualTo(2);
        assertThat(PdfTextOf.pageLines(pdf, 1)).contains("Số: 12/GCN-HN.HCN", "GIẤY CHỨNG NHẬN HỘ NGHÈO");
        assertThat(PdfTextOf.pageLines(pdf, 2))
                .contains("Số: 13/GCN-HN.HCN", "GIẤY CHỨNG NHẬN HỘ CẬN NGHÈO", "Hộ gia đình ông/bà: Ưng Văn Thọ");
    }
}
