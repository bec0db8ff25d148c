package vn.giamngheo.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(
        name = "Production projects",
        description =
                "Community and value-chain projects, their budget commitments and the recovery/rotation sub-ledger")
class ProjectApi {
    private final Projects projects;
    private final CurrentUser currentUser;

    ProjectApi(Projects projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Projects of a unit and the units below it")
    List<Project> list(@RequestParam long unitId) {
        return projects.inUnit(currentUser.actor(), unitId);
    }

    record ProjectView(
            Project project, List<Project.Recovery> recoveries, long expectedRecovery, LocalDate recoveryDue) {}

    @GetMapping("/{id}")
    @Operation(summary = "A project with its recoveries, the recovery expected and its due date")
    ProjectView get(@PathVariable long id) {
        var actor = currentUser.actor();
        Project p = projects.get(actor, id);
        return new ProjectView(
                p, projects.recoveries(actor, id), projects.expectedRecovery(actor, p), projects.recoveryDue(p));
    }

    record ProjectRequest(
            long unitId,
            long componentId,
            String kind,
            String name,
            String decision,
            LocalDate approvedOn,
            Long leadAgencyId,
            String leadOfficial,
            Long rotationRuleId,
            BigDecimal recoveryPercent,
            Map<FundingSource, BigDecimal> budget,
            List<Project.Milestone> milestones) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Approve a project: its budget by source is committed in the ledger (refused beyond what the unit holds)")
    Project create(@RequestBody ProjectRequest r) {
        Map<FundingSource, Long> budget = new EnumMap<>(FundingSource.class);
        if (r.budget() != null) {
            r.budget().forEach((s, a) -> budget.put(s, Amounts.positive("budget." + s, a)));
        }
        return projects.create(
                currentUser.actor(),
                new Projects.NewProject(
                        r.unitId(),
                        r.componentId(),
                        r.kind(),
                        r.name(),
                        r.decision(),
                        r.approvedOn(),
                        r.leadAgencyId(),
                        r.leadOfficial(),
                        r.rotationRuleId(),
                        r.recoveryPercent(),
                        budget,
                        r.milestones(),
                        null));
    }

    record AcceptRequest(LocalDate acceptedOn, int version) {}

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "Record a project's acceptance; 409 when the version is stale")
    Project accept(@PathVariable long id, @RequestBody AcceptRequest r) {
        return projects.accept(currentUser.actor(), id, r.acceptedOn(), r.version());
    }

    record RecoveryRequest(
            String kind, Integer cycle, BigDecimal amount, LocalDate entryDate, String party, String note) {}

    @PostMapping("/{id}/recoveries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record money recovered from participants (RECOVERED) or rotated to the next round (ROTATED)")
    Project recovery(@PathVariable long id, @RequestBody RecoveryRequest r) {
        return projects.recordRecovery(
                currentUser.actor(),
                id,
                r.kind(),
                r.cycle() == null ? 1 : r.cycle(),
                Amounts.positive("amount", r.amount()),
                r.entryDate(),
                r.party(),
                r.note());
    }
}
