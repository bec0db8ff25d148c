package vn.giamngheo.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The agency registry: listing, editing, and matching a name as written in a document to an agency. */
@Service
public class Agencies {
    private final AgencyStore store;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Agencies(AgencyStore store, AdminUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public Agency get(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("Agency", id));
    }

    /** Agencies in a unit's subtree (the unit itself and everything below), optionally searched. */
    public List<Agency> inSubtree(long unitId, String query, int limit) {
        return store.inSubtree(units.get(unitId).path(), query, Math.max(1, Math.min(limit, 1000)));
    }

    public List<Agency> ofUnit(long unitId) {
        return store.ofUnit(unitId);
    }

    /**
     * The agency a document means by {@code mention} when written by (or for) {@code unitId}: the
     * unit's own agencies first, then those of the units above it, nearest first — "Phòng LĐ-TB&XH"
     * in a district plan is that district's office. A trailing "huyện"/"xã"/"tỉnh" is ignored.
     */
    public Optional<Agency> match(String mention, long unitId) {
        String key = AgencyNames.key(mention);
        List<AdminUnit> chain = new ArrayList<>(units.ancestry(units.get(unitId)));
        java.util.Collections.reverse(chain);
        for (String candidate : List.of(key, key.replaceAll(" (huyen|xa|tinh|thi tran)$", ""))) {
            for (AdminUnit unit : chain) {
                List<Agency> found = store.byKey(List.of(unit.id()), candidate);
                if (!found.isEmpty()) {
                    return Optional.of(found.get(0));
                }
            }
        }
        return Optional.empty();
    }

    @Transactional
    public Agency create(
            Actor actor, long unitId, AgencyKind kind, String name, String shortName, List<String> aliases) {
        actor.require(Permission.AGENCY_EDIT);
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", Message.of("agency.nameMissing"));
        }
        if (!store.byKey(List.of(unitId), AgencyNames.key(name)).isEmpty()) {
            throw InvalidInput.of("name", Message.of("agency.nameTaken", name, unit.fullName()));
        }
        long id = store.insert(unitId, kind.name(), name, shortName, clock.instant(), actor.username());
        if (shortName != null && !shortName.isBlank()) {
            store.addAlias(id, shortName);
        }
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank()) {
                store.addAlias(id, alias);
            }
        }
        Agency created = get(id);
        audit.change(actor, "CREATE", "Agency", id, new AuditLog.UnitRef(unit.id(), unit.path()), null, created);
        return created;
    }

    @Transactional
    public Agency update(
            Actor actor,
            long id,
            AgencyKind kind,
            String name,
            String shortName,
            List<String> addAliases,
            int version) {
        actor.require(Permission.AGENCY_EDIT);
        Agency before = get(id);
        AdminUnit unit = writableUnit(actor, before.unitId());
        if (!store.update(id, kind.name(), name, shortName, version, clock.instant(), actor.username())) {
            throw new ConcurrentEdit("Agency", id);
        }
        addAliases.stream().filter(a -> a != null && !a.isBlank()).forEach(a -> store.addAlias(id, a));
        Agency after = get(id);
        audit.change(actor, "UPDATE", "Agency", id, new AuditLog.UnitRef(unit.id(), unit.path()), before, after);
        return after;
    }

    @Transactional
    public Agency retire(Actor actor, long id, LocalDate day, int version) {
        actor.require(Permission.AGENCY_EDIT);
        Agency before = get(id);
        AdminUnit unit = writableUnit(actor, before.unitId());
        if (!store.retire(id, day == null ? LocalDate.now(clock) : day, version, clock.instant(), actor.username())) {
            throw new ConcurrentEdit("Agency", id);
        }
        Agency after = get(id);
        audit.change(
                actor,
                "RETIRE",
                "Agency",
                id,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                before,
                Map.of("retiredAt", after.retiredAt()));
        return after;
    }

    private AdminUnit writableUnit(Actor actor, long unitId) {
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        return unit;
    }
}
