package vn.giamngheo.review.web;

import java.util.List;
import java.util.Locale;
import vn.giamngheo.review.ReviewHousehold;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.Explanation;
import vn.giamngheo.standard.ReasonWording;

/**
 * A classification as the survey page shows it: class, deprived indicator codes, and the reasons
 * and warnings worded in the reader's language — from a classification just made (the preview) or
 * from what the row recorded; a row recorded before reasons were stored as values (decision 0102)
 * shows the English texts it has.
 */
record ShownClassification(
        String householdClass, List<String> deprivations, List<String> reasons, List<String> warnings) {

    static ShownClassification of(Classification c, ReasonWording wording, Locale locale) {
        return new ShownClassification(
                c.householdClass().name(),
                c.deprivations().codes(),
                wording.reasons(c.reasons(), locale),
                wording.warnings(c.warnings(), locale));
    }

    /** What the row recorded, or null when it is not classified yet. */
    static ShownClassification recorded(ReviewHousehold row, ReasonWording wording, Locale locale) {
        if (row.householdClass() == null) {
            return null;
        }
        Explanation e = row.explanation();
        return new ShownClassification(
                row.householdClass(),
                row.deprivations(),
                e == null ? row.reasons() : wording.reasons(e.reasons(), locale),
                e == null ? row.warnings() : wording.warnings(e.warnings(), locale));
    }
}
