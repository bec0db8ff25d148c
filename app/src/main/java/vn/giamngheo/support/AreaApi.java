package vn.giamngheo.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/area-designations")
@Tag(
        name = "Area designations",
        description = "Poor communes, extremely difficult communes, ethnic-minority and mountainous areas, by decision")
class AreaApi {
    private final AreaDesignations areas;
    private final AreaShares shares;
    private final CurrentUser currentUser;

    AreaApi(AreaDesignations areas, AreaShares shares, CurrentUser currentUser) {
        this.areas = areas;
        this.shares = shares;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The designations of a unit, of the units above it and of those under it")
    List<AreaDesignation> around(@RequestParam long unitId) {
        currentUser.actor();
        return areas.around(unitId);
    }

    @PostMapping
    @Operation(
            summary =
                    "Enter or import designations, each naming its decision: all or nothing, every problem with its line")
    List<AreaDesignation> add(@RequestBody List<AreaDesignations.NewDesignation> rows) {
        return areas.add(currentUser.actor(), rows);
    }

    /** Why a designation is voided, and the version read. */
    record Void(String reason, int version) {}

    @PostMapping("/{id}/void")
    @Operation(summary = "Void a designation entered by mistake, with a reason (never deleted)")
    AreaDesignation voidIt(@PathVariable long id, @RequestBody Void body) {
        return areas.voidIt(currentUser.actor(), id, body.reason(), body.version());
    }

    /** The kinds of area a content's rule requires (empty: none), and the rule's version read. */
    record RuleAreas(List<String> areas, int version) {}

    @PutMapping("/rules/{contentId}")
    @Operation(summary = "Set the area condition of a content's eligibility rule (national reference data)")
    void setRuleAreas(@PathVariable long contentId, @RequestBody RuleAreas body) {
        areas.setRuleAreas(currentUser.actor(), contentId, body.areas(), body.version());
    }

    @GetMapping("/shares")
    @Operation(
            summary =
                    "The shares by area: what a class of household living in a kind of area receives (null: not determined)")
    List<AreaShare> shares() {
        currentUser.actor();
        return shares.all();
    }

    @PutMapping("/shares/{id}")
    @Operation(summary = "Correct a share by area with its legal source, or clear it (national reference data)")
    AreaShare correctShare(@PathVariable long id, @RequestBody AreaShares.Correction body) {
        return shares.correct(currentUser.actor(), id, body);
    }
}
