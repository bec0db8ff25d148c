package vn.giamngheo.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for unit statistics and targets. */
@Repository
class TargetStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    TargetStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<UnitYearStat> stat(long unitId, int year) {
        return jdbc.sql(
                        "SELECT unit_id, year, total_households, minority_households, source, version FROM unit_year_stat"
                                + " WHERE unit_id = :u AND year = :y")
                .param("u", unitId)
                .param("y", year)
                .query((rs, n) -> new UnitYearStat(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .optional();
    }

    /** The statistics of several units for a year, by unit id (one query). */
    java.util.Map<Long, UnitYearStat> stats(List<Long> unitIds, int year) {
        java.util.Map<Long, UnitYearStat> out = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT unit_id, year, total_households, minority_households, source, version FROM unit_year_stat"
                        + " WHERE unit_id IN (:u) AND year = :y")
                .param("u", unitIds)
                .param("y", year)
                .query((rs, n) -> new UnitYearStat(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .list()
                .forEach(st -> out.put(st.unitId(), st));
        return out;
    }

    /** The targets of several units for a year, by unit id (one query). */
    java.util.Map<Long, PovertyTarget> targets(List<Long> unitIds, int year) {
        java.util.Map<Long, PovertyTarget> out = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql(TARGET_SELECT + " WHERE unit_id IN (:u) AND year = :y")
                .param("u", unitIds)
                .param("y", year)
                .query((rs, n) -> mapTarget(rs))
                .list()
                .forEach(t -> out.put(t.unitId(), t));
        return out;
    }

    void upsertStat(long unitId, int year, int total, Integer minority, String source, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO unit_year_stat (unit_id, year, total_households, minority_households, source,
                                            created_at, created_by, changed_at, changed_by)
                VALUES (:u, :y, :t, :m, :s, :at, :by, :at, :by)
                ON CONFLICT (unit_id, year) DO UPDATE SET total_households = :t, minority_households = :m, source = :s,
                    version = unit_year_stat.version + 1, changed_at = :at, changed_by = :by
                """)
                .param("u", unitId)
                .param("y", year)
                .param("t", total)
                .param("m", minority)
                .param("s", source)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    private static final String TARGET_SELECT = """
            SELECT unit_id, year, poor_start, planned_reduction, reduction_without_labour, reduction_with_labour,
                   rate_change_points, source_document, printed::text, note
            FROM poverty_target""";

    Optional<PovertyTarget> target(long unitId, int year) {
        return jdbc.sql(TARGET_SELECT + " WHERE unit_id = :u AND year = :y")
                .param("u", unitId)
                .param("y", year)
                .query((rs, n) -> mapTarget(rs))
                .optional();
    }

    private PovertyTarget mapTarget(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PovertyTarget(
                rs.getLong(1),
                rs.getInt(2),
                (Integer) rs.getObject(3),
                (Integer) rs.getObject(4),
                (Integer) rs.getObject(5),
                (Integer) rs.getObject(6),
                rs.getBigDecimal(7),
                rs.getString(8),
                rs.getString(9) == null
                        ? Map.of()
                        : json.readValue(rs.getString(9), new TypeReference<Map<String, String>>() {}),
                rs.getString(10));
    }

    void upsertTarget(PovertyTarget t, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO poverty_target (unit_id, year, poor_start, planned_reduction, reduction_without_labour,
                    reduction_with_labour, rate_change_points, source_document, printed, note, created_at, created_by, changed_at, changed_by)
                VALUES (:u, :y, :poor, :red, :without, :with, :points, :src, CAST(:printed AS jsonb), :note, :at, :by, :at, :by)
                ON CONFLICT (unit_id, year) DO UPDATE SET poor_start = :poor, planned_reduction = :red,
                    reduction_without_labour = :without, reduction_with_labour = :with, rate_change_points = :points,
                    source_document = :src, printed = CAST(:printed AS jsonb), note = :note,
                    version = poverty_target.version + 1, changed_at = :at, changed_by = :by
                """)
                .param("u", t.unitId())
                .param("y", t.year())
                .param("poor", t.poorStart())
                .param("red", t.plannedReduction())
                .param("without", t.reductionWithoutLabour())
                .param("with", t.reductionWithLabour())
                .param("points", t.rateChangePoints())
                .param("src", t.sourceDocument())
                .param(
                        "printed",
                        t.printed() == null || t.printed().isEmpty() ? null : json.writeValueAsString(t.printed()))
                .param("note", t.note())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    List<Long> unitsWithTargets(String path, int year) {
        return jdbc.sql(
                        "SELECT t.unit_id FROM poverty_target t JOIN admin_unit u ON u.id = t.unit_id WHERE u.path LIKE :p AND t.year = :y")
                .param("p", path + "%")
                .param("y", year)
                .query(Long.class)
                .list();
    }

    /** Whether a target is set for a unit whose path starts with {@code path} in the year. */
    boolean anyTarget(String path, int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM poverty_target t JOIN admin_unit u ON u.id = t.unit_id"
                        + " WHERE t.year = :year AND u.path LIKE :path)")
                .param("year", year)
                .param("path", path + "%")
                .query(Boolean.class)
                .single();
    }

    /**
     * Poor households on each commune's lists in force for the list year, as the review publishes
     * them ({@code review_households_in_force}, V23_1): counts only.
     */
    java.util.Map<Long, Integer> poorInForce(java.util.Collection<Long> communeIds, int listYear) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        if (communeIds.isEmpty()) {
            return counts;
        }
        java.util.StringJoiner ids = new java.util.StringJoiner(",", "{", "}");
        communeIds.forEach(id -> ids.add(Long.toString(id)));
        jdbc.sql("""
                        SELECT f.unit_id, count(*) FILTER (WHERE f.household_class = 'POOR')
                        FROM review_households_in_force(CAST(:ids AS bigint[]), ARRAY[CAST(:y AS int)]) f
                        GROUP BY 1
                        """).param("y", listYear).param("ids", ids.toString()).query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }
}
