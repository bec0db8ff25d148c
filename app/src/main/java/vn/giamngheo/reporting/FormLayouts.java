package vn.giamngheo.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import vn.giamngheo.reporting.Report.Table;
import vn.giamngheo.reporting.TableBuilder.UnitCells;

/**
 * The column layout of each form (docs/domain/review-and-reporting.md §5; the report annexes of TT 07/2021 as
 * amended by TT 02/2022): columns A (order) and B (unit), then numbered columns, rates written as
 * "3=2/1". {@code t} resolves a message key with arguments into the reader's language.
 */
final class FormLayouts {
    /** NĐ 07/2021's twelve indicators in the order of the standard (docs/domain/poverty-standards.md §4). */
    static final List<String> INDICATORS = List.of(
            "EMPLOYMENT",
            "DEPENDANTS",
            "NUTRITION",
            "HEALTH_INSURANCE",
            "ADULT_EDUCATION",
            "CHILD_SCHOOLING",
            "HOUSING_QUALITY",
            "HOUSING_AREA",
            "WATER",
            "SANITATION",
            "TELECOM",
            "INFO_ACCESS");

    static final List<String> GROUPS =
            List.of("ETHNIC_MINORITY", "NO_LABOUR", "PERSON_OF_MERIT", "FEMALE_HEAD", "SOCIAL_PROTECTION");
    static final List<String> CAUSES =
            List.of("LAND", "CAPITAL", "LABOUR", "TOOLS", "KNOWLEDGE", "SKILLS", "ILLNESS", "OTHER");
    static final List<String> FLOW_CATEGORIES =
            List.of("START", "TO_OTHER", "ESCAPED", "MOVED_OUT", "FROM_OTHER", "FELL_BACK", "NEWLY", "MOVED_IN", "END");
    static final List<String> SIDES = List.of("POOR", "NEAR_POOR");

    private final BiFunction<String, Object[], String> messages;

    FormLayouts(BiFunction<String, Object[], String> messages) {
        this.messages = messages;
    }

    private String t(String key, Object... args) {
        return messages.apply(key, args);
    }

    private TableBuilder builder(String title, List<UnitCells> units) {
        return new TableBuilder(title, units, " (" + t("report.noData") + ")");
    }

    List<Table> tables(Form form, List<UnitCells> units) {
        return switch (form) {
            case SUMMARY -> List.of(summary(units));
            case FLOWS -> flows(units);
            case DEPRIVATIONS -> deprivations(units);
            case GROUPS -> groups(units);
            case CHILDREN -> children(units);
            case LISTS -> throw new IllegalArgumentException("the lists are built from the basis");
            case DISBURSEMENT -> throw new IllegalArgumentException("disbursement is read from the funding ledger");
        };
    }

    /** (a) Households and persons by class, with rates over the unit's resident households. */
    Table summary(List<UnitCells> units) {
        TableBuilder b = builder(t("report.summary.table"), units);
        int total = b.count(t("report.col.households"), "HOUSEHOLDS", u -> u.denominator());
        b.text(t("report.col.denominatorSource"), u -> t("report.denominator." + u.denominatorSource()));
        for (String cls : List.of("POOR", "NEAR_POOR", "MIDDLE")) {
            String name = t("report.class." + cls);
            int hh = b.count(t("report.col.classHouseholds", name), cls + "|HH");
            b.rate(t("report.col.classRate", name), hh, total);
            b.persons(t("report.col.classPersons", name), cls + "|PERSONS", hh);
        }
        return b.build();
    }

    /** (b) Flows: start − decreases + increases = end, in households and persons, for both lists. */
    List<Table> flows(List<UnitCells> units) {
        List<Table> tables = new ArrayList<>();
        for (String side : SIDES) {
            for (String measure : List.of("HH", "PERSONS")) {
                TableBuilder b = builder(
                        t("report.flows.table", t("report.class." + side), t("report.measure." + measure)), units);
                int[] c = new int[FLOW_CATEGORIES.size()];
                for (int i = 0; i < FLOW_CATEGORIES.size() - 1; i++) {
                    String category = FLOW_CATEGORIES.get(i);
                    c[i] = b.count(t("report.flow." + side + "." + category), side + "." + category + "|" + measure);
                }
                String end = side + ".END|" + measure;
                b.derived(b.nextNumber() + "=1-2-3-4+5+6+7+8", t("report.flow." + side + ".END"), end, u -> u.get(end));
                String thoat = b.nextNumber() + "=2+3";
                b.derived(
                        thoat,
                        t("report.flow." + side + ".OUT"),
                        side + ".OUT|" + measure,
                        u -> u.get(key(side, "TO_OTHER", measure)) + u.get(key(side, "ESCAPED", measure)));
                b.derived(
                        b.nextNumber() + "=" + thoat.replaceAll("=.*", "") + "-5-6-7",
                        t("report.flow." + side + ".NET"),
                        side + ".NET|" + measure,
                        u -> u.get(key(side, "TO_OTHER", measure))
                                + u.get(key(side, "ESCAPED", measure))
                                - u.get(key(side, "FROM_OTHER", measure))
                                - u.get(key(side, "FELL_BACK", measure))
                                - u.get(key(side, "NEWLY", measure)));
                tables.add(b.build());
            }
        }
        return tables;
    }

    private static String key(String side, String category, String measure) {
        return side + "." + category + "|" + measure;
    }

    /** (c) Households deprived in each indicator, and the rates over the class's households. */
    List<Table> deprivations(List<UnitCells> units) {
        List<String> indicators = codes(units, "", INDICATORS);
        List<Table> tables = new ArrayList<>();
        for (String side : SIDES) {
            String cls = t("report.class." + side);
            TableBuilder counts = builder(t("report.deprivations.counts", cls), units);
            TableBuilder rates = builder(t("report.deprivations.rates", cls), units);
            int total = counts.count(t("report.col.classHouseholds", cls), side + "|HH");
            int rateTotal = rates.count(t("report.col.classHouseholds", cls), side + "|HH");
            for (String code : indicators) {
                counts.count(t("report.indicator." + code), code + "|" + side);
                int n = rates.count(t("report.indicator." + code), code + "|" + side);
                rates.rate(t("report.col.rateOf", t("report.indicator." + code)), n, rateTotal);
            }
            tables.add(counts.build());
            tables.add(rates.build());
        }
        return tables;
    }

    /** (d) Target groups, the head's ethnicity and the causes of poverty, for each list. */
    List<Table> groups(List<UnitCells> units) {
        List<Table> tables = new ArrayList<>();
        for (String side : SIDES) {
            String cls = t("report.class." + side);
            TableBuilder b = builder(t("report.groups.table", cls), units);
            int total = b.count(t("report.col.classHouseholds", cls), side + "|HH");
            for (String g : GROUPS) {
                int n = b.count(t("report.group." + g), "GROUP:" + g + "|" + side);
                b.rate(t("report.col.rateOf", t("report.group." + g)), n, total);
            }
            tables.add(b.build());
        }
        for (String side : SIDES) {
            String cls = t("report.class." + side);
            TableBuilder b = builder(t("report.ethnicity.table", cls), units);
            b.count(t("report.col.classHouseholds", cls), side + "|HH");
            for (String e : codes(units, "ETHNICITY:", List.of())) {
                b.count("?".equals(e) ? t("report.ethnicity.unknown") : e, "ETHNICITY:" + e + "|" + side);
            }
            tables.add(b.build());
        }
        for (String side : SIDES) {
            String cls = t("report.class." + side);
            TableBuilder b = builder(t("report.causes.table", cls), units);
            b.count(t("report.col.classHouseholds", cls), side + "|HH");
            for (String c : codes(units, "CAUSE:", CAUSES)) {
                b.count(t("report.cause." + c), "CAUSE:" + c + "|" + side);
            }
            tables.add(b.build());
        }
        return tables;
    }

    /** (e) Children under 16 of poor and near-poor households: insurance, nutrition, schooling. */
    List<Table> children(List<UnitCells> units) {
        List<Table> tables = new ArrayList<>();
        for (String side : SIDES) {
            TableBuilder b = builder(t("report.children.table", t("report.class." + side)), units);
            int children = b.count(t("report.child.CHILDREN"), "CHILDREN|" + side);
            for (String k : List.of("NO_INSURANCE", "STUNTED_UNDERWEIGHT", "NOT_IN_SCHOOL")) {
                int n = b.count(t("report.child." + k), k + "|" + side);
                b.rate(t("report.col.rateOf", t("report.child." + k)), n, children);
            }
            tables.add(b.build());
        }
        return tables;
    }

    /**
     * The row codes present under a prefix ("CAUSE:"), known ones first in their order, then the others
     * by their total, largest first.
     */
    static List<String> codes(List<UnitCells> units, String prefix, List<String> known) {
        Map<String, Long> totals = new java.util.HashMap<>();
        for (UnitCells u : units) {
            if (u.noData()) {
                continue;
            }
            for (var e : u.cells().entrySet()) {
                String row = e.getKey().substring(0, e.getKey().indexOf('|'));
                if (prefix.isEmpty()
                        ? !row.contains(":") && !SIDES_AND_CLASSES.contains(row)
                        : row.startsWith(prefix)) {
                    totals.merge(row.substring(prefix.length()), e.getValue(), Long::sum);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>(known);
        totals.entrySet().stream()
                .filter(e -> !known.contains(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.add(e.getKey()));
        return List.copyOf(out);
    }

    private static final Set<String> SIDES_AND_CLASSES =
            Set.of("POOR", "NEAR_POOR", "MIDDLE", "NOT_POOR", "UNDETERMINED", "REGISTERED");
}
