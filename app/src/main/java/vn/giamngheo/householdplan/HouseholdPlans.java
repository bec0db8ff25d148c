package vn.giamngheo.householdplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.Permission;

/**
 * Household plans: drafted from the household's latest survey and the mapping, edited by the commune
 * (versioned: an edit of a plan changed meanwhile is refused), followed up by visits, voided with a
 * reason. Reads are scoped to the reader's jurisdiction by the household's place and audited once per
 * request. Editing needs {@link Permission#PLAN_EDIT}; reading {@link Permission#HOUSEHOLD_READ}.
 */
@Service
public class HouseholdPlans {
    static final String ENTITY = "HouseholdPlan";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final HouseholdPlanStore store;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    HouseholdPlans(HouseholdPlanStore store, Catalogue catalogue, AdminUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Vietnam, by the injected clock. */
    public LocalDate today() {
        return clock.instant().atZone(VIETNAM).toLocalDate();
    }

    /**
     * Drafts the plan of a household for a year: refused unless the household is poor or near-poor on
     * the lists in force for that year; its causes and deprivations from its latest recognised survey,
     * its solutions from the mapping. One plan per household and year (the database keeps it so).
     */
    @Transactional
    public HouseholdPlan draft(Actor actor, long householdId, int year) {
        actor.require(Permission.PLAN_EDIT);
        HouseholdPlanStore.HouseholdRef h = store.household(householdId, actor.jurisdiction())
                .orElseThrow(() -> new NotFound("Household", householdId));
        if (h.voided()) {
            throw InvalidInput.of("householdId", Message.of("householdplan.householdVoided", h.code()));
        }
        LocalDate today = today();
        if (store.existing(householdId, year).isPresent()) {
            throw InvalidInput.of("year", Message.of("householdplan.exists", h.code(), String.valueOf(year)));
        }
        HouseholdPlanStore.Listing listing = store.listing(householdId, h.communeId(), year, year >= today.getYear())
                .orElse(null);
        String listed = listing == null ? null : listing.householdClass();
        List<InvalidInput.Problem> problems = PlanRules.checkNew(listed, h.code(), year, today.getYear());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        HouseholdPlanStore.Survey survey = store.latestSurvey(householdId);
        long id;
        try {
            id = store.insert(
                    householdId,
                    year,
                    listing.communeId(),
                    listed,
                    listing.campaignId(),
                    survey,
                    clock.instant(),
                    actor.username());
        } catch (DuplicateKeyException raced) {
            throw InvalidInput.of("year", Message.of("householdplan.exists", h.code(), String.valueOf(year)));
        }
        List<Solution> solutions = DraftRules.draft(
                survey.deprivations(), survey.causes(), store.suggestions(today), catalogueCodes(today));
        store.replaceSolutions(id, solutions);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("household", h.code());
        after.put("year", year);
        after.put("listedClass", listed);
        after.put("solutions", solutions.size());
        audit.change(actor, "DRAFT", ENTITY, id, new AuditLog.UnitRef(h.unitId(), h.unitPath()), null, after);
        return store.find(id, actor.jurisdiction()).orElseThrow();
    }

    /** A household in reach as a plan page names it; the read is audited. */
    public record HouseholdCard(long id, String code, String headName, String unitName, long communeId) {}

    public HouseholdCard household(Actor actor, long householdId) {
        actor.require(Permission.HOUSEHOLD_READ);
        HouseholdPlanStore.HouseholdRef h = store.household(householdId, actor.jurisdiction())
                .orElseThrow(() -> new NotFound("Household", householdId));
        audit.read(actor, "Household", householdId, new AuditLog.UnitRef(h.unitId(), h.unitPath()), "plan");
        return new HouseholdCard(
                h.id(), h.code(), h.headName(), units.get(h.unitId()).fullName(), h.communeId());
    }

    /** The ids of the households of a class on a commune's lists in force for a year. */
    public List<Long> listedOn(Actor actor, long communeId, int year, String householdClass) {
        actor.require(Permission.HOUSEHOLD_READ);
        return store.listedOn(communeId, year, householdClass);
    }

    /** A plan in reach; the read is audited. */
    public HouseholdPlan get(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        HouseholdPlan p = store.find(id, actor.jurisdiction()).orElseThrow(() -> new NotFound(ENTITY, id));
        audit.read(
                actor, ENTITY, id, new AuditLog.UnitRef(p.unitId(), p.unitPath()), p.householdCode() + " " + p.year());
        return p;
    }

    /** The plans (id, year) of a household in reach, newest first: empty when it has none or is out of reach. */
    public List<long[]> ofHousehold(Actor actor, long householdId) {
        actor.require(Permission.HOUSEHOLD_READ);
        return store.ofHousehold(householdId, actor.jurisdiction());
    }

    @Transactional
    public HouseholdPlan update(Actor actor, long id, PlanEdit edit) {
        actor.require(Permission.PLAN_EDIT);
        HouseholdPlan before = store.find(id, actor.jurisdiction()).orElseThrow(() -> new NotFound(ENTITY, id));
        if (edit.version() == null) {
            throw InvalidInput.of("version", Message.of("householdplan.required"));
        }
        LocalDate today = today();
        List<InvalidInput.Problem> problems = PlanRules.check(edit, before.year(), today, catalogueCodes(today));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Helper helper = PlanRules.blank(edit.helperName())
                ? null
                : new Helper(
                        HelperKind.of(edit.helperKind()),
                        edit.helperName().strip(),
                        edit.helperAgencyId(),
                        PlanRules.blank(edit.helperPhone())
                                ? null
                                : edit.helperPhone().strip(),
                        edit.consent(),
                        edit.consent() ? edit.consentOn() : null);
        if (!store.update(id, edit.version(), edit, helper, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        store.replaceSolutions(
                id,
                edit.solutions().stream()
                        .map(s -> new Solution(
                                SolutionKind.of(s.kind()),
                                PlanRules.blank(s.contentCode()) ? null : s.contentCode(),
                                s.description().strip(),
                                s.addresses().stream().distinct().toList(),
                                s.done()))
                        .toList());
        HouseholdPlan after = store.find(id, actor.jurisdiction()).orElseThrow();
        audit.change(actor, "UPDATE", ENTITY, id, unitRef(after), summary(before), summary(after));
        return after;
    }

    @Transactional
    public HouseholdPlan addVisit(
            Actor actor,
            long id,
            int version,
            LocalDate visitedOn,
            String progress,
            String note,
            String visitedBy,
            LocalDate nextVisitOn) {
        actor.require(Permission.PLAN_EDIT);
        HouseholdPlan plan = store.find(id, actor.jurisdiction()).orElseThrow(() -> new NotFound(ENTITY, id));
        List<InvalidInput.Problem> problems =
                PlanRules.checkVisit(visitedOn, progress, note, nextVisitOn, plan.year(), today());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!store.addVisit(
                id,
                version,
                visitedOn,
                Progress.of(progress),
                note,
                visitedBy,
                nextVisitOn,
                clock.instant(),
                actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        audit.change(
                actor,
                "VISIT",
                ENTITY,
                id,
                unitRef(plan),
                null,
                Map.of("visitedOn", visitedOn.toString(), "progress", progress));
        return store.find(id, actor.jurisdiction()).orElseThrow();
    }

    @Transactional
    public void voidPlan(Actor actor, long id, int version, String reason) {
        actor.require(Permission.PLAN_EDIT);
        HouseholdPlan plan = store.find(id, actor.jurisdiction()).orElseThrow(() -> new NotFound(ENTITY, id));
        if (PlanRules.blank(reason)) {
            throw InvalidInput.of("reason", Message.of("householdplan.voidReason"));
        }
        if (!store.voidPlan(id, version, reason.strip(), clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        audit.change(actor, "VOID", ENTITY, id, unitRef(plan), summary(plan), Map.of("reason", reason.strip()));
    }

    /** The board of a unit's plans for a year (the unit's subtree, in reach), audited as one read. */
    public List<PlanRow> board(Actor actor, long unitId, int year, String helper, Integer targetYear, boolean overdue) {
        actor.require(Permission.HOUSEHOLD_READ);
        checkYear(year);
        AdminUnit unit = units.get(unitId);
        List<PlanRow> rows = store.board(
                unit.path(),
                year,
                new HouseholdPlanStore.BoardFilter(helper, targetYear, overdue),
                today(),
                actor.jurisdiction());
        audit.read(
                actor,
                ENTITY,
                unitId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                "board " + year + (helper == null ? "" : " helper=" + helper)
                        + (targetYear == null ? "" : " target=" + targetYear) + (overdue ? " overdue" : ""));
        return rows;
    }

    /** The mapping in force today: what each deprivation and cause suggests. */
    public List<Suggestion> suggestions() {
        return store.suggestions(today());
    }

    /** The support contents a solution may name: those of the catalogue valid today. */
    public List<SupportContent> contents() {
        LocalDate today = today();
        return catalogue.contents().stream().filter(c -> c.validOn(today)).toList();
    }

    Set<String> catalogueCodes(LocalDate day) {
        return catalogue.contents().stream()
                .filter(c -> c.validOn(day))
                .map(SupportContent::code)
                .collect(Collectors.toSet());
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidInput.of("year", Message.of("householdplan.yearRange", String.valueOf(year)));
        }
    }

    private static AuditLog.UnitRef unitRef(HouseholdPlan p) {
        return new AuditLog.UnitRef(p.unitId(), p.unitPath());
    }

    private static Map<String, Object> summary(HouseholdPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("causes", p.causes());
        m.put("targetYear", p.targetYear());
        m.put("agreed", p.agreed());
        m.put("helper", p.helper() == null ? null : p.helper().name());
        m.put("consent", p.helper() != null && p.helper().consent());
        m.put("nextVisitOn", p.nextVisitOn() == null ? null : p.nextVisitOn().toString());
        m.put("solutions", p.solutions().size());
        m.put("version", p.version());
        return m;
    }
}
