package vn.giamngheo.adminunit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.VietnameseOrder;

/**
 * The hierarchy as other modules and the web layer use it. Writes check the actor's permission and
 * jurisdiction (inside the query that loads the parent), keep the history, and are audited.
 */
@Service
public class AdminUnits {
    static final String ENTITY = "AdminUnit";
    private final AdminUnitStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AdminUnits(AdminUnitStore store, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public AdminUnit get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    public Optional<AdminUnit> find(long id) {
        return store.find(id);
    }

    public Optional<AdminUnit> findByCode(String code) {
        return store.findByCode(code);
    }

    /** Children in Vietnamese order, current ones first, retired ones after (history stays visible). */
    public List<AdminUnit> children(long parentId) {
        get(parentId);
        return sorted(store.children(parentId));
    }

    public List<AdminUnit> roots() {
        return sorted(store.roots());
    }

    /** Accent-insensitive search on names ("tho xuan" finds "Thọ Xuân"); {@code level} may be null. */
    public List<AdminUnit> search(String query, String level, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return store.search(query, level, Math.max(1, Math.min(limit, 200)));
    }

    /** From the root down to the unit itself. */
    public List<AdminUnit> ancestry(AdminUnit unit) {
        List<Long> ids = Arrays.stream(unit.path().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
        Map<Long, AdminUnit> byId = new LinkedHashMap<>();
        store.byIds(ids).forEach(u -> byId.put(u.id(), u));
        return ids.stream().map(byId::get).toList();
    }

    public List<AdminUnit> subtree(AdminUnit root) {
        return store.subtree(root.path());
    }

    public List<AdminLevel> levels() {
        return store.levels();
    }

    public AdminLevel level(String code) {
        return levels().stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("level", Message.of("adminunit.unknownLevel", code)));
    }

    public List<Succession> successions(long unitId) {
        return store.successions(unitId);
    }

    /** The units that continued this one (its successors by merge or split), oldest link first. */
    public List<Long> successorIds(long unitId) {
        return store.successions(unitId).stream()
                .filter(s -> s.predecessorId() == unitId)
                .map(Succession::successorId)
                .toList();
    }

    /**
     * The units in force that continue this one: its successors, and for a successor that was itself
     * reorganised later, that one's, through any number of steps.
     */
    public List<Long> currentSuccessorIds(long unitId) {
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(unitId));
        java.util.Set<Long> current = new java.util.LinkedHashSet<>();
        java.util.Deque<Long> next = new java.util.ArrayDeque<>(successorIds(unitId));
        while (!next.isEmpty()) {
            long id = next.pop();
            if (!seen.add(id)) {
                continue;
            }
            if (get(id).retired()) {
                next.addAll(successorIds(id));
            } else {
                current.add(id);
            }
        }
        return List.copyOf(current);
    }

    /** Tells the modules that keep figures per unit that these units were reorganised (a village of a split commune placed). */
    void reorganised(java.util.Set<Long> unitIds) {
        events.publishEvent(new UnitsReorganised(unitIds));
    }

    /** The name the unit had on a day (for records dated before a renaming). */
    public String nameOn(long unitId, LocalDate day) {
        return store.names(unitId).stream()
                .filter(n -> (n.from() == null || !day.isBefore(n.from())) && (n.to() == null || !day.isAfter(n.to())))
                .reduce((first, second) -> second)
                .map(n -> n.kind() == null ? n.name() : n.kind() + " " + n.name())
                .orElseGet(() -> get(unitId).fullName());
    }

    @Transactional
    public AdminUnit create(Actor actor, NewAdminUnit unit) {
        actor.require(Permission.UNIT_EDIT);
        validateShape(unit);
        AdminLevel level = level(unit.level());
        String parentPath = null;
        if (unit.parentId() == null) {
            if (!actor.jurisdiction().everywhere()) {
                throw new OutsideJurisdiction(ENTITY, "(root)");
            }
        } else {
            AdminUnit parent = writableUnit(actor, unit.parentId());
            if (parent.retired()) {
                throw InvalidInput.of(
                        "parentId", Message.of("adminunit.parentRetired", parent.fullName(), parent.validTo()));
            }
            if (level(parent.level()).rank() >= level.rank()) {
                throw InvalidInput.of(
                        "level",
                        Message.of(
                                "adminunit.levelUnder",
                                Message.of("level." + level.code()),
                                Message.of("level." + parent.level())));
            }
            parentPath = parent.path();
        }
        if (unit.code() != null
                && !unit.code().isBlank()
                && store.findByCode(unit.code().trim()).isPresent()) {
            throw InvalidInput.of(
                    "code", Message.of("adminunit.codeTaken", unit.code().trim()));
        }
        long id = store.insert(unit, parentPath, now(), actor.username());
        AdminUnit created = get(id);
        audit.change(actor, "CREATE", ENTITY, id, unitRef(created), null, created);
        return created;
    }

    @Transactional
    public AdminUnit rename(Actor actor, long id, String name, String kind, LocalDate effective, int expectedVersion) {
        actor.require(Permission.UNIT_EDIT);
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", Message.of("adminunit.nameMissing"));
        }
        AdminUnit before = writableUnit(actor, id);
        LocalDate from = effective == null ? today() : effective;
        if (!store.rename(id, name, kind, expectedVersion, now(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        store.closeCurrentName(id, from.minusDays(1));
        store.insertName(id, name.trim(), kind, from, now(), actor.username());
        AdminUnit after = get(id);
        audit.change(actor, "RENAME", ENTITY, id, unitRef(after), before, after);
        return after;
    }

    /** Retires a unit from a day on; its records keep pointing to it. Current children must go first. */
    @Transactional
    public AdminUnit retire(Actor actor, long id, LocalDate lastDay, String reason, int expectedVersion) {
        actor.require(Permission.UNIT_EDIT);
        AdminUnit before = writableUnit(actor, id);
        if (before.retired()) {
            throw InvalidInput.of("id", Message.of("adminunit.alreadyRetired", before.fullName()));
        }
        List<String> active = store.children(id).stream()
                .filter(c -> !c.retired())
                .map(AdminUnit::fullName)
                .toList();
        if (!active.isEmpty()) {
            throw InvalidInput.of(
                    "id", Message.of("adminunit.hasActiveChildren", before.fullName(), String.join(", ", active)));
        }
        if (!store.retire(id, lastDay == null ? today() : lastDay, reason, expectedVersion, now(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        AdminUnit after = get(id);
        audit.change(actor, "RETIRE", ENTITY, id, unitRef(after), before, after);
        return after;
    }

    /** Moves a unit (with everything under it) to another parent, as when districts were abolished. */
    @Transactional
    public AdminUnit move(Actor actor, long id, long newParentId, LocalDate effective, String legalBasis) {
        actor.require(Permission.UNIT_EDIT);
        AdminUnit unit = writableUnit(actor, id);
        AdminUnit newParent = writableUnit(actor, newParentId);
        if (newParent.path().startsWith(unit.path())) {
            throw InvalidInput.of("parentId", Message.of("adminunit.moveUnderItself"));
        }
        if (level(newParent.level()).rank() >= level(unit.level()).rank()) {
            throw InvalidInput.of(
                    "parentId",
                    Message.of(
                            "adminunit.levelUnder",
                            Message.of("level." + unit.level()),
                            Message.of("level." + newParent.level())));
        }
        store.deferHouseholdRefiling();
        store.reparent(unit, newParent, now(), actor.username());
        refileHouseholds(unit, newParent);
        AdminUnit after = get(id);
        audit.change(
                actor,
                "MOVE",
                ENTITY,
                id,
                unitRef(after),
                unit,
                Map.of(
                        "unit",
                        after,
                        "effective",
                        String.valueOf(effective),
                        "legalBasis",
                        String.valueOf(legalBasis)));
        return after;
    }

    /**
     * Merges units into a successor (an existing unit or one created for the purpose): the current
     * children of each predecessor move to the successor, the predecessors are retired the day
     * before {@code effective}, and a MERGE link records where each one went.
     */
    @Transactional
    public AdminUnit merge(
            Actor actor, List<Long> predecessorIds, long successorId, LocalDate effective, String legalBasis) {
        actor.require(Permission.UNIT_EDIT);
        if (predecessorIds == null || predecessorIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInput.of("predecessorIds", Message.of("input.missing"));
        }
        if (effective == null) {
            throw InvalidInput.of("effective", Message.of("input.missing"));
        }
        if (predecessorIds.isEmpty() || predecessorIds.contains(successorId)) {
            throw InvalidInput.of("predecessorIds", Message.of("adminunit.mergeNothing"));
        }
        AdminUnit successor = writableUnit(actor, successorId);
        // households follow once, after every predecessor moved: one rebuild of the partitions
        // involved however many provinces are merged (decision 1930)
        java.util.Set<Long> formerProvinces = new java.util.HashSet<>();
        for (long pid : predecessorIds) {
            AdminUnit predecessor = writableUnit(actor, pid);
            if (!predecessor.level().equals(successor.level())) {
                throw InvalidInput.of(
                        "predecessorIds",
                        Message.of(
                                "adminunit.mergeLevels",
                                predecessor.fullName(),
                                Message.of("level." + predecessor.level()),
                                Message.of("level." + successor.level())));
            }
            store.deferHouseholdRefiling();
            for (AdminUnit child : store.children(pid)) {
                if (!child.retired()) {
                    store.reparent(child, get(successorId), now(), actor.username());
                }
            }
            if (provinceOf(predecessor) != provinceOf(successor)) {
                formerProvinces.add(provinceOf(predecessor));
            }
            store.insertSuccession(
                    new Succession(pid, successorId, "MERGE", effective, legalBasis), now(), actor.username());
            AdminUnit current = get(pid);
            retire(actor, pid, effective.minusDays(1), "MERGE into " + successor.fullName(), current.version());
        }
        if (!formerProvinces.isEmpty()) {
            events.publishEvent(new HouseholdsFollowUnits(formerProvinces, Map.of()));
        }
        AdminUnit after = get(successorId);
        java.util.Set<Long> reorganised = new java.util.HashSet<>(predecessorIds);
        reorganised.add(successorId);
        events.publishEvent(new UnitsReorganised(reorganised));
        audit.change(
                actor, "MERGE", ENTITY, successorId, unitRef(after), Map.of("predecessors", predecessorIds), after);
        return after;
    }

    /** Records that a unit was split: each part is a unit of its own, linked back with SPLIT. */
    @Transactional
    public void recordSplit(
            Actor actor, long predecessorId, List<Long> successorIds, LocalDate effective, String legalBasis) {
        actor.require(Permission.UNIT_EDIT);
        writableUnit(actor, predecessorId);
        for (long sid : successorIds) {
            writableUnit(actor, sid);
            store.insertSuccession(
                    new Succession(predecessorId, sid, "SPLIT", effective, legalBasis), now(), actor.username());
        }
        java.util.Set<Long> reorganised = new java.util.HashSet<>(successorIds);
        reorganised.add(predecessorId);
        events.publishEvent(new UnitsReorganised(reorganised));
        audit.change(
                actor,
                "SPLIT",
                ENTITY,
                predecessorId,
                unitRef(get(predecessorId)),
                null,
                Map.of("successors", successorIds));
    }

    /**
     * The 1 July 2025 reform in one step for a province: every current commune under its districts
     * moves directly under the province and the districts are retired on {@code lastDay}.
     */
    @Transactional
    public List<AdminUnit> abolishDistricts(Actor actor, long provinceId, LocalDate lastDay, String legalBasis) {
        actor.require(Permission.UNIT_EDIT);
        if (lastDay == null) {
            throw InvalidInput.of("lastDay", Message.of("input.missing"));
        }
        AdminUnit province = writableUnit(actor, provinceId);
        List<AdminUnit> retired = new ArrayList<>();
        for (AdminUnit district : store.children(provinceId)) {
            if (!"DISTRICT".equals(district.level()) || district.retired()) {
                continue;
            }
            for (AdminUnit commune : store.children(district.id())) {
                if (!commune.retired()) {
                    move(actor, commune.id(), province.id(), lastDay.plusDays(1), legalBasis);
                }
            }
            retired.add(retire(
                    actor,
                    district.id(),
                    lastDay,
                    "District level abolished: " + legalBasis,
                    get(district.id()).version()));
        }
        return retired;
    }

    /** After a move from {@code from}'s province to {@code to}'s: re-files the households, set-based. */
    private void refileHouseholds(AdminUnit from, AdminUnit to) {
        long former = provinceOf(from);
        if (former != provinceOf(to)) {
            events.publishEvent(new HouseholdsFollowUnits(java.util.Set.of(former), Map.of()));
        }
    }

    /** The root of a unit's tree: the first id of its path. */
    static long provinceOf(AdminUnit unit) {
        return Long.parseLong(unit.path().split("/")[1]);
    }

    /** A unit the actor may change: loaded with the jurisdiction condition in the query itself. */
    /**
     * The unit in which the actor holds the records of {@code unit} (decision 1477): the unit itself
     * when the actor's jurisdiction holds it or it is still in force; for a unit retired by a
     * reorganisation (the 2025 reform), the first unit in force continuing it that the actor holds —
     * the successor keeps its predecessors' records as it keeps their households.
     */
    public AdminUnit heldBy(Actor actor, AdminUnit unit) {
        if (actor.jurisdiction().covers(unit.path()) || !unit.retired()) {
            return unit;
        }
        return currentSuccessorIds(unit.id()).stream()
                .map(this::get)
                .filter(u -> actor.jurisdiction().covers(u.path()))
                .findFirst()
                .orElse(unit);
    }

    /** Whether the actor holds the records of {@code unit}, directly or through a unit continuing it. */
    public boolean reaches(Actor actor, AdminUnit unit) {
        return actor.jurisdiction().covers(heldBy(actor, unit).path());
    }

    /**
     * A unit whose records the actor may change: within the jurisdiction, or retired and continued by
     * a unit the actor holds (an official of the new commune keeps its predecessors' projects going).
     */
    public AdminUnit writableOrContinued(Actor actor, long id) {
        AdminUnit unit = store.find(id).orElseThrow(() -> new NotFound(ENTITY, id));
        if (reaches(actor, unit)) {
            return unit;
        }
        return writableUnit(actor, id);
    }

    public AdminUnit writableUnit(Actor actor, long id) {
        return store.findWithin(id, actor.jurisdiction()).orElseThrow(() -> {
            if (store.find(id).isEmpty()) {
                return new NotFound(ENTITY, id);
            }
            return new OutsideJurisdiction(ENTITY, id);
        });
    }

    static AuditLog.UnitRef unitRef(AdminUnit unit) {
        return new AuditLog.UnitRef(unit.id(), unit.path());
    }

    private static void validateShape(NewAdminUnit unit) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (unit.name() == null || unit.name().isBlank()) {
            problems.add(InvalidInput.Problem.of("name", "adminunit.nameMissing"));
        } else if (unit.name().length() > 200) {
            problems.add(InvalidInput.Problem.of("name", "adminunit.nameTooLong", 200));
        }
        if (unit.level() == null || unit.level().isBlank()) {
            problems.add(InvalidInput.Problem.of("level", "adminunit.levelMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private List<AdminUnit> sorted(List<AdminUnit> units) {
        List<AdminUnit> copy = new ArrayList<>(units);
        copy.sort(
                java.util.Comparator.comparing(AdminUnit::retired).thenComparing(VietnameseOrder.by(AdminUnit::name)));
        return copy;
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
