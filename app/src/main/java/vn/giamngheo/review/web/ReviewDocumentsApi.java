package vn.giamngheo.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.CertificateData;
import vn.giamngheo.review.ListKind;
import vn.giamngheo.review.ReviewListDocument;
import vn.giamngheo.review.ReviewResults;
import vn.giamngheo.review.documents.CertificatePdf;
import vn.giamngheo.review.documents.ReviewListPdf;
import vn.giamngheo.review.documents.ReviewListXlsx;
import vn.giamngheo.review.documents.XlsxHouseholdTemplate;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * The review's documents as files: lists as Excel or PDF, certificates (Mẫu 03) as PDF, and the
 * survey template for imports. Lists and certificates hold personal data: every download is audited.
 */
@RestController
@Tag(name = "Reviews", description = "Lists, certificates and the import template as files")
class ReviewDocumentsApi {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ReviewResults results;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ReviewDocumentsApi(ReviewResults results, CurrentUser currentUser, AuditLog audit) {
        this.results = results;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GetMapping("/api/v1/reviews/{id}/lists/{kind}/export")
    @Operation(summary = "A list as a file: format=xlsx (official layout) or pdf")
    ResponseEntity<byte[]> list(
            @PathVariable long id, @PathVariable ListKind kind, @RequestParam(defaultValue = "xlsx") String format) {
        var actor = currentUser.actor();
        ReviewListDocument doc = results.list(actor, id, kind);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = "danh-sach-" + fileName(kind) + "-" + doc.listYear();
        audit.event(
                actor.username(),
                "EXPORT",
                "ReviewList",
                id + "/" + kind,
                null,
                format + ", " + doc.rows().size() + " rows");
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "xlsx" -> {
                ReviewListXlsx.write(doc, out);
                yield file(out, XLSX, name + ".xlsx");
            }
            case "pdf" -> {
                ReviewListPdf.write(doc, out);
                yield file(out, MediaType.APPLICATION_PDF, name + ".pdf");
            }
            default -> throw InvalidInput.of("format", Message.of("reporting.format", "xlsx, pdf"));
        };
    }

    @GetMapping("/api/v1/reviews/{id}/certificates/pdf")
    @Operation(summary = "Every certificate of the recognised campaign (Mẫu 03), one page each")
    ResponseEntity<byte[]> certificates(@PathVariable long id) {
        return certificatesPdf(id, null, "giay-chung-nhan-" + id + ".pdf");
    }

    @GetMapping("/api/v1/reviews/{id}/certificates/{rowId}/pdf")
    @Operation(summary = "One household's certificate (Mẫu 03)")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long rowId) {
        return certificatesPdf(id, rowId, "giay-chung-nhan-" + id + "-" + rowId + ".pdf");
    }

    @GetMapping("/api/v1/reviews/import-template")
    @Operation(summary = "The survey spreadsheet template (one row per member) that imports read")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxHouseholdTemplate.write(out);
        return file(out, XLSX, "mau-phieu-ra-soat.xlsx");
    }

    private ResponseEntity<byte[]> certificatesPdf(long id, Long rowId, String name) {
        var actor = currentUser.actor();
        List<CertificateData> certificates = results.certificates(actor, id, rowId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.writeAll(certificates, out);
        audit.event(
                actor.username(),
                "EXPORT",
                "Certificate",
                rowId == null ? String.valueOf(id) : id + "/" + rowId,
                null,
                certificates.size() + " certificates");
        return file(out, MediaType.APPLICATION_PDF, name);
    }

    private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    /** The list's name in a file name: Vietnamese without accents. */
    static String fileName(ListKind kind) {
        return switch (kind) {
            case POOR -> "ho-ngheo";
            case NEAR_POOR -> "ho-can-ngheo";
            case ESCAPED -> "thoat-ngheo";
            case NEWLY_POOR -> "phat-sinh";
            case FELL_BACK -> "tai-ngheo";
            case POSTING -> "niem-yet";
        };
    }
}
