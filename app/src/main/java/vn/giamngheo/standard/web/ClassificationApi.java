package vn.giamngheo.standard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.standard.PovertyStandards;
import vn.giamngheo.standard.jsonl.JsonLinesClassification;

/**
 * Classification of households sent in the exchange format (docs/domain/household-format.md). Nothing is
 * stored: the answer is computed under the newest published version of the standard, or the
 * version asked for.
 */
@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Classification", description = "Poor, near-poor, middle or not poor under a standard, with reasons")
class ClassificationApi {
    static final String NDJSON = "application/x-ndjson";
    private final PovertyStandards standards;

    ClassificationApi(PovertyStandards standards) {
        this.standards = standards;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Classify one household (a JSON object of the exchange format); 400 naming the field when "
                    + "it cannot be read")
    ResponseEntity<String> one(
            @Parameter(description = "QD59_2015, ND07_2021, ND351_2025 or a local standard") @RequestParam
                    String standard,
            @RequestParam(required = false) Integer version,
            @RequestBody String household) {
        JsonLinesClassification classification =
                new JsonLinesClassification(standards.forClassification(standard, version));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(classification.classifyOne(household));
    }

    @PostMapping(consumes = {NDJSON, MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Classify many households (JSON Lines): one result line per line in the same order, an "
                    + "error line {\"ref\":…,\"error\":…} for a line that cannot be read; blank lines are skipped")
    void many(
            @RequestParam String standard,
            @RequestParam(required = false) Integer version,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        JsonLinesClassification classification =
                new JsonLinesClassification(standards.forClassification(standard, version));
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        classification.run(request.getInputStream(), response.getOutputStream());
    }
}
