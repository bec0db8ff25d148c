package vn.giamngheo.review;

import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import vn.giamngheo.shared.CsvReader;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.ExchangeFields.Field;
import vn.giamngheo.standard.ExchangeFields.Kind;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdInput;

/**
 * Households from CSV (docs/review-import.md): the exchange format's fields flattened into columns
 * named as in the format ({@code dwelling.wallDurable}, {@code member.age}), one row per member
 * with the household's columns repeated on each, the rows of a household together; plus an
 * optional {@code village} column. Each household is turned into an exchange-format object and
 * read by the same strict parser as JSON Lines, so both formats accept and refuse the same things.
 */
final class CsvHouseholdSource implements HouseholdSource {
    enum Type {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        CODES
    }

    /** The columns of a household: its fields, then its dwelling's as {@code dwelling.<field>}. */
    static final Map<String, Type> HOUSEHOLD = columns("", ExchangeFields.HOUSEHOLD, ExchangeFields.DWELLING);
    /** The columns of a member, {@code member.<field>}. */
    static final Map<String, Type> MEMBER = columns("member.", ExchangeFields.MEMBER, List.of());

    static final String VILLAGE = "village";
    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.?(.*)");
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final CsvReader csv;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<InvalidInput.Problem> headerProblems = new ArrayList<>();
    private CsvReader.Row pending;
    private boolean started;

    CsvHouseholdSource(Reader in) {
        this.csv = new CsvReader(in);
    }

    @Override
    public Row next() {
        if (!started) {
            started = true;
            readHeader();
            if (!headerProblems.isEmpty()) {
                return new Row(1, null, null, null, headerProblems);
            }
        }
        if (!headerProblems.isEmpty()) {
            return null;
        }
        CsvReader.Row first = pending != null ? pending : nextNonEmpty();
        pending = null;
        if (first == null) {
            return null;
        }
        List<CsvReader.Row> rows = new ArrayList<>();
        rows.add(first);
        String ref = cell(first, "ref");
        for (CsvReader.Row r = nextNonEmpty(); r != null; r = nextNonEmpty()) {
            if (!ref.isEmpty() && ref.equals(cell(r, "ref"))) {
                rows.add(r);
            } else {
                pending = r;
                break;
            }
        }
        return household(rows);
    }

    private Row household(List<CsvReader.Row> rows) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        CsvReader.Row first = rows.get(0);
        for (CsvReader.Row r : rows.subList(1, rows.size())) {
            for (String column : HOUSEHOLD.keySet()) {
                if (header.contains(column) && !cell(r, column).equals(cell(first, column))) {
                    problems.add(InvalidInput.Problem.of(column, "review.import.csvDiffers", first.line())
                            .at(r.line(), cell(first, "ref")));
                }
            }
        }
        List<CsvReader.Row> memberRows = rows.stream().filter(this::hasMember).toList();
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            boolean dwelling = false;
            for (Map.Entry<String, Type> e : HOUSEHOLD.entrySet()) {
                String column = e.getKey();
                if (column.startsWith("dwelling.")) {
                    dwelling |= !cell(first, column).isEmpty();
                    continue;
                }
                value(g, column, e.getValue(), first, column, problems);
            }
            if (dwelling) {
                g.writeName("dwelling");
                g.writeStartObject();
                for (Map.Entry<String, Type> e : HOUSEHOLD.entrySet()) {
                    if (e.getKey().startsWith("dwelling.")) {
                        value(g, e.getKey().substring(9), e.getValue(), first, e.getKey(), problems);
                    }
                }
                g.writeEndObject();
            }
            if (!memberRows.isEmpty()) {
                g.writeName("members");
                g.writeStartArray();
                for (CsvReader.Row m : memberRows) {
                    g.writeStartObject();
                    for (Map.Entry<String, Type> e : MEMBER.entrySet()) {
                        value(g, e.getKey().substring(7), e.getValue(), m, e.getKey(), problems);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        String village = header.contains(VILLAGE) ? cell(first, VILLAGE) : "";
        if (!problems.isEmpty()) {
            return new Row(first.line(), null, null, null, problems);
        }
        try {
            HouseholdInput input = ExchangeFormat.parse(out.toString());
            return Row.of(first.line(), null, input, village.isEmpty() ? null : village);
        } catch (InvalidInput e) {
            return new Row(
                    first.line(),
                    null,
                    null,
                    null,
                    e.problems().stream()
                            .map(p -> located(p, first, memberRows))
                            .toList());
        }
    }

    /** A parser problem placed on the row and column people see: members[2].age → the third member's row, member.age. */
    private static InvalidInput.Problem located(
            InvalidInput.Problem p, CsvReader.Row first, List<CsvReader.Row> members) {
        Matcher m = MEMBER_FIELD.matcher(p.field());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            int row = i < members.size() ? members.get(i).line() : first.line();
            return new InvalidInput.Problem(
                    row, p.ref(), m.group(2).isEmpty() ? "member" : "member." + m.group(2), p.message());
        }
        return p.at(first.line(), "");
    }

    private void value(
            JsonGenerator g, String name, Type type, CsvReader.Row row, String column, List<InvalidInput.Problem> p) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return;
        }
        switch (type) {
            case STRING -> g.writeStringProperty(name, text);
            case INTEGER -> {
                try {
                    g.writeNumberProperty(name, Long.parseLong(text));
                } catch (NumberFormatException e) {
                    p.add(InvalidInput.Problem.of(column, "review.import.notWhole", text)
                            .at(row.line(), cell(row, "ref")));
                }
            }
            case NUMBER -> {
                try {
                    g.writeNumberProperty(name, new java.math.BigDecimal(text.replace(',', '.')));
                } catch (NumberFormatException e) {
                    p.add(InvalidInput.Problem.of(column, "reporting.notNumber", text)
                            .at(row.line(), cell(row, "ref")));
                }
            }
            case BOOLEAN -> {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    g.writeBooleanProperty(name, Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
                } else {
                    p.add(InvalidInput.Problem.of(column, "review.import.notBoolean", text)
                            .at(row.line(), cell(row, "ref")));
                }
            }
            case CODES -> {
                g.writeName(name);
                g.writeStartArray();
                if (!text.equalsIgnoreCase("NONE")) {
                    for (String code : text.split("[\\s|;]+")) {
                        if (!code.isEmpty()) {
                            g.writeString(code);
                        }
                    }
                }
                g.writeEndArray();
            }
        }
    }

    private boolean hasMember(CsvReader.Row r) {
        for (String column : MEMBER.keySet()) {
            if (!cell(r, column).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void readHeader() {
        CsvReader.Row h = csv.next();
        if (h == null) {
            return;
        }
        for (String f : h.fields()) {
            String name = f.trim();
            header.add(name);
            index.putIfAbsent(name, header.size() - 1);
            if (!HOUSEHOLD.containsKey(name) && !MEMBER.containsKey(name) && !name.equals(VILLAGE)) {
                headerProblems.add(InvalidInput.Problem.of(name, "review.import.unknownColumn")
                        .at(1, ""));
            }
        }
        if (!header.contains("ref")) {
            headerProblems.add(
                    InvalidInput.Problem.of("ref", "review.import.refColumn").at(1, ""));
        }
    }

    private CsvReader.Row nextNonEmpty() {
        for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
            if (!(r.fields().size() == 1 && r.fields().get(0).isBlank())) {
                return r;
            }
        }
        return null;
    }

    private String cell(CsvReader.Row row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.get(i);
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public void close() {}

    private static Map<String, Type> columns(String prefix, List<Field> fields, List<Field> dwelling) {
        Map<String, Type> map = new LinkedHashMap<>();
        for (Field f : fields) {
            if (f.kind() != Kind.MEMBERS && f.kind() != Kind.DWELLING) {
                map.put(prefix + f.name(), type(f.kind()));
            }
        }
        for (Field f : dwelling) {
            map.put("dwelling." + f.name(), type(f.kind()));
        }
        return map;
    }

    private static Type type(Kind kind) {
        return switch (kind) {
            case TEXT, CODE -> Type.STRING;
            case WHOLE -> Type.INTEGER;
            case NUMBER -> Type.NUMBER;
            case BOOLEAN -> Type.BOOLEAN;
            case CODES -> Type.CODES;
            case MEMBERS, DWELLING -> throw new IllegalArgumentException("not a column: " + kind);
        };
    }
}
