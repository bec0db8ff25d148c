package vn.giamngheo.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.reporting.Report.Table;
import vn.giamngheo.reporting.TableBuilder.UnitCells;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * The standard report forms of a unit and list year (docs/domain/review-and-reporting.md §5), read from the kept cells: the
 * unit's children and the unit itself, a few rows each. A unit outside the reader's jurisdiction is
 * refused (403) like any unit-scoped data.
 */
@Service
public class Reports {
    static final Locale OFFICIAL = Locale.forLanguageTag("vi");
    private final ReportStore store;
    private final AdminUnits units;
    private final MessageSource messages;
    private final int minCellSize;
    private final DisbursementReport disbursement;
    private final SuccessionNotes successions;
    private final Clock clock;

    Reports(
            ReportStore store,
            AdminUnits units,
            MessageSource messages,
            DisbursementReport disbursement,
            SuccessionNotes successions,
            Clock clock,
            @Value("${giamngheo.reporting.min-cell-size:5}") int minCellSize) {
        this.successions = successions;
        this.clock = clock;
        this.disbursement = disbursement;
        this.store = store;
        this.units = units;
        this.messages = messages;
        this.minCellSize = minCellSize;
    }

    int minCellSize() {
        return minCellSize;
    }

    /** The unit, when the actor may read reports on it. */
    AdminUnit readableUnit(Actor actor, long unitId) {
        actor.require(Permission.REPORT_READ);
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        return unit;
    }

    Report report(Actor actor, Form form, long unitId, int year, boolean publicView, Locale locale) {
        return report(actor, form, unitId, year, publicView, locale, null);
    }

    /** {@code period}: the cut-off of the disbursement form (Q1, H1, M9, Y); the other forms have none. */
    Report report(Actor actor, Form form, long unitId, int year, boolean publicView, Locale locale, String period) {
        return report(actor, form, unitId, year, publicView, locale, period, Structure.RECORDED);
    }

    /** {@code structure}: the units the year is read in (the recorded ones, or today's by succession). */
    Report report(
            Actor actor,
            Form form,
            long unitId,
            int year,
            boolean publicView,
            Locale locale,
            String period,
            Structure structure) {
        AdminUnit unit = readableUnit(actor, unitId);
        if (form == Form.DISBURSEMENT) {
            return disbursement.report(actor, unit, year, period, locale);
        }
        FormLayouts layouts = new FormLayouts((key, args) -> messages.getMessage(key, args, key, locale));
        List<Table> tables = form == Form.LISTS
                ? List.of(lists(unit, year, locale))
                : layouts.tables(form, rows(unit, year, form, structure, locale));
        if (publicView) {
            tables = tables.stream().map(t -> Suppression.apply(t, minCellSize)).toList();
        }
        List<String> notes = new ArrayList<>();
        notes.add(msg(locale, "report.note.source"));
        if (form == Form.SUMMARY) {
            notes.add(msg(locale, "report.note.denominator"));
        }
        if (form == Form.FLOWS) {
            notes.add(msg(locale, "report.note.flows"));
        }
        if (form == Form.CHILDREN) {
            notes.add(msg(locale, "report.note.children"));
        }
        if (publicView) {
            notes.add(msg(locale, "report.note.suppressed", minCellSize));
        }
        notes.addAll(successions.notes(unit, year, structure, locale));
        return new Report(
                form.slug,
                msg(locale, "report.form." + form.slug),
                unit.id(),
                unit.fullName(),
                msg(locale, "report.issuer", unit.fullName().toUpperCase(locale)),
                year,
                structure == Structure.CURRENT
                        ? msg(locale, "report.periodCurrentUnits", String.valueOf(year))
                        : msg(locale, "report.period", String.valueOf(year)),
                publicView,
                minCellSize,
                tables,
                notes);
    }

    List<UnitCells> rows(AdminUnit unit, int year, Form form) {
        return rows(unit, year, form, Structure.RECORDED);
    }

    List<UnitCells> rows(AdminUnit unit, int year, Form form, Structure structure) {
        return rows(unit, year, form, structure, Locale.forLanguageTag("vi"));
    }

    /**
     * The unit's children that have figures, then (a commune's summary) its households filed in no
     * village, then the unit itself as the total row. Read in today's units
     * ({@link Structure#CURRENT}), the children are those in force today and the figures are
     * computed from the lists their communes hold by succession.
     */
    List<UnitCells> rows(AdminUnit unit, int year, Form form, Structure structure, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<AdminUnit> children = units.children(unit.id()).stream()
                .filter(c -> structure == Structure.CURRENT ? !c.retired() : existedIn(c, year))
                .toList();
        List<Long> ids = new ArrayList<>(children.stream().map(AdminUnit::id).toList());
        ids.add(unit.id());
        Map<Long, Map<String, Long>> cells;
        if (structure == Structure.CURRENT) {
            cells = store.cellsAsOf(ids, unit.path(), year, List.of("SUMMARY", form.cells), today);
        } else {
            cells = store.cells(ids, year, "SUMMARY");
            if (!form.cells.equals("SUMMARY")) {
                store.cells(ids, year, form.cells)
                        .forEach((id, m) ->
                                cells.computeIfAbsent(id, x -> new HashMap<>()).putAll(m));
            }
        }
        if (form == Form.SUMMARY && "COMMUNE".equals(unit.level()) && structure == Structure.RECORDED) {
            // a commune's summary breaks down by village, by where its households are registered now
            cells.putAll(store.villageSummary(unit.id(), year));
        }
        Map<Long, Long> recorded = store.recordedHouseholds(ids, year);
        List<UnitCells> rows = new ArrayList<>();
        for (AdminUnit child : children) {
            if (cells.containsKey(child.id()) || recorded.containsKey(child.id())) {
                rows.add(unitCells(child, false, cells, recorded, form, year));
            } else if (!"VILLAGE".equals(child.level()) && !child.retired()) {
                // every child unit is listed: one without recognised lists yet says so, never a row of zeros
                rows.add(new UnitCells(
                        child.id(),
                        child.fullName(),
                        false,
                        null,
                        null,
                        "NONE",
                        "/reports/" + form.slug + "?unitId=" + child.id() + "&year=" + year));
            }
        }
        Map<String, Long> direct = cells.get(ReportStore.directlyUnder(unit.id()));
        if (direct != null) {
            rows.add(new UnitCells(
                    null,
                    msg(locale, "report.noVillage"),
                    false,
                    direct,
                    direct.getOrDefault("REGISTERED|HH", 0L),
                    "REGISTERED",
                    null));
        }
        rows.add(unitCells(unit, true, cells, recorded, form, year));
        return rows;
    }

    /** Whether the unit existed at some time in the year (a commune created later has no row in it). */
    private static boolean existedIn(AdminUnit u, int year) {
        return u.validFrom() == null || u.validFrom().getYear() <= year;
    }

    private static UnitCells unitCells(
            AdminUnit u,
            boolean total,
            Map<Long, Map<String, Long>> cells,
            Map<Long, Long> recorded,
            Form form,
            int year) {
        Map<String, Long> c = cells.getOrDefault(u.id(), Map.of());
        Long den = recorded.get(u.id());
        String source = "RECORDED";
        if (den == null) {
            den = c.getOrDefault("REGISTERED|HH", 0L);
            source = "REGISTERED";
        }
        return new UnitCells(
                u.id(),
                u.fullName(),
                total,
                c,
                den,
                source,
                "/reports/" + form.slug + "?unitId=" + u.id() + "&year=" + year);
    }

    /** (f) The lists in force: per commune, the recognised campaign, its decision and its list sizes. */
    private Table lists(AdminUnit unit, int year, Locale locale) {
        List<ReportStore.Basis> basis = store.basis(unit.path(), year);
        List<Long> ids =
                new ArrayList<>(basis.stream().map(ReportStore.Basis::communeId).toList());
        ids.add(unit.id());
        Map<Long, Map<String, Long>> cells = store.cells(ids, year, "SUMMARY");
        // a commune holding its predecessors' lists has one campaign of each: one row, the campaigns listed
        Map<Long, List<ReportStore.Basis>> byCommune = new java.util.LinkedHashMap<>();
        for (ReportStore.Basis b : basis) {
            byCommune.computeIfAbsent(b.communeId(), x -> new ArrayList<>()).add(b);
        }
        List<UnitCells> rows = new ArrayList<>();
        byCommune.forEach((communeId, bs) -> {
            ReportStore.Basis b = bs.get(0);
            rows.add(new UnitCells(
                    communeId,
                    b.communeName(),
                    false,
                    cells.getOrDefault(communeId, Map.of()),
                    null,
                    null,
                    bs.size() == 1 ? "/api/v1/reviews/" + b.campaignId() + "/lists/POOR" : null));
        });
        rows.add(new UnitCells(
                unit.id(), unit.fullName(), true, cells.getOrDefault(unit.id(), Map.of()), null, null, null));
        TableBuilder t = new TableBuilder(msg(locale, "report.lists.table"), rows);
        t.text(
                msg(locale, "report.col.campaign"),
                u -> joined(byCommune, u, b -> {
                    String campaign = msg(
                            locale,
                            "report.campaign." + b.kind(),
                            String.valueOf(b.campaignYear()),
                            b.month() == null ? "" : String.valueOf(b.month()));
                    return b.heldFrom() == null
                            ? campaign
                            : msg(locale, "report.campaign.heldFrom", campaign, b.heldFrom());
                }));
        t.text(msg(locale, "report.col.decision"), u -> joined(byCommune, u, ReportStore.Basis::decisionNumber));
        t.text(
                msg(locale, "report.col.decisionDate"),
                u -> joined(
                        byCommune,
                        u,
                        b -> b.decisionDate() == null ? null : b.decisionDate().toString()));
        for (String cls : List.of("POOR", "NEAR_POOR")) {
            String name = msg(locale, "report.class." + cls);
            int hh = t.count(msg(locale, "report.col.classHouseholds", name), cls + "|HH");
            t.persons(msg(locale, "report.col.classPersons", name), cls + "|PERSONS", hh);
        }
        return t.build();
    }

    /** A text cell of the lists table: the values of the commune's campaigns, "; "-separated. */
    private static String joined(
            Map<Long, List<ReportStore.Basis>> byCommune,
            UnitCells u,
            java.util.function.Function<ReportStore.Basis, String> value) {
        if (u.total()) {
            return "";
        }
        return byCommune.getOrDefault(u.unitId(), List.of()).stream()
                .map(value)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
