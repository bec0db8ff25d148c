package vn.giamngheo.review.documents;

import vn.giamngheo.shared.InvalidInput;

/**
 * A cell of an uploaded survey sheet that cannot be read: its sheet row (1-based, as Excel shows
 * it), its column letter ("F"), the field it fills ("members.sex") and why, in words an official
 * can act on.
 */
public record CellProblem(int row, String column, String field, String reason) {
    /** The same problem in the form every import reports its problems in. */
    public InvalidInput.Problem asProblem() {
        String where = column == null ? field : field + " (cột " + column + ")";
        return new InvalidInput.Problem(row, where, reason);
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", column " + column) + " (" + field + "): " + reason;
    }
}
