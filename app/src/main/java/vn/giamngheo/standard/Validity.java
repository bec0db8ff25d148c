package vn.giamngheo.standard;

/**
 * The years of the poverty lists a standard is meant for (docs/domain/poverty-standards.md §1): the review held
 * in the autumn of year Y produces the lists for year Y+1. A review campaign still names its
 * standard explicitly; this is the default.
 */
public record Validity(int firstListYear, int lastListYear, String note, Confidence confidence, boolean provisional) {

    public Validity {
        if (confidence == null) {
            confidence = Confidence.PROVISIONAL;
        }
        provisional = confidence.provisional();
    }

    public boolean covers(int listYear) {
        return listYear >= firstListYear && listYear <= lastListYear;
    }
}
