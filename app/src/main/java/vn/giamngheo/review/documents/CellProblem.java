package vn.giamngheo.review.documents;

import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * A cell of an uploaded survey sheet that cannot be read: its sheet row (1-based, as Excel shows
 * it), its column letter ("F"), the field it fills ("members.sex") and why, in words an official
 * can act on.
 */
public record CellProblem(int row, String column, String field, Message message) {
    /** The same problem in the form every import reports its problems in. */
    public InvalidInput.Problem asProblem() {
        return InvalidInput.Problem.of(
                        field, column == null ? message : Message.of("review.sheet.inColumn", message, column))
                .at(row, "");
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", column " + column) + " (" + field + "): " + message;
    }
}
