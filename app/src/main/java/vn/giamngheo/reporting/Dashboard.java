package vn.giamngheo.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.planning.TargetRow;
import vn.giamngheo.planning.Targets;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.SpreadsheetText;

/**
 * The figures of a unit's dashboard (docs/decisions/0602-dashboard-follow-up.md), all from the kept cells: rates over the list
 * years, rates by child unit, the deprivation profile of the poor, and the target progress — the
 * recognised net reduction (seed 003: thoát nghèo − tái nghèo − phát sinh, from the flows of the
 * lists of year Y, i.e. the review held in Y−1) against the plan for Y−1 ({@link Targets}).
 * Every chart is also a table (the CSV downloads).
 */
@Service
class Dashboard {
    private final Reports reports;
    private final ReportStore store;
    private final AdminUnits units;
    private final Targets targets;

    Dashboard(Reports reports, ReportStore store, AdminUnits units, Targets targets) {
        this.reports = reports;
        this.store = store;
        this.units = units;
        this.targets = targets;
    }

    record YearRate(
            int year, long households, long poor, BigDecimal poorRate, long nearPoor, BigDecimal nearPoorRate) {}

    record UnitRate(
            long unitId, String name, long households, long poor, BigDecimal poorRate, BigDecimal nearPoorRate) {}

    record Deprivation(String code, long households, BigDecimal rate) {}

    record Progress(
            Long unitId,
            String name,
            Integer poorStart,
            Integer planned,
            long escaped,
            long fellBack,
            long newlyPoor,
            long net) {}

    record View(
            AdminUnit unit,
            int year,
            List<YearRate> years,
            List<UnitRate> children,
            List<Deprivation> deprivations,
            long poorHouseholds,
            List<Progress> progress) {}

    View view(Actor actor, long unitId, int year) {
        AdminUnit unit = reports.readableUnit(actor, unitId);
        List<YearRate> years = new ArrayList<>();
        Map<Integer, Map<String, Long>> byYear = store.years(unit.id(), "SUMMARY");
        for (var e : byYear.entrySet()) {
            if (e.getKey() > year) {
                break; // later years only carry the same lists forward
            }
            Map<String, Long> c = e.getValue();
            long den = store.recordedHouseholds(List.of(unit.id()), e.getKey())
                    .getOrDefault(unit.id(), c.getOrDefault("REGISTERED|HH", 0L));
            long poor = c.getOrDefault("POOR|HH", 0L);
            long near = c.getOrDefault("NEAR_POOR|HH", 0L);
            years.add(new YearRate(
                    e.getKey(), den, poor, TableBuilder.percent(poor, den), near, TableBuilder.percent(near, den)));
        }
        List<UnitRate> children = new ArrayList<>();
        List<TableBuilder.UnitCells> rows = reports.rows(unit, year, Form.DEPRIVATIONS);
        for (TableBuilder.UnitCells u : rows) {
            if (!u.total() && !u.noData()) {
                children.add(new UnitRate(
                        u.unitId(),
                        u.name(),
                        u.denominator(),
                        u.get("POOR|HH"),
                        TableBuilder.percent(u.get("POOR|HH"), u.denominator()),
                        TableBuilder.percent(u.get("NEAR_POOR|HH"), u.denominator())));
            }
        }
        TableBuilder.UnitCells total = rows.get(rows.size() - 1);
        long poor = total.get("POOR|HH");
        List<Deprivation> deprivations = new ArrayList<>();
        for (String code : FormLayouts.codes(List.of(total), "", FormLayouts.INDICATORS)) {
            long n = total.get(code + "|POOR");
            deprivations.add(new Deprivation(code, n, TableBuilder.percent(n, poor)));
        }
        return new View(unit, year, years, children, deprivations, poor, progress(unit, year));
    }

    /** Planned reduction in year − 1 against the recognised net reduction of the lists of year. */
    private List<Progress> progress(AdminUnit unit, int year) {
        if (!store.anyTarget(unit.path(), year - 1)) {
            return List.of(); // Targets.table walks the whole subtree unit by unit: not for nothing
        }
        List<TargetRow> plan = targets.table(unit.id(), year - 1);
        List<Long> ids = new ArrayList<>(
                units.children(unit.id()).stream().map(AdminUnit::id).toList());
        ids.add(unit.id());
        Map<Long, Map<String, Long>> flows = store.cells(ids, year, "FLOWS");
        List<Progress> out = new ArrayList<>();
        for (TargetRow t : plan) {
            if ((t.unitId() != null && t.unitId() == unit.id())
                    || (t.plannedReduction() == null && t.poorStart() == null)) {
                continue; // the unit's own row repeats the total; a row without a plan has nothing to compare
            }
            long id = t.unitId() == null ? unit.id() : t.unitId();
            Map<String, Long> f = flows.getOrDefault(id, Map.of());
            long escaped = f.getOrDefault("POOR.ESCAPED|HH", 0L) + f.getOrDefault("POOR.TO_OTHER|HH", 0L);
            long fellBack = f.getOrDefault("POOR.FELL_BACK|HH", 0L);
            long newly = f.getOrDefault("POOR.NEWLY|HH", 0L) + f.getOrDefault("POOR.FROM_OTHER|HH", 0L);
            out.add(new Progress(
                    t.unitId(),
                    t.unitId() == null ? unit.fullName() : t.unitName(),
                    t.poorStart(),
                    t.plannedReduction(),
                    escaped,
                    fellBack,
                    newly,
                    escaped - fellBack - newly));
        }
        return out;
    }

    /** A chart's table as CSV (header, then a row per point). */
    static String csv(View v, String chart) {
        StringBuilder b = new StringBuilder();
        switch (chart) {
            case "years" -> {
                b.append("year,households,poor,poor_rate,near_poor,near_poor_rate\n");
                v.years()
                        .forEach(y -> b.append(y.year())
                                .append(',')
                                .append(y.households())
                                .append(',')
                                .append(y.poor())
                                .append(',')
                                .append(text(y.poorRate()))
                                .append(',')
                                .append(y.nearPoor())
                                .append(',')
                                .append(text(y.nearPoorRate()))
                                .append('\n'));
            }
            case "children" -> {
                b.append("unit_id,unit,households,poor,poor_rate,near_poor_rate\n");
                v.children()
                        .forEach(u -> b.append(u.unitId())
                                .append(',')
                                .append(quote(u.name()))
                                .append(',')
                                .append(u.households())
                                .append(',')
                                .append(u.poor())
                                .append(',')
                                .append(text(u.poorRate()))
                                .append(',')
                                .append(text(u.nearPoorRate()))
                                .append('\n'));
            }
            case "deprivations" -> {
                b.append("indicator,poor_households_deprived,rate\n");
                v.deprivations()
                        .forEach(d -> b.append(d.code())
                                .append(',')
                                .append(d.households())
                                .append(',')
                                .append(text(d.rate()))
                                .append('\n'));
            }
            case "progress" -> {
                b.append("unit_id,unit,poor_start,planned_reduction,escaped,fell_back,newly_poor,net_reduction\n");
                v.progress()
                        .forEach(p -> b.append(p.unitId() == null ? "" : p.unitId())
                                .append(',')
                                .append(quote(p.name()))
                                .append(',')
                                .append(p.poorStart() == null ? "" : p.poorStart())
                                .append(',')
                                .append(p.planned() == null ? "" : p.planned())
                                .append(',')
                                .append(p.escaped())
                                .append(',')
                                .append(p.fellBack())
                                .append(',')
                                .append(p.newlyPoor())
                                .append(',')
                                .append(p.net())
                                .append('\n'));
            }
            default -> throw vn.giamngheo.shared.InvalidInput.of("chart", Message.of("reporting.unknownChart"));
        }
        return b.toString();
    }

    private static String text(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    /** A text field of a CSV line, always quoted (empty for none), never read as a formula. */
    static String quote(String s) {
        return SpreadsheetText.csvField(s);
    }
}
