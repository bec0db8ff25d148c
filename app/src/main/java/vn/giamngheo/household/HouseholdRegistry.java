package vn.giamngheo.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

/**
 * The household registry as other modules and the web layer use it. Every write keeps a snapshot
 * (history), is audited with the values before and after, and is refused if someone else saved the
 * household in between. Opening a household's details is audited too: it is personal data.
 */
@Service
public class HouseholdRegistry {
    static final String ENTITY = "Household";
    private final HouseholdStore store;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    HouseholdRegistry(HouseholdStore store, AdminUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Households registered (not voided) in each commune and its villages, and of them ethnic-minority ones: counts only. */
    public Map<Long, int[]> countsByCommune(java.util.Collection<Long> communeIds) {
        return store.countsByCommune(communeIds);
    }

    public HouseholdPage list(Actor actor, HouseholdQuery query) {
        actor.require(Permission.HOUSEHOLD_READ);
        String unitPath =
                query.unitId() == null ? null : units.get(query.unitId()).path();
        HouseholdPage page = store.page(query, unitPath, actor.jurisdiction());
        audit.read(actor, ENTITY + "List", query.unitId(), null, query.q() == null ? null : "q=" + query.q());
        return page;
    }

    public Household get(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        Household h = readable(actor, id);
        audit.event(actor.username(), "VIEW", ENTITY, id, unitRef(h.data().unitId()), null);
        return h;
    }

    /**
     * Several households at once, each read in the actor's reach (those outside are left out), with
     * one audit entry for the request: a reviewer's offline download of a village.
     */
    public List<Household> getMany(Actor actor, List<Long> ids, Long unitId, String why) {
        actor.require(Permission.HOUSEHOLD_READ);
        List<Household> found = new java.util.ArrayList<>(ids.size());
        for (Long id : ids) {
            store.find(id, actor.jurisdiction()).ifPresent(found::add);
        }
        audit.read(actor, ENTITY + "List", unitId, null, why + " (" + found.size() + ")");
        return found;
    }

    /** The household as it was at the end of {@code day} (Vietnam time). */
    public Household asOf(Actor actor, long id, LocalDate day) {
        actor.require(Permission.HOUSEHOLD_READ);
        readable(actor, id);
        Instant endOfDay =
                day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
        Household h = store.asOf(id, endOfDay, actor.jurisdiction())
                .orElseThrow(() -> InvalidInput.of("asOf", Message.of("household.notYetRegistered", day)));
        audit.event(actor.username(), "VIEW", ENTITY, id, unitRef(h.data().unitId()), "as of " + day);
        return h;
    }

    public List<HouseholdChange> history(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        Household h = readable(actor, id);
        List<HouseholdChange> changes = store.history(id, actor.jurisdiction());
        audit.read(actor, ENTITY, id, unitRef(h.data().unitId()), "history");
        return changes;
    }

    /** For each citizen ID of the household held in another current household: those households' codes. */
    public Map<String, List<String>> sharedCitizenIds(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        Household h = readable(actor, id);
        Map<String, List<String>> shared = store.sharedCitizenIds(id, actor.jurisdiction());
        audit.read(actor, ENTITY, id, unitRef(h.data().unitId()), "shared citizen IDs");
        return shared;
    }

    public List<DuplicateCitizenId> duplicates(Actor actor, long unitId) {
        actor.require(Permission.HOUSEHOLD_READ);
        List<DuplicateCitizenId> found = store.duplicates(units.get(unitId).path(), actor.jurisdiction(), 500);
        audit.read(actor, "DuplicateCitizenId", unitId, null, null);
        return found;
    }

    @Transactional
    public Household create(Actor actor, HouseholdData data) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        if (data.members().isEmpty()) {
            // a household is its members: the review import refuses one without, so does the form
            throw InvalidInput.of(InvalidInput.Problem.of("members", "household.memberMissing"));
        }
        HouseholdData d = checked(actor, data);
        refuseTakenCode(actor, d.code().trim(), null);
        long id = store.insert(d, clock.instant(), actor.username());
        Household created = store.find(id, actor.jurisdiction()).orElseThrow();
        store.insertVersion(created.id(), "CREATE", clock.instant(), actor.username());
        audit.change(actor, "CREATE", ENTITY, id, unitRef(created.data().unitId()), null, created);
        return created;
    }

    /** Saves a new state; refused (409) when the household changed since {@code expectedVersion} was read. */
    @Transactional
    public Household update(Actor actor, long id, HouseholdData data, int expectedVersion) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Household before = readable(actor, id);
        if (before.voided()) {
            throw InvalidInput.of(
                    "id", Message.of("household.voided", before.data().code(), before.voidReason()));
        }
        HouseholdData d = checked(actor, data);
        refuseTakenCode(actor, d.code().trim(), id);
        if (!store.update(id, d, expectedVersion, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        Household after = store.find(id, actor.jurisdiction()).orElseThrow();
        String kind = before.data().unitId() != after.data().unitId() ? "MOVE" : "UPDATE";
        store.insertVersion(after.id(), kind, clock.instant(), actor.username());
        audit.change(actor, kind, ENTITY, id, unitRef(after.data().unitId()), before, after);
        return after;
    }

    /** Moves a household to another village or commune (both inside the jurisdiction). */
    @Transactional
    public Household move(Actor actor, long id, long unitId, int expectedVersion) {
        Household h = readable(actor, id);
        return update(actor, id, h.data().inUnit(unitId), expectedVersion);
    }

    /** Households are never deleted: voiding keeps the record with who, when and why. */
    @Transactional
    public Household voidHousehold(Actor actor, long id, String reason, int expectedVersion) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Message.of("household.voidReasonMissing"));
        }
        Household before = readable(actor, id);
        if (!store.voidHousehold(id, reason.trim(), expectedVersion, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        Household after = store.find(id, actor.jurisdiction()).orElseThrow();
        store.insertVersion(after.id(), "VOID", clock.instant(), actor.username());
        audit.change(actor, "VOID", ENTITY, id, unitRef(after.data().unitId()), before, after);
        return after;
    }

    /** Records the class recognised for a year (called by the review when the chairman recognises the lists). */
    @Transactional
    public void recordRecognisedClass(Actor actor, long id, String householdClass, String standard, int year) {
        actor.require(Permission.REVIEW_DECIDE);
        Household before = readable(actor, id);
        store.setClass(id, householdClass, standard, year, clock.instant(), actor.username());
        Household after = store.find(id, actor.jurisdiction()).orElseThrow();
        store.insertVersion(after.id(), "RECOGNISED", clock.instant(), actor.username());
        audit.change(
                actor,
                "RECOGNISED",
                ENTITY,
                id,
                unitRef(after.data().unitId()),
                Map.of("class", String.valueOf(before.currentClass())),
                Map.of("class", householdClass, "year", year));
    }

    public java.util.Optional<Long> idByCode(Actor actor, String code) {
        return store.idByCode(code)
                .filter(id -> store.find(id, actor.jurisdiction()).isPresent());
    }

    /**
     * Household codes are unique in the whole country, so a code held in another province must be
     * refused too; the answer is the same wherever the holder lives (it names no place), and a
     * refusal for a code held outside the jurisdiction is audited, so using the form to probe for
     * codes leaves a trace.
     */
    private void refuseTakenCode(Actor actor, String code, Long self) {
        Long holder = store.idByCode(code).filter(other -> !other.equals(self)).orElse(null);
        if (holder == null) {
            return;
        }
        if (store.find(holder, actor.jurisdiction()).isEmpty()) {
            audit.denied(actor.username(), ENTITY, holder, "code " + code + " is held outside the jurisdiction");
        }
        throw InvalidInput.of("code", Message.of("household.codeTaken", code));
    }

    private Household readable(Actor actor, long id) {
        return store.find(id, actor.jurisdiction())
                .orElseThrow(() -> store.exists(id) ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id));
    }

    private HouseholdData checked(Actor actor, HouseholdData data) {
        List<InvalidInput.Problem> problems =
                HouseholdValidation.problems(data, LocalDate.now(clock).getYear());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AdminUnit unit = units.writableUnit(actor, data.unitId());
        if (!unit.level().equals("VILLAGE") && !unit.level().equals("COMMUNE")) {
            throw InvalidInput.of("unitId", Message.of("household.unitLevel", Message.of("level." + unit.level())));
        }
        if (unit.retired()) {
            throw InvalidInput.of("unitId", Message.of("household.unitRetired", unit.fullName(), unit.validTo()));
        }
        return data.withDerivedGroups();
    }

    private AuditLog.UnitRef unitRef(long unitId) {
        AdminUnit unit = units.get(unitId);
        return new AuditLog.UnitRef(unit.id(), unit.path());
    }
}
