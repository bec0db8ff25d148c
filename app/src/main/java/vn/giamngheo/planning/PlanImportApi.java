package vn.giamngheo.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.planning.extraction.AgencyNameCatalogue;
import vn.giamngheo.planning.extraction.AgencyResolver;
import vn.giamngheo.planning.extraction.PlanDocuments;
import vn.giamngheo.planning.extraction.PlanExtraction;
import vn.giamngheo.planning.extraction.PlanExtractor;
import vn.giamngheo.planning.extraction.PlanText;
import vn.giamngheo.shared.TimeLimit;

/**
 * Reads an uploaded plan and answers with what it says, for the official to review and correct.
 * Nothing is saved, so any logged-in user may ask (the API filter chain requires a login). Unit
 * names are matched by the application's {@link AgencyResolver} when one is wired, else by the
 * built-in catalogue; the resolver is looked up per request so a registry wired later is used.
 * With {@code unitId} (the unit the plan is for) the registry resolver is bound to that unit: names
 * are matched against the registry from that unit upwards and the matched agency's id is given
 * ({@code tasks[].units[].agencyId}).
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Plans, their tasks and targets; import of a plan from its document")
class PlanImportApi {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ObjectProvider<AgencyResolver> resolvers;

    PlanImportApi(ObjectProvider<AgencyResolver> resolvers) {
        this.resolvers = resolvers;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Extract a plan from an uploaded .docx, .md or .txt (part \"file\"); nothing is saved")
    PlanExtraction importFile(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long unitId)
            throws IOException {
        byte[] bytes = file.getBytes();
        String name = file.getOriginalFilename();
        return extract(TimeLimit.within(Plans.PARSE_LIMIT, "file", () -> PlanDocuments.read(name, bytes)), unitId);
    }

    @PostMapping(
            path = "/import",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_MARKDOWN_VALUE})
    @Operation(summary = "Extract a plan from its text (UTF-8 plain text or markdown); nothing is saved")
    PlanExtraction importText(@RequestBody byte[] body, @RequestParam(required = false) Long unitId) {
        return extract(PlanDocuments.text(body), unitId);
    }

    @PostMapping(path = "/import", consumes = DOCX)
    @Operation(summary = "Extract a plan from a .docx sent as the request body; nothing is saved")
    PlanExtraction importDocx(@RequestBody byte[] body, @RequestParam(required = false) Long unitId) {
        return extract(
                TimeLimit.within(Plans.PARSE_LIMIT, "file", () -> PlanDocuments.read("plan.docx", body)), unitId);
    }

    private PlanExtraction extract(PlanText text, Long unitId) {
        return new PlanExtractor(resolver(resolvers, unitId)).extract(text);
    }

    /** The registry bound to the unit when both are known, else whatever resolver is wired, else the catalogue. */
    static AgencyResolver resolver(ObjectProvider<AgencyResolver> resolvers, Long unitId) {
        AgencyResolver resolver = resolvers.getIfAvailable(AgencyNameCatalogue::standard);
        if (unitId != null && resolver instanceof RegistryAgencyResolver registry) {
            return registry.atUnit(unitId);
        }
        return resolver;
    }
}
