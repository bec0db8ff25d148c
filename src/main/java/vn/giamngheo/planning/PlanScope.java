package vn.giamngheo.planning;

import java.util.HashMap;
import java.util.Map;
import vn.giamngheo.shared.Jurisdiction;

/**
 * Which plans a user may read: those of units in their jurisdiction (the usual condition) and those
 * of the units above it — a district plan binds the communes under it, so a commune official reads
 * the district's plan to see what it asks of them. Writes stay within the jurisdiction.
 */
final class PlanScope {
    static final String ROOTS = "planScopeRoots";

    private PlanScope() {}

    /** The SQL condition on a unit path column; bind {@link #parameters}. */
    static String condition(Jurisdiction j, String pathColumn) {
        if (j.everywhere()) {
            return "true";
        }
        if (j.paths().isEmpty()) {
            return "false";
        }
        return "(" + j.sqlCondition(pathColumn) + " OR EXISTS (SELECT 1 FROM unnest(ARRAY[:" + ROOTS + "]) r"
                + " WHERE r LIKE " + pathColumn + " || '%'))";
    }

    static Map<String, Object> parameters(Jurisdiction j) {
        Map<String, Object> p = new HashMap<>(j.sqlParameters());
        if (!j.everywhere() && !j.paths().isEmpty()) {
            p.put(ROOTS, j.paths());
        }
        return p;
    }
}
