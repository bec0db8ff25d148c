package vn.giamngheo.shared;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found: line (or row), field and reason. Nothing
 * of the input is stored when this is thrown.
 */
public class InvalidInput extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String reason) {
        return new InvalidInput(List.of(new Problem(0, field, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem; {@code line} is 1-based, 0 when the input has no lines. */
    public record Problem(int line, String field, String reason) {
        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ", " : "") + "field " + field + ": " + reason;
        }
    }
}
