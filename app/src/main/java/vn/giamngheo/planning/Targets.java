package vn.giamngheo.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Permission;

/**
 * Targets and unit statistics. The target table of a unit lists its child units (each with its own
 * target, or the sum of its children's when it has none) and a total row; rates are computed from
 * the sums, never averaged.
 */
@Service
public class Targets {
    private final TargetStore store;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;
    private final HouseholdRegistry households;

    Targets(TargetStore store, AdminUnits units, AuditLog audit, Clock clock, HouseholdRegistry households) {
        this.households = households;
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void recordStatistics(
            Actor actor, long unitId, int year, int totalHouseholds, Integer minorityHouseholds, String source) {
        actor.require(Permission.TARGET_EDIT);
        AdminUnit unit = units.writableUnit(actor, unitId);
        if (minorityHouseholds != null && minorityHouseholds > totalHouseholds) {
            throw InvalidInput.of("minorityHouseholds", Message.of("plan.minorityOverTotal"));
        }
        var before = store.stat(unitId, year).orElse(null);
        store.upsertStat(unitId, year, totalHouseholds, minorityHouseholds, source, clock.instant(), actor.username());
        audit.change(
                actor,
                "SET_STATISTICS",
                "UnitYearStat",
                unitId + "/" + year,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                before,
                store.stat(unitId, year).orElseThrow());
    }

    @Transactional
    public void setTarget(Actor actor, PovertyTarget target) {
        actor.require(Permission.TARGET_EDIT);
        AdminUnit unit = units.writableUnit(actor, target.unitId());
        if (target.reductionWithLabour() != null
                && target.reductionWithoutLabour() != null
                && target.plannedReduction() != null
                && target.reductionWithLabour() + target.reductionWithoutLabour() != target.plannedReduction()) {
            throw InvalidInput.of(
                    "plannedReduction",
                    Message.of(
                            "plan.splitSum",
                            target.reductionWithoutLabour(),
                            target.reductionWithLabour(),
                            target.plannedReduction()));
        }
        var before = store.target(target.unitId(), target.year()).orElse(null);
        store.upsertTarget(target, clock.instant(), actor.username());
        audit.change(
                actor,
                "SET_TARGET",
                "PovertyTarget",
                target.unitId() + "/" + target.year(),
                new AuditLog.UnitRef(unit.id(), unit.path()),
                before,
                target);
    }

    /** Resident households recorded per unit for a year (the statistics), by unit id; units without statistics are left out. */
    public Map<Long, Long> recordedHouseholds(List<Long> unitIds, int year) {
        Map<Long, Long> households = new java.util.HashMap<>();
        store.stats(unitIds, year).forEach((id, stat) -> households.put(id, (long) stat.totalHouseholds()));
        return households;
    }

    /** Whether a target is set for a unit of the subtree at {@code unitPath} in the year. */
    public boolean anyTarget(String unitPath, int year) {
        return store.anyTarget(unitPath, year);
    }

    /** Rows for the unit's children with data in the year, plus the total row (unitId null). */
    public List<TargetRow> table(long unitId, int year) {
        AdminUnit unit = units.get(unitId);
        List<TargetRow> rows = childRows(unit, year);
        if (rows.isEmpty()) {
            rows.add(ownRow(
                    unit,
                    store.stat(unitId, year).orElse(null),
                    store.target(unitId, year).orElse(null)));
        }
        rows.add(total(unit, year, rows));
        return rows;
    }

    /**
     * One row per child with figures: its own, or the sums over its children where it has none (a
     * province whose districts carry no targets of their own). Two queries per level.
     */
    private List<TargetRow> childRows(AdminUnit unit, int year) {
        List<AdminUnit> children = units.children(unit.id());
        List<Long> ids = children.stream().map(AdminUnit::id).toList();
        Map<Long, UnitYearStat> stats = store.stats(ids, year);
        Map<Long, PovertyTarget> targets = store.targets(ids, year);
        List<Long> communes = children.stream()
                .filter(c -> c.level().equals("COMMUNE"))
                .map(AdminUnit::id)
                .toList();
        Map<Long, Integer> poorLists = store.poorInForce(communes, year);
        Map<Long, int[]> registered = households.countsByCommune(communes);
        List<TargetRow> rows = new ArrayList<>();
        for (AdminUnit child : children) {
            UnitYearStat stat = stats.get(child.id());
            PovertyTarget target = targets.get(child.id());
            TargetRow row;
            if (child.level().equals("COMMUNE")) {
                row = withSystemFigures(
                        ownRow(child, stat, target), poorLists.get(child.id()), registered.get(child.id()));
            } else if (stat == null && target == null) {
                List<TargetRow> below = child.level().equals("VILLAGE") ? List.of() : childRows(child, year);
                TargetRow sum = total(child, year, below);
                row = new TargetRow(
                        child.id(),
                        child.fullName(),
                        sum.totalHouseholds(),
                        sum.minorityHouseholds(),
                        sum.poorStart(),
                        sum.rateStart(),
                        sum.plannedReduction(),
                        sum.reductionWithoutLabour(),
                        sum.reductionWithLabour(),
                        sum.remaining(),
                        sum.projectedRate(),
                        null,
                        Map.of());
            } else {
                row = ownRow(child, stat, target);
            }
            if (row.totalHouseholds() != null || row.plannedReduction() != null || row.poorStart() != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A commune's row completed from what the system holds where the plan gives no figure: the
     * poor at the start of the year from the recognised list in force, the households and the
     * ethnic-minority ones from the registry (marked so: the registry may hold only part of the
     * commune's households), and the computed columns from them.
     */
    private static TargetRow withSystemFigures(TargetRow r, Integer poorList, int[] registered) {
        Map<String, String> sources = new java.util.HashMap<>(r.printed());
        Integer total = r.totalHouseholds();
        Integer minority = r.minorityHouseholds();
        if (total == null && registered != null && registered[0] > 0) {
            total = registered[0];
            sources.put("totalFromRegistry", "true");
        }
        if (minority == null && registered != null && registered[0] > 0) {
            minority = registered[1];
        }
        Integer poor = r.poorStart();
        if (poor == null && poorList != null) {
            poor = poorList;
            sources.put("poorFromLists", "true");
        }
        Integer remaining = TargetMath.remaining(poor, r.plannedReduction());
        return new TargetRow(
                r.unitId(),
                r.unitName(),
                total,
                minority,
                poor,
                TargetMath.percent(poor, total),
                r.plannedReduction(),
                r.reductionWithoutLabour(),
                r.reductionWithLabour(),
                remaining,
                TargetMath.percent(remaining, total),
                r.rateChangePoints(),
                Map.copyOf(sources));
    }

    private static TargetRow ownRow(AdminUnit unit, UnitYearStat stat, PovertyTarget target) {
        Integer total = stat == null ? null : stat.totalHouseholds();
        Integer minority = stat == null ? null : stat.minorityHouseholds();
        Integer poor = target == null ? null : target.poorStart();
        Integer reduction = target == null ? null : target.plannedReduction();
        Integer remaining = TargetMath.remaining(poor, reduction);
        return new TargetRow(
                unit.id(),
                unit.fullName(),
                total,
                minority,
                poor,
                TargetMath.percent(poor, total),
                reduction,
                target == null ? null : target.reductionWithoutLabour(),
                target == null ? null : target.reductionWithLabour(),
                remaining,
                TargetMath.percent(remaining, total),
                target == null ? null : target.rateChangePoints(),
                target == null ? Map.of() : target.printed());
    }

    private static TargetRow total(AdminUnit unit, int year, List<TargetRow> rows) {
        Integer total = sum(rows, TargetRow::totalHouseholds);
        Integer poor = sum(rows, TargetRow::poorStart);
        Integer reduction = sum(rows, TargetRow::plannedReduction);
        Integer remaining = TargetMath.remaining(poor, reduction);
        return new TargetRow(
                null,
                unit.fullName(),
                total,
                sum(rows, TargetRow::minorityHouseholds),
                poor,
                TargetMath.percent(poor, total),
                reduction,
                sum(rows, TargetRow::reductionWithoutLabour),
                sum(rows, TargetRow::reductionWithLabour),
                remaining,
                TargetMath.percent(remaining, total),
                (BigDecimal) null,
                Map.of());
    }

    private static Integer sum(List<TargetRow> rows, java.util.function.Function<TargetRow, Integer> f) {
        Integer s = null;
        for (TargetRow r : rows) {
            Integer v = f.apply(r);
            if (v != null) {
                s = s == null ? v : s + v;
            }
        }
        return s;
    }
}
