package vn.giamngheo.review.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.review.documents.SurveyColumns.Column;
import vn.giamngheo.review.documents.SurveyColumns.Group;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.ExchangeFields;

/**
 * The rows of one household on the survey sheet, gathered until the next household begins, then
 * turned into one exchange-format JSON line. Household, dwelling, tick and cause cells may sit on
 * any of its rows (normally the first); written twice they must agree. Every row with a member cell
 * is a member.
 */
final class HouseholdGroup {
    /** Member fields in the order of docs/domain/household-format.md. */
    private static final List<String> MEMBER_ORDER = ExchangeFields.names(ExchangeFields.MEMBER);

    /** Problems as a person reads the sheet: row by row, left to right. */
    private static final Comparator<CellProblem> READING_ORDER = Comparator.comparingInt(CellProblem::row)
            .thenComparingInt(p -> p.column() == null ? 0 : p.column().length())
            .thenComparing(p -> p.column() == null ? "" : p.column());

    private final String ref;
    private final int firstRow;
    private final int referenceYear;
    private final List<CellProblem> problems = new ArrayList<>();
    /** Household-level values by column, and the row each came from. */
    private final Map<Column, Object> household = new HashMap<>();

    private final Map<Column, Integer> householdRows = new HashMap<>();
    private final List<JsonLine> members = new ArrayList<>();

    HouseholdGroup(String ref, int firstRow, int referenceYear) {
        this.ref = ref;
        this.firstRow = firstRow;
        this.referenceYear = referenceYear;
    }

    String ref() {
        return ref;
    }

    void problem(CellProblem problem) {
        problems.add(problem);
    }

    /** One sheet row's cells (the household code already taken out), by their template column. */
    void add(int row, Map<Column, SheetRows.Cell> cells) {
        Map<String, Object> member = new HashMap<>();
        Map<String, String> memberColumns = new HashMap<>();
        for (Map.Entry<Column, SheetRows.Cell> entry : cells.entrySet()) {
            Column column = entry.getKey();
            String letter = SheetRows.columnLetter(entry.getValue().column());
            Object value;
            try {
                value = SurveyCells.read(column, entry.getValue());
            } catch (SurveyCells.Unreadable e) {
                problems.add(new CellProblem(row, letter, column.field(), e.message()));
                continue;
            }
            if (column.group() == Group.MEMBER) {
                member.put(column.name(), value);
                memberColumns.put(column.name(), letter);
            } else {
                keepHouseholdValue(row, letter, column, value);
            }
        }
        if (!member.isEmpty()) {
            settleAge(row, member, memberColumns);
            JsonLine json = new JsonLine();
            for (String name : MEMBER_ORDER) {
                put(json, name, member.get(name));
            }
            members.add(json);
        }
    }

    XlsxHousehold finish() {
        if (!problems.isEmpty()) {
            problems.sort(READING_ORDER);
            return new XlsxHousehold.Unreadable(ref, firstRow, problems);
        }
        JsonLine json = new JsonLine().text("ref", ref);
        put(json, "area", value("area"));
        put(json, "incomePerCapita", value("incomePerCapita"));
        put(json, "scoreA", value("scoreA"));
        List<String> deprivations = ticked(Group.DEPRIVATION);
        if (deprivations != null) {
            json.texts("deprivations", deprivations);
        }
        if (!members.isEmpty()) {
            json.objects("members", members);
        }
        JsonLine dwelling = new JsonLine();
        for (Column column : SurveyColumns.ALL) {
            if (column.group() == Group.DWELLING) {
                put(dwelling, column.name(), household.get(column));
            }
        }
        if (!dwelling.isEmpty()) {
            json.object("dwelling", dwelling);
        }
        put(json, ExchangeFields.LABOUR_CAPACITY, value(ExchangeFields.LABOUR_CAPACITY));
        List<String> causes = ticked(Group.CAUSE);
        if (causes != null) {
            json.texts("causes", causes);
        }
        put(json, "recognizedClass", value("recognizedClass"));
        return new XlsxHousehold.Line(ref, firstRow, (String) value(SurveyColumns.VILLAGE), json.toString());
    }

    private void keepHouseholdValue(int row, String letter, Column column, Object value) {
        Object before = household.putIfAbsent(column, value);
        if (before == null) {
            householdRows.put(column, row);
        } else if (!before.equals(value)) {
            problems.add(new CellProblem(
                    row,
                    letter,
                    column.field(),
                    Message.of("review.sheet.differs", householdRows.get(column), shown(before), shown(value))));
        }
    }

    /**
     * The format wants age at the review's reference date; the sheet may give the year of birth
     * instead, whose age in the reference year is then used. Given both, they must agree within a
     * year (the birthday may fall after the reference date).
     */
    private void settleAge(int row, Map<String, Object> member, Map<String, String> columns) {
        Object birthYear = member.remove("birthYear");
        if (birthYear == null) {
            return;
        }
        long fromBirth = referenceYear - (Long) birthYear;
        String letter = columns.get("birthYear");
        if (fromBirth < 0) {
            problems.add(new CellProblem(
                    row,
                    letter,
                    SurveyColumns.BIRTH_YEAR,
                    Message.of("review.sheet.bornAfter", String.valueOf(birthYear), String.valueOf(referenceYear))));
        } else if (member.get("age") == null) {
            member.put("age", fromBirth);
        } else if (Math.abs((Long) member.get("age") - fromBirth) > 1) {
            problems.add(new CellProblem(
                    row,
                    letter,
                    SurveyColumns.BIRTH_YEAR,
                    Message.of(
                            "review.sheet.ageDisagrees",
                            String.valueOf(birthYear),
                            member.get("age"),
                            String.valueOf(referenceYear))));
        }
    }

    /** The ticked codes of a tick group, or null when none of its cells was filled in at all. */
    private List<String> ticked(Group group) {
        List<String> codes = null;
        for (Column column : SurveyColumns.ALL) {
            if (column.group() == group && household.containsKey(column)) {
                codes = codes == null ? new ArrayList<>() : codes;
                if (Boolean.TRUE.equals(household.get(column))) {
                    codes.add(column.name());
                }
            }
        }
        return codes;
    }

    private Object value(String field) {
        return SurveyColumns.byField(field).map(household::get).orElse(null);
    }

    private static void put(JsonLine json, String name, Object value) {
        if (value instanceof String text) {
            json.text(name, text);
        } else if (value instanceof Long number) {
            json.number(name, BigDecimal.valueOf(number));
        } else if (value instanceof BigDecimal number) {
            json.number(name, number);
        } else if (value instanceof Boolean flag) {
            json.bool(name, flag);
        }
    }

    private static String shown(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "Có" : "Không";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
