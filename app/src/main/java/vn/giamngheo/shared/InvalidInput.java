package vn.giamngheo.shared;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found: line (or row), the record it concerns
 * (a household's {@code ref} or code), the field, and what is wrong as a {@link Message}. Nothing of
 * the input is stored when this is thrown. Worded for people by {@link Wording}.
 */
public class InvalidInput extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(
                problems.isEmpty()
                        ? "invalid input"
                        : problems.get(0).toString()
                                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** One problem on a field, with no line or record. */
    public static InvalidInput of(String field, Message message) {
        return new InvalidInput(List.of(Problem.of(field, message)));
    }

    public static InvalidInput of(Problem problem) {
        return new InvalidInput(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem; {@code line} is 1-based, 0 when the input has no lines; {@code ref} names the record
     * (a household's ref or code), empty when there is none.
     */
    public record Problem(int line, String ref, String field, Message message) implements java.io.Serializable {
        public Problem {
            ref = ref == null ? "" : ref;
            field = field == null ? "" : field;
            java.util.Objects.requireNonNull(message, "message");
        }

        public static Problem of(String field, Message message) {
            return new Problem(0, "", field, message);
        }

        public static Problem of(String field, String code, Object... args) {
            return new Problem(0, "", field, Message.of(code, args));
        }

        /** The same problem found at a line of a file, for the record {@code ref}. */
        public Problem at(int line, String ref) {
            return new Problem(line, ref == null || ref.isEmpty() ? this.ref : ref, field, message);
        }

        /** The same problem under a field path ({@code members[2].age} from {@code age}). */
        public Problem under(String prefix) {
            return new Problem(line, ref, field.isEmpty() ? prefix : prefix + "." + field, message);
        }

        public String code() {
            return message.code();
        }

        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ", " : "")
                    + (ref.isEmpty() ? "" : "record " + ref + ", ")
                    + "field " + field + ": " + message;
        }
    }
}
