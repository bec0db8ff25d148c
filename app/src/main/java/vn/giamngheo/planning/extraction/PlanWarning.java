package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something the plan reader could not place, as a kind and its arguments (line numbers, numbers,
 * text as written). The warnings travel as their English {@link #text()} — in the import API, the
 * review form's hidden fields and the stored plan — and {@link #read(String)} is its exact inverse,
 * so a page can word a warning in the reader's language, including those of plans stored before the
 * kinds existed (docs/decisions/0102-wording-reasons.md). A text of no known kind reads as empty.
 */
public record PlanWarning(Kind kind, List<String> args) {

    /** The kinds, each with its English text; {@code {0}}, {@code {1}}… stand for the arguments. */
    public enum Kind {
        NO_NUMBER("no plan number found"),
        BLANK_NUMBER("the plan number is blank (\"Số: /{0}\")"),
        NO_DATE("no date of issue found"),
        NO_ISSUER("no issuing body found"),
        NO_TITLE("no title (\"KẾ HOẠCH …\") found"),
        DUPLICATE_NUMBER("line {0}: number {1} appears twice in part {2}; both items are kept"),
        UNKNOWN_TABLE("line {0}: a table that is not a known appendix was not read (header:{1})"),
        ROW_NOT_READ("line {0}: table row not read, a number is not a number: {1}"),
        NO_TASKS("no numbered tasks found"),
        NO_LEAD_OR_ASSIGNEE("no lead or assignee stated"),
        NO_LEAD("coordinating units named but no lead"),
        NO_SCHEDULE("no schedule stated"),
        SEVERAL_SCHEDULES("several schedules: took \"{0}\", also {1}"),
        /** Added when a plan is stored: a unit named in the plan that no agency was found for. */
        UNMATCHED("unmatched: {0}");

        private final String english;
        private final Pattern pattern;
        private final int arity;

        Kind(String english) {
            this.english = english;
            StringBuilder regex = new StringBuilder("^");
            // the placeholders appear in the order of their numbers in every text above
            Matcher m = Placeholder.PATTERN.matcher(english);
            int at = 0;
            int count = 0;
            while (m.find()) {
                regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.*?)");
                at = m.end();
                count++;
            }
            this.pattern = Pattern.compile(regex.append(Pattern.quote(english.substring(at)))
                    .append('$')
                    .toString());
            this.arity = count;
        }

        /** The English text with the arguments in place (taken as they are, no quoting rules). */
        String text(List<String> args) {
            String out = english;
            for (int i = 0; i < arity; i++) {
                out = out.replace("{" + i + "}", args.get(i));
            }
            return out;
        }
    }

    /** Apart from the enum: an enum's static fields are not yet set while its constants are made. */
    private static final class Placeholder {
        static final Pattern PATTERN = Pattern.compile("\\{(\\d)}");
    }

    public PlanWarning {
        args = List.copyOf(args);
        if (args.size() != kind.arity) {
            throw new IllegalArgumentException(kind + " takes " + kind.arity + " arguments, not " + args);
        }
    }

    public static PlanWarning of(Kind kind, Object... args) {
        List<String> strings = new ArrayList<>(args.length);
        for (Object a : args) {
            strings.add(String.valueOf(a));
        }
        return new PlanWarning(kind, strings);
    }

    /** As the import API, the review form and the stored plan carry it. */
    public String text() {
        return kind.text(args);
    }

    /** The warning a text was made from, or empty when no kind makes it (a text written by hand, say). */
    public static Optional<PlanWarning> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            Matcher m = kind.pattern.matcher(text);
            if (m.matches()) {
                List<String> args = new ArrayList<>(kind.arity);
                for (int i = 1; i <= kind.arity; i++) {
                    args.add(m.group(i));
                }
                return Optional.of(new PlanWarning(kind, args));
            }
        }
        return Optional.empty();
    }
}
