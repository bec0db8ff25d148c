package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.review.Step;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.shared.Actor;

/** The review's files end to end: a filled spreadsheet imported, the lists and certificates downloaded and read back. */
class ReviewDocumentsIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    Reviews reviews;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts accounts;

    /** An administrator of the test's own: the requests below authenticate as them. */
    private String administrator;

    @Test
    void aFilledSpreadsheetIsImportedAndTheListsAndCertificatesDownloadAsFilesWithTheSameNames() throws Exception {
        TestUnits.Commune place = new TestUnits(units).aCommune();
        AdminUnit commune = place.unit();
        AdminUnit village = place.village(1);
        administrator = new TestUsers(accounts).anAdministrator();
        ReviewCampaign baseline = reviews.create(
                Actor.system("doc-test"), new NewReview(commune.id(), 2034, "ND07_2021", CampaignKind.BASELINE, null));
        byte[] sheet = new FilledTemplate()
                .row(
                        "ref",
                        "TL-X1",
                        "area",
                        "Nông thôn",
                        "incomePerCapita",
                        900_000,
                        "recognizedClass",
                        "POOR",
                        "members.name",
                        "Hoàng Thị Ưng",
                        "members.birthYear",
                        1975,
                        "members.sex",
                        "Nữ",
                        "members.relation",
                        "HEAD",
                        "members.ethnicity",
                        "Mường")
                .row(
                        "ref",
                        "TL-X1",
                        "members.name",
                        "Đỗ Văn Ỷ",
                        "members.birthYear",
                        2010,
                        "members.sex",
                        "Nam",
                        "members.relation",
                        "CHILD",
                        "members.ethnicity",
                        "Mường")
                .bytes();
        HttpResponse<String> imported = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reviews/"
                                        + baseline.id() + "/households?villageId=" + village.id()))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (administrator + ":" + TestUsers.PASSWORD).getBytes()))
                                .header(
                                        "Content-Type",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(sheet))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        reviews.advance(
                Actor.system("doc-test"),
                baseline.id(),
                new StepRequest(Step.RECOGNISED, null, null, null, null, null, null, null));

        byte[] xlsx = bytes("/api/v1/reviews/" + baseline.id() + "/lists/POOR/export?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("TL-X1").contains("Hoàng Thị Ưng");
        }
        assertThat(pdfText(bytes("/api/v1/reviews/" + baseline.id() + "/lists/POOR/export?format=pdf")))
                .contains("Hoàng Thị Ưng");
        String certificate = pdfText(bytes("/api/v1/reviews/" + baseline.id() + "/certificates/pdf"));
        assertThat(certificate).contains("GCN-HN.HCN").contains("Hoàng Thị Ưng").contains("Đỗ Văn Ỷ");
        try (XSSFWorkbook template =
                new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/v1/reviews/import-template")))) {
            assertThat(template.getSheet(XlsxHouseholdTemplate.SHEET)).isNotNull();
        }
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (administrator + ":" + TestUsers.PASSWORD).getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFC);
        }
    }
}
