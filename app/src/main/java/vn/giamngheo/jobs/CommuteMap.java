package vn.giamngheo.jobs;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * How far people travel to work, as data an official keeps: which communes are next to each other,
 * and a commune's point with the distance its people are taken to commute. A pure value: the ranking
 * asks it how a worker's commune reaches a workplace's commune.
 */
public record CommuteMap(Set<Pair> neighbours, Map<Long, Point> points) {
    public CommuteMap {
        neighbours = Set.copyOf(neighbours);
        points = Map.copyOf(points);
    }

    public static CommuteMap empty() {
        return new CommuteMap(Set.of(), Map.of());
    }

    /** Two communes next to each other, stored in both directions. */
    public record Pair(long unitId, long neighbourId) {}

    /** A commune's point and how far its people commute (null = not set: only neighbours count). */
    public record Point(double latitude, double longitude, BigDecimal commuteKm) {}

    public enum Kind {
        SAME_COMMUNE,
        NEIGHBOUR,
        WITHIN_DISTANCE,
        TOO_FAR,
        UNKNOWN
    }

    /** How the worker's commune reaches the workplace: kind, the distance when both points are known. */
    public record Reach(Kind kind, Double km, BigDecimal limitKm) {
        public boolean reachable() {
            return kind == Kind.SAME_COMMUNE || kind == Kind.NEIGHBOUR || kind == Kind.WITHIN_DISTANCE;
        }
    }

    public Reach reach(long homeCommune, Long workCommune) {
        if (workCommune == null) {
            return new Reach(Kind.UNKNOWN, null, null);
        }
        if (homeCommune == workCommune) {
            return new Reach(Kind.SAME_COMMUNE, 0.0, null);
        }
        Point home = points.get(homeCommune);
        Point work = points.get(workCommune);
        Double km = home != null && work != null ? Math.round(kilometres(home, work) * 10) / 10.0 : null;
        if (neighbours.contains(new Pair(homeCommune, workCommune))) {
            return new Reach(Kind.NEIGHBOUR, km, null);
        }
        if (km == null) {
            return new Reach(Kind.UNKNOWN, null, null);
        }
        BigDecimal limit = home.commuteKm();
        if (limit != null && km <= limit.doubleValue()) {
            return new Reach(Kind.WITHIN_DISTANCE, km, limit);
        }
        return new Reach(limit == null ? Kind.UNKNOWN : Kind.TOO_FAR, km, limit);
    }

    /** Great-circle distance (haversine), in kilometres. */
    static double kilometres(Point a, Point b) {
        double r = 6371.0;
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }
}
