package vn.giamngheo.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.funding.Balance;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.reporting.Report.Table;
import vn.giamngheo.reporting.TableBuilder.UnitCells;
import vn.giamngheo.shared.Actor;

/**
 * Disbursement progress of a unit and the units below it for a budget year (seed 001 §V.2 asks for
 * it quarterly, at 6 and 9 months and yearly): one table over all sources, one per source and one
 * per sub-project, each with a row per child unit (everything below it summed) and the unit's total.
 * Read from the funding ledger's balances, so it always agrees with the budget page. Amounts in đồng.
 */
@Component
class DisbursementReport {
    static final String SLUG = "disbursement";
    private final Ledger ledger;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final MessageSource messages;
    private final Clock clock;

    DisbursementReport(Ledger ledger, Catalogue catalogue, AdminUnits units, MessageSource messages, Clock clock) {
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** The reporting periods seed 001 §V.2 names: a quarter, 6 and 9 months (cut-offs), the whole year. */
    static final List<String> PERIODS = List.of("Q1", "H1", "M9", "Y");

    /** The last day a period's figures count: 31/3, 30/6, 30/9; null for the year (everything so far). */
    static LocalDate cutOff(String period, int year) {
        return switch (period == null ? "Y" : period) {
            case "Q1" -> LocalDate.of(year, 3, 31);
            case "H1" -> LocalDate.of(year, 6, 30);
            case "M9" -> LocalDate.of(year, 9, 30);
            case "Y" -> null;
            default ->
                throw vn.giamngheo.shared.InvalidInput.of(
                        "period", vn.giamngheo.shared.Message.of("report.periodUnknown", period));
        };
    }

    Report report(Actor actor, AdminUnit unit, int year, String period, Locale locale) {
        LocalDate asOf = cutOff(period, year);
        Map<Long, List<Balance>> byChild = ledger.subtree(actor, unit.id(), year, asOf);
        List<Table> tables = new ArrayList<>();
        tables.add(table(msg(locale, "report.disb.all"), unit, year, byChild, b -> true, locale));
        Set<FundingSource> sources = new LinkedHashSet<>();
        Set<Long> components = new LinkedHashSet<>();
        byChild.values()
                .forEach(list -> list.forEach(b -> {
                    sources.add(b.source());
                    components.add(b.componentId());
                }));
        for (FundingSource s : FundingSource.values()) {
            if (sources.contains(s)) {
                tables.add(table(
                        msg(locale, "report.disb.bySource", msg(locale, "funding.source." + s)),
                        unit,
                        year,
                        byChild,
                        b -> b.source() == s,
                        locale));
            }
        }
        for (var c : catalogue.allComponents()) {
            if (components.contains(c.id())) {
                tables.add(table(c.name(), unit, year, byChild, b -> b.componentId() == c.id(), locale));
            }
        }
        String today = (asOf != null ? asOf : LocalDate.now(clock)).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return new Report(
                SLUG,
                msg(locale, "report.form." + SLUG),
                unit.id(),
                unit.fullName(),
                msg(locale, "report.issuer", unit.fullName().toUpperCase(locale)),
                year,
                msg(
                        locale,
                        "report.disb.period",
                        String.valueOf(year),
                        today,
                        msg(locale, "report.disb.period." + (period == null ? "Y" : period))),
                false,
                0,
                tables,
                List.of(msg(locale, "report.disb.note")));
    }

    private Table table(
            String title,
            AdminUnit unit,
            int year,
            Map<Long, List<Balance>> byChild,
            Predicate<Balance> filter,
            Locale locale) {
        List<UnitCells> rows = new ArrayList<>();
        Map<String, Long> total = new HashMap<>();
        for (AdminUnit child : units.children(unit.id())) {
            Map<String, Long> cells = cells(byChild.getOrDefault(child.id(), List.of()), filter);
            if (!cells.isEmpty()) {
                rows.add(new UnitCells(
                        child.id(),
                        child.fullName(),
                        false,
                        cells,
                        null,
                        null,
                        "/reports/" + SLUG + "?unitId=" + child.id() + "&year=" + year));
                cells.forEach((k, v) -> total.merge(k, v, Long::sum));
            }
        }
        cells(byChild.getOrDefault(unit.id(), List.of()), filter).forEach((k, v) -> total.merge(k, v, Long::sum));
        rows.add(new UnitCells(unit.id(), unit.fullName(), true, total, null, null, null));
        TableBuilder t = new TableBuilder(title, rows);
        int held = t.count(msg(locale, "funding.budget.held"), "HELD");
        t.count(msg(locale, "funding.budget.committed"), "COMMITTED");
        int disbursed = t.count(msg(locale, "funding.budget.disbursed"), "DISBURSED");
        t.rate(msg(locale, "funding.budget.percent"), disbursed, held);
        t.count(msg(locale, "funding.budget.settled"), "SETTLED");
        t.count(msg(locale, "funding.budget.available"), "AVAILABLE");
        return t.build();
    }

    private static Map<String, Long> cells(List<Balance> balances, Predicate<Balance> filter) {
        Map<String, Long> cells = new HashMap<>();
        for (Balance b : balances) {
            if (filter.test(b)) {
                cells.merge("HELD", b.held(), Long::sum);
                cells.merge("COMMITTED", b.committed(), Long::sum);
                cells.merge("DISBURSED", b.disbursed(), Long::sum);
                cells.merge("SETTLED", b.settled(), Long::sum);
                cells.merge("AVAILABLE", b.available(), Long::sum);
            }
        }
        return cells;
    }

    /** The dashboard's panel: held, disbursed and their percent over the unit's subtree, all sources. */
    Balance total(Actor actor, long unitId, int year) {
        Balance sum = Balance.zero(unitId, year, 0, null);
        for (List<Balance> list : ledger.subtree(actor, unitId, year).values()) {
            for (Balance b : list) {
                sum = sum.plus(b);
            }
        }
        return sum;
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
