package vn.giamngheo.shared;

import java.util.List;
import java.util.Map;

/**
 * Where a user may read and write unit-scoped data: the whole country, or a set of subtrees of the
 * administrative hierarchy given by their materialized paths ("/1/7/"). Queries of personal data
 * put {@link #sqlCondition(String)} inside their WHERE clause, so the rule lives in the data layer.
 */
public record Jurisdiction(boolean everywhere, List<String> paths) {

    public static final String PARAM = "jurisdictionPaths";

    public Jurisdiction {
        paths = List.copyOf(paths);
    }

    public static Jurisdiction wholeCountry() {
        return new Jurisdiction(true, List.of());
    }

    public static Jurisdiction subtrees(List<String> paths) {
        return new Jurisdiction(false, paths);
    }

    public boolean covers(String unitPath) {
        return everywhere || paths.stream().anyMatch(unitPath::startsWith);
    }

    /** A SQL condition on a materialized-path column; bind {@link #sqlParameters()} with it. */
    public String sqlCondition(String pathColumn) {
        if (everywhere) {
            return "true";
        }
        if (paths.isEmpty()) {
            return "false";
        }
        return "(" + pathColumn + " LIKE ANY (ARRAY[:" + PARAM + "]))";
    }

    public Map<String, Object> sqlParameters() {
        if (everywhere || paths.isEmpty()) {
            return Map.of();
        }
        return Map.of(PARAM, paths.stream().map(p -> p + "%").toList());
    }
}
