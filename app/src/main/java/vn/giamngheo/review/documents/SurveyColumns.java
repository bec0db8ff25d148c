package vn.giamngheo.review.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.shared.TextFolding;
import vn.giamngheo.standard.ExchangeFields;

/**
 * The columns of the Excel survey template, one row per household member: which exchange-format
 * field each column fills (docs/domain/household-format.md), its Vietnamese header, the kind of value it takes
 * and its width. The template writes them, its instructions sheet lists them and the reader maps a
 * sheet's columns back to them, so all three always agree.
 */
final class SurveyColumns {
    enum Group {
        HOUSEHOLD("THÔNG TIN HỘ (ghi ở dòng đầu tiên của hộ)"),
        MEMBER("THÀNH VIÊN (mỗi dòng một người)"),
        DWELLING("NHÀ Ở VÀ ĐIỀU KIỆN SỐNG (ghi ở dòng đầu tiên của hộ)"),
        DEPRIVATION("CHỈ SỐ THIẾU HỤT (x: thiếu hụt; 0: không thiếu hụt)"),
        CAUSE("NGUYÊN NHÂN NGHÈO (đánh x)");

        final String heading;

        Group(String heading) {
            this.heading = heading;
        }
    }

    enum Kind {
        TEXT,
        /** A whole number; "1.500.000" typed as text is accepted too. */
        INTEGER,
        NUMBER,
        /** One of a closed set of values, see {@link SurveyChoices}. */
        CHOICE,
        /** A tick column: its field's code is added to a list when ticked. */
        TICK
    }

    /**
     * One column. {@code field} is the name in the hidden field-name row: an exchange-format field
     * ("area", "members.sex", "dwelling.cleanWater"), a list entry ("deprivations.WATER"), or one of
     * the two columns the format has no field for: {@code village} (kept beside the JSON line) and
     * {@code members.birthYear} (turned into {@code age}).
     */
    record Column(String field, String header, Group group, Kind kind, SurveyChoices choices, int width) {
        /** The exchange-format name inside its object: "sex" for "members.sex". */
        String name() {
            int dot = field.indexOf('.');
            return dot < 0 ? field : field.substring(dot + 1);
        }

        /** A column is its field; hashing the whole record would hash its choices' maps per cell. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Column column && column.field.equals(field);
        }

        @Override
        public int hashCode() {
            return field.hashCode();
        }
    }

    static final String REF = "ref";
    static final String VILLAGE = "village";
    static final String BIRTH_YEAR = "members.birthYear";
    static final String AGE = "members.age";

    static final List<Column> ALL = build();

    private static final Map<String, Column> BY_FIELD = new HashMap<>();
    private static final Map<String, Column> BY_HEADER = new HashMap<>();

    static {
        for (Column column : ALL) {
            if (BY_FIELD.put(column.field(), column) != null
                    || BY_HEADER.put(TextFolding.fold(column.header()), column) != null) {
                throw new IllegalStateException("two template columns share " + column.field() + " or its header");
            }
        }
    }

    private SurveyColumns() {}

    static Optional<Column> byField(String field) {
        return Optional.ofNullable(BY_FIELD.get(field.trim()));
    }

    /** Matches a header as typed, ignoring case, diacritics and spacing. */
    static Optional<Column> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(TextFolding.fold(header)));
    }

    private static List<Column> build() {
        List<Column> c = new ArrayList<>();
        Group h = Group.HOUSEHOLD;
        c.add(new Column(REF, "Mã hộ", h, Kind.TEXT, null, 14));
        c.add(new Column(VILLAGE, "Thôn, tổ dân phố", h, Kind.TEXT, null, 16));
        c.add(new Column("area", "Khu vực", h, Kind.CHOICE, SurveyChoices.AREA, 12));
        c.add(new Column("incomePerCapita", "Thu nhập bình quân (đồng/người/tháng)", h, Kind.INTEGER, null, 16));
        c.add(new Column("scoreA", "Điểm A", h, Kind.NUMBER, null, 9));
        c.add(new Column(
                ExchangeFields.LABOUR_CAPACITY, "Hộ có khả năng lao động", h, Kind.CHOICE, SurveyChoices.YES_NO, 12));
        c.add(new Column(
                "recognizedClass",
                "Loại hộ đã công nhận (chỉ số liệu đầu kỳ)",
                h,
                Kind.CHOICE,
                SurveyChoices.RECOGNIZED_CLASS,
                16));

        // the members' and the dwelling's columns are the field list's (docs/decisions/1160); the year
        // of birth is asked beside the age, as on the paper form
        for (ExchangeFields.Field f : ExchangeFields.MEMBER) {
            if (f.name().equals("age")) {
                c.add(new Column(
                        BIRTH_YEAR, header(BIRTH_YEAR, "member.birthYear"), Group.MEMBER, Kind.INTEGER, null, 9));
            }
            c.add(column("members.", "member.", f, Group.MEMBER));
        }
        for (ExchangeFields.Field f : ExchangeFields.DWELLING) {
            c.add(column("dwelling.", "dwelling.", f, Group.DWELLING));
        }

        for (String code : ReviewLabels.indicatorCodes()) {
            c.add(new Column(
                    "deprivations." + code,
                    ReviewLabels.indicator(code),
                    Group.DEPRIVATION,
                    Kind.TICK,
                    SurveyChoices.TICK,
                    11));
        }
        for (String code : SurveyChoices.CAUSES.codes()) {
            c.add(new Column(
                    "causes." + code,
                    SurveyChoices.CAUSES.label(code),
                    Group.CAUSE,
                    Kind.TICK,
                    SurveyChoices.TICK,
                    11));
        }
        return List.copyOf(c);
    }

    /** The column of a member or dwelling field: its kind and choices follow the field's. */
    private static Column column(String prefix, String labelPrefix, ExchangeFields.Field f, Group group) {
        String field = prefix + f.name();
        String header = header(field, labelPrefix + f.name());
        return switch (f.kind()) {
            case BOOLEAN -> new Column(field, header, group, Kind.CHOICE, SurveyChoices.YES_NO, width(header));
            case CODE -> new Column(field, header, group, Kind.CHOICE, SurveyChoices.of(f), width(header));
            case WHOLE -> new Column(field, header, group, Kind.INTEGER, null, width(header));
            case NUMBER -> new Column(field, header, group, Kind.NUMBER, null, width(header));
            default -> new Column(field, header, group, Kind.TEXT, null, Math.max(width(header), 16));
        };
    }

    /**
     * A column's header: the template's own wording where it has one ({@code survey.column.<field>}
     * in the Vietnamese bundle, the headers filled files already carry), else the field's label.
     */
    private static String header(String field, String labelKey) {
        String own = SurveyWords.vi("survey.column." + field);
        return own != null ? own : SurveyWords.vi(labelKey);
    }

    /** Wide enough for a header over two lines, within what a sheet shows at once. */
    private static int width(String header) {
        return Math.max(9, Math.min(26, header.length() / 2 + 2));
    }
}
