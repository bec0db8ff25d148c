package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's balances laid out for the budget page and the dashboard: a row per sub-project and
 * source, a total per sub-project, the grand total, and the counterpart check per program.
 */
public record BudgetView(List<Row> rows, Balance total) {

    /** A row: {@code source} null for a sub-project's total. */
    public record Row(Component component, String programCode, FundingSource source, Balance balance) {}

    /** The local counterpart needed under a program's ratio, what is held, and the shortfall. */
    public record Counterpart(Program program, BigDecimal percent, long needed, long held, long shortfall) {}

    public static BudgetView of(List<Balance> balances, List<Component> all, List<Program> programList) {
        Map<Long, Component> components = new LinkedHashMap<>();
        all.forEach(c -> components.put(c.id(), c));
        Map<Long, String> programs = new LinkedHashMap<>();
        programList.forEach(p -> programs.put(p.id(), p.code()));
        List<Row> rows = new ArrayList<>();
        Balance total = Balance.zero(0, 0, 0, null);
        Map<Long, List<Balance>> byComponent = new LinkedHashMap<>();
        Map<Long, List<Balance>> found = new LinkedHashMap<>();
        balances.forEach(b ->
                found.computeIfAbsent(b.componentId(), k -> new ArrayList<>()).add(b));
        for (Component c : components.values()) {
            if (found.containsKey(c.id())) {
                byComponent.put(c.id(), found.get(c.id()));
            }
        }
        for (var e : byComponent.entrySet()) {
            Component c = components.get(e.getKey());
            Balance sum = Balance.zero(0, 0, c.id(), null);
            for (Balance b : e.getValue()) {
                rows.add(new Row(c, programs.get(c.programId()), b.source(), b));
                sum = sum.plus(b);
            }
            rows.add(new Row(c, programs.get(c.programId()), null, sum));
            total = total.plus(sum);
        }
        return new BudgetView(rows, total);
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** One line per program with money in the year: the ratio's check, or an unconfigured ratio (percent null). */
    public List<Counterpart> counterparts(Catalogue catalogue, List<Program> programs, int year) {
        Map<Long, long[]> perProgram = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.source() == null) {
                continue;
            }
            long[] v = perProgram.computeIfAbsent(r.component().programId(), k -> new long[2]);
            if (r.source().central()) {
                v[0] += r.balance().held();
            } else if (r.source() == FundingSource.LOCAL_COUNTERPART) {
                v[1] += r.balance().held();
            }
        }
        List<Counterpart> out = new ArrayList<>();
        perProgram.forEach((programId, v) -> {
            Program p = programs.stream()
                    .filter(x -> x.id() == programId)
                    .findFirst()
                    .orElseThrow();
            BigDecimal percent = catalogue.counterpartRatio(programId, year).orElse(null);
            if (percent == null) {
                out.add(new Counterpart(p, null, 0, v[1], 0));
            } else {
                long needed = BigDecimal.valueOf(v[0])
                        .multiply(percent)
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                        .longValueExact();
                out.add(new Counterpart(p, percent, needed, v[1], Math.max(0, needed - v[1])));
            }
        });
        return out;
    }

    /** Labels and figures for the chart: held and disbursed per sub-project. */
    public Map<String, List<Object>> chart() {
        List<Object> labels = new ArrayList<>();
        List<Object> held = new ArrayList<>();
        List<Object> disbursed = new ArrayList<>();
        for (Row r : rows) {
            if (r.source() == null) {
                labels.add(r.component().code());
                held.add(r.balance().held());
                disbursed.add(r.balance().disbursed());
            }
        }
        return Map.of("labels", labels, "held", held, "disbursed", disbursed);
    }
}
