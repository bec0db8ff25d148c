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
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
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

    Targets(TargetStore store, AdminUnits units, AuditLog audit, Clock clock) {
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
            throw InvalidInput.of("minorityHouseholds", "more ethnic-minority households than households");
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
                    "the split " + target.reductionWithoutLabour() + " + " + target.reductionWithLabour()
                            + " does not add up to " + target.plannedReduction());
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

    /** Rows for the unit's children with data in the year, plus the total row (unitId null). */
    public List<TargetRow> table(long unitId, int year) {
        AdminUnit unit = units.get(unitId);
        List<TargetRow> rows = new ArrayList<>();
        for (AdminUnit child : units.children(unitId)) {
            TargetRow row = rowFor(child, year);
            if (row.totalHouseholds() != null || row.plannedReduction() != null || row.poorStart() != null) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            rows.add(rowFor(unit, year));
        }
        rows.add(total(unit, year, rows));
        return rows;
    }

    /** A unit's own row: its own figures, or the sums over its children where it has none. */
    TargetRow rowFor(AdminUnit unit, int year) {
        var stat = store.stat(unit.id(), year);
        var target = store.target(unit.id(), year);
        if (stat.isEmpty() && target.isEmpty()) {
            List<TargetRow> children = new ArrayList<>();
            for (AdminUnit child : units.children(unit.id())) {
                TargetRow r = rowFor(child, year);
                if (r.totalHouseholds() != null || r.plannedReduction() != null) {
                    children.add(r);
                }
            }
            TargetRow sum = total(unit, year, children);
            return new TargetRow(
                    unit.id(),
                    unit.fullName(),
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
        }
        Integer total = stat.map(UnitYearStat::totalHouseholds).orElse(null);
        Integer minority = stat.map(UnitYearStat::minorityHouseholds).orElse(null);
        Integer poor = target.map(PovertyTarget::poorStart).orElse(null);
        Integer reduction = target.map(PovertyTarget::plannedReduction).orElse(null);
        Integer remaining = TargetMath.remaining(poor, reduction);
        return new TargetRow(
                unit.id(),
                unit.fullName(),
                total,
                minority,
                poor,
                TargetMath.percent(poor, total),
                reduction,
                target.map(PovertyTarget::reductionWithoutLabour).orElse(null),
                target.map(PovertyTarget::reductionWithLabour).orElse(null),
                remaining,
                TargetMath.percent(remaining, total),
                target.map(PovertyTarget::rateChangePoints).orElse(null),
                target.map(PovertyTarget::printed).orElse(Map.of()));
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
