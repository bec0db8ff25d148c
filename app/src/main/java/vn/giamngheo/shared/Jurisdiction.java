package vn.giamngheo.shared;

import java.util.List;

/**
 * Where a user may read and write unit-scoped data: a set of subtrees of the administrative
 * hierarchy given by their materialized paths ("/1/7/"). The whole country is the root subtree
 * {@value #COUNTRY}, so it needs no special case anywhere: the data layer binds the same kind of
 * value for every reader ({@link ScopedSql}).
 */
public record Jurisdiction(List<String> paths) {

    /** The path every unit's path starts with. */
    public static final String COUNTRY = "/";

    public Jurisdiction {
        paths = List.copyOf(paths);
    }

    public static Jurisdiction wholeCountry() {
        return new Jurisdiction(List.of(COUNTRY));
    }

    public static Jurisdiction subtrees(List<String> paths) {
        return new Jurisdiction(paths);
    }

    /** Whether the jurisdiction is the whole country (for choices of what to show, never for SQL). */
    public boolean everywhere() {
        return paths.contains(COUNTRY);
    }

    public boolean covers(String unitPath) {
        return unitPath != null && paths.stream().anyMatch(unitPath::startsWith);
    }

    /** The subtrees as LIKE patterns on a unit path ("/1/7/%"); an empty array matches nothing. */
    public String[] patterns() {
        return paths.stream().map(p -> p + "%").toArray(String[]::new);
    }
}
