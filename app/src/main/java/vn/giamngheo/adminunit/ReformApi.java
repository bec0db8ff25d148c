package vn.giamngheo.adminunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/admin-units/reform-2025")
@Tag(name = "Administrative units", description = "The 1 July 2025 reform from the official lists")
class ReformApi {
    private final ReformImport reform;
    private final SplitCommunes splits;
    private final CurrentUser currentUser;

    ReformApi(ReformImport reform, SplitCommunes splits, CurrentUser currentUser) {
        this.reform = reform;
        this.splits = splits;
        this.currentUser = currentUser;
    }

    @PostMapping("/import")
    @Operation(
            summary = "Import the official lists before/after 1 July 2025 with the succession (national administrator;"
                    + " idempotent; dryRun=true reports without storing)")
    ReformImport.Report importLists(
            @RequestParam(defaultValue = "COUNTRY") ReformImport.Scope scope,
            @RequestParam(defaultValue = "true") boolean dryRun) {
        return reform.run(currentUser.actor(), scope, dryRun);
    }

    @PostMapping(path = "/import-lists", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Apply the 1 July 2025 reform from uploaded lists in the official files' format (parts \"before\","
                            + " \"after\", \"succession\", optional \"splits\"; national administrator; idempotent;"
                            + " dryRun=true reports without storing)")
    ReformImport.Report importUploadedLists(
            @RequestParam("before") MultipartFile before,
            @RequestParam("after") MultipartFile after,
            @RequestParam("succession") MultipartFile succession,
            @RequestParam(name = "splits", required = false) MultipartFile splits,
            @RequestParam(defaultValue = "COUNTRY") ReformImport.Scope scope,
            @RequestParam(defaultValue = "true") boolean dryRun) {
        return reform.run(currentUser.actor(), scope, dryRun, ReformLists.fromFiles(before, after, succession, splits));
    }

    @GetMapping("/split-communes")
    @Operation(summary = "Split communes whose villages are not yet assigned to a successor")
    List<SplitCommunes.Waiting> waiting() {
        return splits.waiting(currentUser.actor());
    }

    @PostMapping("/split-communes/villages/{villageId}")
    @Operation(summary = "Assign a village of a split commune (with its households) to one of its successors")
    AdminUnitJson assign(@PathVariable long villageId, @RequestParam long successorId) {
        return AdminUnitJson.of(splits.assign(currentUser.actor(), villageId, successorId));
    }
}
