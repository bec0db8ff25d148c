package vn.giamngheo.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/helpers")
@Tag(
        name = "Helpers",
        description = "Agencies and steering-committee members helping communes; cadres helping households")
class HelperApi {
    private final Helpers helpers;
    private final CurrentUser currentUser;

    HelperApi(Helpers helpers, CurrentUser currentUser) {
        this.helpers = helpers;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Helpers assigned in a unit for a year: agencies to communes, officials to households")
    List<HelperAssignment> list(@RequestParam long unitId, @RequestParam int year) {
        return helpers.inSubtree(currentUser.actor(), unitId, year);
    }

    record CommuneHelperRequest(
            long communeId,
            String agencyName,
            String memberName,
            String memberTitle,
            LocalDate validFrom,
            LocalDate validTo,
            String sourceDocument) {}

    @PostMapping("/communes")
    @Operation(summary = "Assign helping agencies and steering-committee members to communes")
    List<HelperAssignment> assignToCommune(@RequestBody CommuneHelperRequest r) {
        var actor = currentUser.actor();
        var out = new java.util.ArrayList<HelperAssignment>();
        if (r.agencyName() != null && !r.agencyName().isBlank()) {
            out.add(helpers.assignAgency(
                    actor, r.communeId(), r.agencyName(), r.validFrom(), r.validTo(), r.sourceDocument()));
        }
        if (r.memberName() != null && !r.memberName().isBlank()) {
            out.add(helpers.assignMember(
                    actor,
                    r.communeId(),
                    r.memberName(),
                    r.memberTitle(),
                    r.validFrom(),
                    r.validTo(),
                    r.sourceDocument()));
        }
        return out;
    }

    record HouseholdHelperRequest(
            long householdId, String cadreName, String title, LocalDate validFrom, LocalDate validTo) {}

    @PostMapping("/households")
    @Operation(summary = "Assign an official to help a household")
    HelperAssignment assignToHousehold(@RequestBody HouseholdHelperRequest r) {
        return helpers.assignCadre(
                currentUser.actor(), r.householdId(), r.cadreName(), r.title(), r.validFrom(), r.validTo());
    }
}
