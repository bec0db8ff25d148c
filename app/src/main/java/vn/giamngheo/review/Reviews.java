package vn.giamngheo.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.PovertyStandards;

/**
 * Review campaigns as the web layer and other modules use them: start one, read it, move it through
 * its steps ({@link ReviewSteps} decides; this class gathers the facts, records who moved it when
 * and why, and carries out what a step brings: the addressee of the report, the recognition).
 * Every read and write loads the campaign with the jurisdiction condition in its SQL.
 */
@Service
public class Reviews {
    static final String ENTITY = "ReviewCampaign";
    private final CampaignStore campaigns;
    private final ReviewHouseholdStore rows;
    private final ProcedureStore procedure;
    private final Recognition recognition;
    private final AdminUnits units;
    private final PovertyStandards standards;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    Reviews(
            CampaignStore campaigns,
            ReviewHouseholdStore rows,
            ProcedureStore procedure,
            Recognition recognition,
            AdminUnits units,
            PovertyStandards standards,
            AuditLog audit,
            Clock clock,
            JsonMapper json,
            JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.rows = rows;
        this.procedure = procedure;
        this.recognition = recognition;
        this.units = units;
        this.standards = standards;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.jdbc = jdbc;
    }

    @Transactional
    public ReviewCampaign create(Actor actor, NewReview r) {
        actor.require(Permission.REVIEW_EDIT);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (r.unitId() == null) {
            problems.add(InvalidInput.Problem.of("unitId", "review.communeMissing"));
        }
        if (r.kind() == null) {
            problems.add(InvalidInput.Problem.of("kind", "review.kindMissing"));
        }
        if (r.year() == null || r.year() < 2000 || r.year() > 2200) {
            problems.add(InvalidInput.Problem.of("year", "review.yearRange"));
        }
        if (r.kind() == CampaignKind.REGULAR && (r.month() == null || r.month() < 1 || r.month() > 12)) {
            problems.add(InvalidInput.Problem.of("month", "review.monthMissing"));
        }
        if (r.kind() != null && r.kind() != CampaignKind.REGULAR && r.month() != null) {
            problems.add(InvalidInput.Problem.of("month", "review.monthOnlyRegular"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AdminUnit commune = units.writableUnit(actor, r.unitId());
        if (!"COMMUNE".equals(commune.level())) {
            throw InvalidInput.of("unitId", Message.of("review.notCommune", Message.of("level." + commune.level())));
        }
        if (commune.retired()) {
            throw InvalidInput.of("unitId", Message.of("household.unitRetired", commune.fullName(), commune.validTo()));
        }
        if (campaigns.exists(commune.id(), r.kind(), r.year(), r.month())) {
            throw InvalidInput.of(
                    "year",
                    Message.of(
                            "review.exists",
                            commune.fullName(),
                            Message.of("review.kind." + r.kind()),
                            (r.month() == null ? "" : r.month() + "/") + r.year()));
        }
        int listYear = r.kind() == CampaignKind.REGULAR ? r.year() : r.year() + 1;
        PovertyStandard standard;
        boolean provisional;
        if (r.standard() == null || r.standard().isBlank()) {
            standard = standardFor(listYear)
                    .orElseThrow(() ->
                            InvalidInput.of("standard", Message.of("review.noStandard", String.valueOf(listYear))));
            // The year the review is held in may still be under the old standard while its lists
            // fall under the new one (the autumn-2026 review): no source settles which applies.
            provisional = standard.validity().provisional()
                    || standardFor(r.year())
                            .map(s -> !s.id().equals(standard.id()))
                            .orElse(true);
        } else {
            standard = standards.forClassification(r.standard().trim(), null);
            provisional = false;
        }
        long id = campaigns.insert(
                new CampaignStore.NewCampaign(
                        commune.id(),
                        r.kind(),
                        r.year(),
                        r.month(),
                        listYear,
                        standard.id(),
                        standard.version(),
                        provisional),
                clock.instant(),
                actor.username());
        if (r.kind() == CampaignKind.PERIODIC) {
            rows.addListed(id, commune.id(), commune.path(), clock.instant(), actor.username());
        }
        ReviewCampaign created = get(actor, id);
        audit.change(actor, "CREATE", ENTITY, id, unitRef(commune), null, created);
        return created;
    }

    private java.util.Optional<PovertyStandard> standardFor(int listYear) {
        return standards.list().stream()
                .filter(s -> s.kind() == PovertyStandard.Kind.NATIONAL)
                .filter(s -> s.validity() != null && s.validity().covers(listYear))
                .map(s -> standards.get(s.id(), null))
                .filter(PovertyStandard::published)
                .findFirst();
    }

    /** A campaign the actor may read: loaded with the jurisdiction condition; 403 (audited) outside it. */
    public ReviewCampaign get(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        return campaigns
                .find(id, actor.jurisdiction())
                .orElseThrow(
                        () -> campaigns.exists(id) ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id));
    }

    /** Campaigns of the communes under a unit (all the actor may see without one), newest first. */
    public List<ReviewCampaign> list(Actor actor, Long unitId) {
        actor.require(Permission.HOUSEHOLD_READ);
        String path = unitId == null ? "" : units.get(unitId).path();
        return campaigns.list(path, actor.jurisdiction());
    }

    public ReviewCampaignView view(Actor actor, long id) {
        ReviewCampaign c = get(actor, id);
        LocalDate today = LocalDate.now(clock);
        Map<Step, LocalDate> due = ReviewCalendar.deadlines(c.kind(), c.year(), c.month());
        int current = c.kind().steps().indexOf(c.step());
        List<ReviewCampaignView.StepDeadline> steps = new ArrayList<>();
        for (int i = 0; i < c.kind().steps().size(); i++) {
            Step s = c.kind().steps().get(i);
            LocalDate d = due.get(s);
            steps.add(new ReviewCampaignView.StepDeadline(
                    s,
                    d,
                    i < current,
                    i == current,
                    i >= current && s != Step.RECOGNISED && d != null && today.isAfter(d)));
        }
        Map<String, Long> byClass = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT coalesce(household_class, 'UNCLASSIFIED'), count(*) FROM review_household WHERE campaign_id = :id"
                                + " GROUP BY 1 ORDER BY 1")
                .param("id", id)
                .query(rs -> {
                    byClass.put(rs.getString(1), rs.getLong(2));
                });
        Step next = c.kind().next(c.step());
        String addressee = addressee(c);
        List<Message> waits = List.of();
        if (next != null) {
            StepDecision d =
                    ReviewSteps.advance(c.kind(), c.step(), next, facts(actor, c, StepRequest.to(next), addressee));
            waits = d instanceof StepDecision.Refused refused ? refused.reasons() : List.of();
        }
        return new ReviewCampaignView(
                c,
                c.postingEnd(),
                c.decisionDue(),
                steps,
                campaigns.history(id),
                byClass.values().stream().mapToLong(Long::longValue).sum(),
                byClass,
                next,
                waits,
                addressee);
    }

    /** Moves the campaign one step on, when the step's work is done; refused with every reason otherwise. */
    @Transactional
    public ReviewCampaign advance(Actor actor, long id, StepRequest r) {
        actor.require(Permission.REVIEW_EDIT);
        ReviewCampaign c = get(actor, id);
        if (r.to() == Step.RECOGNISED) {
            actor.require(Permission.REVIEW_DECIDE);
        }
        if (r.to() == Step.POSTING && r.postingStart() != null) {
            if (c.step() == Step.VILLAGE_MEETING) {
                c = setPosting(actor, c, r.postingStart(), r.postingDays());
            }
        }
        String addressee = addressee(c);
        StepDecision decision = ReviewSteps.advance(c.kind(), c.step(), r.to(), facts(actor, c, r, addressee));
        if (decision instanceof StepDecision.Refused refused) {
            throw refusal(refused);
        }
        List<Message> warnings = ((StepDecision.Allowed) decision).warnings();
        move(actor, c, r.to(), "ADVANCE", null, stepData(r, warnings));
        switch (r.to()) {
            case REPORTING -> {
                AdminUnit to = ReportAddressee.of(units.ancestry(units.get(c.unitId())));
                campaigns.setReport(
                        actor.jurisdiction(), c.id(), to.id(), to.fullName(), null, clock.instant(), actor.username());
            }
            case RECOGNITION -> {
                if (c.step() == Step.REPORTING) {
                    campaigns.setReport(
                            actor.jurisdiction(),
                            c.id(),
                            c.reportUnitId(),
                            c.reportUnitName(),
                            r.reportedOn(),
                            clock.instant(),
                            actor.username());
                }
            }
            case RECOGNISED -> recognition.recognise(actor, c, r.decision());
            default -> {}
        }
        ReviewCampaign after = get(actor, id);
        audit.change(actor, "ADVANCE", ENTITY, id, unitRef(c), Map.of("step", c.step()), after);
        return after;
    }

    /** Moves the campaign back to an earlier step, with a reason; a recognised campaign is final. */
    @Transactional
    public ReviewCampaign back(Actor actor, long id, StepRequest r) {
        actor.require(Permission.REVIEW_EDIT);
        ReviewCampaign c = get(actor, id);
        StepDecision decision = ReviewSteps.back(c.kind(), c.step(), r.to(), r.reason());
        if (decision instanceof StepDecision.Refused refused) {
            throw refusal(refused);
        }
        goBack(actor, c, r.to(), r.reason().trim());
        ReviewCampaign after = get(actor, id);
        audit.change(actor, "BACK", ENTITY, id, unitRef(c), Map.of("step", c.step()), after);
        return after;
    }

    /** Goes back (also when a village meeting fails): a new posting and a new report are needed after it. */
    void goBack(Actor actor, ReviewCampaign c, Step to, String reason) {
        goBack(actor, c, to, reason, null);
    }

    /** Goes back for a reason the system states (a failed village meeting): kept as a message in the step data. */
    void goBack(Actor actor, ReviewCampaign c, Step to, Message because) {
        // the table wants a reason on every step back: the code stands for it, the page words the message
        goBack(actor, c, to, because.code(), json.writeValueAsString(Map.of(StepChange.BECAUSE, because)));
    }

    private void goBack(Actor actor, ReviewCampaign c, Step to, String reason, String data) {
        move(actor, c, to, "BACK", reason, data);
        List<Step> steps = c.kind().steps();
        if (steps.indexOf(to) < steps.indexOf(Step.POSTING) && c.postingStart() != null) {
            campaigns.setPosting(
                    actor.jurisdiction(),
                    c.id(),
                    null,
                    c.postingDays(),
                    !c.postingDaysProvisional(),
                    clock.instant(),
                    actor.username());
        }
        if (c.kind().has(Step.REPORTING) && steps.indexOf(to) <= steps.indexOf(Step.REPORTING)) {
            campaigns.setReport(actor.jurisdiction(), c.id(), null, null, null, clock.instant(), actor.username());
        }
    }

    /** Sets the posting's start and length (working days; the usual 3 until a length is given). */
    ReviewCampaign setPosting(Actor actor, ReviewCampaign c, LocalDate start, Integer days) {
        if (start == null) {
            throw InvalidInput.of("start", Message.of("review.postingStartMissing"));
        }
        if (days != null && (days < 1 || days > 60)) {
            throw InvalidInput.of("workingDays", Message.of("review.postingDays"));
        }
        var meeting = campaigns.lastPassedMeeting(c.id());
        if (meeting.isPresent() && start.isBefore(meeting.get())) {
            // the posting shows the results the village meetings agreed (QĐ 24/2021 Art. 4.1.c-d)
            throw InvalidInput.of(
                    "postingStart",
                    Message.of(
                            "review.postingBeforeMeeting",
                            DateTimeFormatter.ofPattern("dd/MM/yyyy").format(start),
                            DateTimeFormatter.ofPattern("dd/MM/yyyy").format(meeting.get())));
        }
        int length = days == null ? c.postingDays() : days;
        campaigns.setPosting(
                actor.jurisdiction(),
                c.id(),
                start,
                length,
                days != null || !c.postingDaysProvisional(),
                clock.instant(),
                actor.username());
        return campaigns.find(c.id(), actor.jurisdiction()).orElseThrow();
    }

    private void move(Actor actor, ReviewCampaign c, Step to, String direction, String reason, String data) {
        if (!campaigns.moveStep(actor.jurisdiction(), c.id(), c.step(), to, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, c.id());
        }
        campaigns.recordChange(c.id(), c.step(), to, direction, reason, data, clock.instant(), actor.username());
    }

    private String stepData(StepRequest r, List<Message> warnings) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (r.reportedOn() != null) {
            data.put("reportedOn", r.reportedOn().toString());
        }
        if (r.decisionNumber() != null) {
            data.put("decisionNumber", r.decisionNumber());
            data.put("decisionDate", String.valueOf(r.decisionDate()));
            data.put("signer", r.signer());
        }
        if (r.postingStart() != null) {
            data.put("postingStart", r.postingStart().toString());
        }
        if (!warnings.isEmpty()) {
            data.put("warnings", warnings);
        }
        return data.isEmpty() ? null : json.writeValueAsString(data);
    }

    /** The facts the gate of the current step looks at, with the step data of the request. */
    StepFacts facts(Actor actor, ReviewCampaign c, StepRequest r, String addressee) {
        int[] requests = procedure.requestCounts(c.id());
        ReviewHouseholdStore.Unfinished open = rows.unfinished(actor.jurisdiction(), c.id());
        boolean survey = c.kind().surveyOpen(c.step());
        return new StepFacts(
                LocalDate.now(clock),
                (int) rows.count(c.id(), actor.jurisdiction()),
                requests[0],
                requests[1],
                open.unclassified(),
                open.unclassifiedCodes(),
                open.undetermined(),
                open.undeterminedCodes(),
                survey ? List.of() : rows.villagesWithoutPassedMeeting(actor.jurisdiction(), c.id(), c.unitId()),
                c.postingStart(),
                c.postingEnd(),
                procedure.unresolvedComplaints(c.id()),
                addressee,
                r.reportedOn(),
                r.decision(),
                c.kind() == CampaignKind.REGULAR ? c.decisionDue() : null);
    }

    private String addressee(ReviewCampaign c) {
        if (c.reportUnitName() != null) {
            return c.reportUnitName();
        }
        AdminUnit parent = ReportAddressee.of(units.ancestry(units.get(c.unitId())));
        return parent == null ? null : parent.fullName();
    }

    private static InvalidInput refusal(StepDecision.Refused refused) {
        return new InvalidInput(refused.reasons().stream()
                .map(reason -> InvalidInput.Problem.of("to", reason))
                .toList());
    }

    AuditLog.UnitRef unitRef(ReviewCampaign c) {
        return new AuditLog.UnitRef(c.unitId(), units.get(c.unitId()).path());
    }

    /** The village of a campaign's row when it has one (a reviewer's reach), else the commune. */
    AuditLog.UnitRef unitRef(ReviewCampaign c, Long villageId) {
        return villageId == null ? unitRef(c) : unitRef(units.get(villageId));
    }

    private static AuditLog.UnitRef unitRef(AdminUnit unit) {
        return new AuditLog.UnitRef(unit.id(), unit.path());
    }
}
