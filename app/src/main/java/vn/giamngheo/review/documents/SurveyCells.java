package vn.giamngheo.review.documents;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.giamngheo.review.documents.SurveyColumns.Column;
import vn.giamngheo.review.documents.SurveyColumns.Kind;
import vn.giamngheo.shared.Message;

/**
 * Reads one cell of the survey sheet as the value its column needs — text, a whole number, a
 * number, a code of a closed set, yes/no — or says, in words an official can act on, why it cannot.
 * Text typed into number columns is accepted when it is plainly a number ("1.500.000", "45,5"),
 * because that is how numbers are written in Vietnamese; a number in a text column is not, because
 * Excel has then already dropped leading zeros and the like.
 */
final class SurveyCells {
    private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}([.,]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    /** A cell that cannot be read, and why. */
    static final class Unreadable extends Exception {
        private final Message message;

        Unreadable(String code, Object... args) {
            super(code, null, false, false);
            this.message = Message.of(code, args);
        }

        Message message() {
            return message;
        }
    }

    private SurveyCells() {}

    /**
     * The cell's value: String for text and for codes, Long for whole numbers, BigDecimal for
     * numbers, Boolean for yes/no and ticks.
     */
    static Object read(Column column, SheetRows.Cell cell) throws Unreadable {
        if (cell.type() == SheetRows.Type.ERROR) {
            throw new Unreadable("review.sheet.excelError", cell.value());
        }
        return switch (column.kind()) {
            case TEXT -> text(cell);
            case INTEGER -> whole(cell);
            case NUMBER -> number(cell);
            case CHOICE, TICK -> choice(column, cell);
        };
    }

    /** Text as stored: composed (NFC) and trimmed, so the same name always compares equal. */
    static String text(SheetRows.Cell cell) throws Unreadable {
        return switch (cell.type()) {
            case TEXT -> PdfText.of(cell.value()).strip();
            case NUMBER -> throw new Unreadable("review.sheet.numberForText", plain(cell.value()));
            case BOOLEAN -> throw new Unreadable("review.sheet.booleanForText");
            case ERROR -> throw new Unreadable("review.sheet.excelError", "");
        };
    }

    private static Long whole(SheetRows.Cell cell) throws Unreadable {
        BigDecimal value = switch (cell.type()) {
            case NUMBER -> new BigDecimal(cell.value());
            case TEXT -> {
                String bare = SPACES.matcher(cell.value()).replaceAll("");
                if (!WHOLE.matcher(bare).matches()) {
                    throw new Unreadable("review.import.notWhole", cell.value().strip());
                }
                yield new BigDecimal(bare.replace(".", "").replace(",", ""));
            }
            default -> throw new Unreadable("review.sheet.wholeNeeded");
        };
        if (value.signum() < 0) {
            throw new Unreadable("review.sheet.negative", plain(value.toPlainString()));
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable("review.import.notWhole", plain(value.toPlainString()));
        }
    }

    private static BigDecimal number(SheetRows.Cell cell) throws Unreadable {
        return switch (cell.type()) {
            case NUMBER -> clean(new BigDecimal(cell.value()));
            case TEXT -> {
                String bare = SPACES.matcher(cell.value()).replaceAll("");
                if (!DECIMAL.matcher(bare).matches()) {
                    throw new Unreadable("reporting.notNumber", cell.value().strip());
                }
                yield clean(new BigDecimal(bare.replace(',', '.')));
            }
            default -> throw new Unreadable("review.sheet.numberNeeded");
        };
    }

    private static Object choice(Column column, SheetRows.Cell cell) throws Unreadable {
        SurveyChoices choices = column.choices();
        boolean yesNo = column.kind() == Kind.TICK || choices == SurveyChoices.YES_NO;
        String typed = switch (cell.type()) {
            case TEXT -> cell.value();
            case BOOLEAN -> "1".equals(cell.value()) ? "1" : "0";
            case NUMBER -> {
                if (!yesNo) {
                    throw new Unreadable("review.sheet.numberForChoice", plain(cell.value()), choices.accepted());
                }
                yield plain(cell.value());
            }
            case ERROR -> throw new Unreadable("review.sheet.excelError", "");
        };
        String code = choices.code(typed)
                .orElseThrow(() -> new Unreadable("review.sheet.unknownChoice", typed.strip(), choices.accepted()));
        return yesNo ? Boolean.valueOf(code) : code;
    }

    /** "1500000" rather than "1.5E+6" or "1500000.0". */
    private static BigDecimal clean(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(String number) {
        try {
            return clean(new BigDecimal(number.strip())).toPlainString();
        } catch (NumberFormatException e) {
            return number.strip();
        }
    }
}
