package vn.giamngheo.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@Tag(name = "What-if", description = "Re-classify a unit's recognised households under another standard")
class WhatIfApi {
    private final WhatIf whatIf;
    private final CurrentUser currentUser;

    WhatIfApi(WhatIf whatIf, CurrentUser currentUser) {
        this.whatIf = whatIf;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/what-if")
    @Operation(
            summary =
                    "Who would change class under another standard: counts from→to, per child unit, and the households")
    WhatIf.Result compare(
            @RequestParam long unitId,
            @RequestParam int year,
            @RequestParam String standard,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "500") int limit) {
        WhatIf.requireYear(year);
        return whatIf.compare(currentUser.actor(), unitId, year, standard, version, Math.max(0, Math.min(limit, 5000)));
    }
}
