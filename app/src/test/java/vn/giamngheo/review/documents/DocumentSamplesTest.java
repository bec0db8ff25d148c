package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Leaves one of each document in target/review-documents, so a person can open them (or render
 * them with pdftoppm) and check the layout by eye.
 */
class DocumentSamplesTest {
    private static final Path DIR = Path.of("target", "review-documents");

    @Test
    void oneOfEachDocumentIsLeftInTargetForAPersonToLookAt() throws IOException {
        Files.createDirectories(DIR);
        try (OutputStream out = Files.newOutputStream(DIR.resolve("certificate.pdf"))) {
            CertificatePdf.writeAll(
                    List.of(CertificatePdfTest.poorHousehold(), CertificatePdfTest.poorHousehold()), out);
        }
        try (OutputStream out = Files.newOutputStream(DIR.resolve("list.pdf"))) {
            ReviewListPdf.write(ReviewLists.longList(60), out);
        }
        try (OutputStream out = Files.newOutputStream(DIR.resolve("list.xlsx"))) {
            ReviewListXlsx.write(ReviewLists.longList(60), out);
        }
        try (OutputStream out = Files.newOutputStream(DIR.resolve("household-template.xlsx"))) {
            XlsxHouseholdTemplate.write(out);
        }
        Files.write(
                DIR.resolve("household-template-filled.xlsx"),
                XlsxHouseholdReaderTest.twoHouseholds().bytes());
        assertThat(DIR.resolve("certificate.pdf")).isNotEmptyFile();
        assertThat(DIR.resolve("list.pdf")).isNotEmptyFile();
        assertThat(DIR.resolve("list.xlsx")).isNotEmptyFile();
    }
}
