package vn.giamngheo.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.planning.Targets;

/** Reads the kept cells: a handful of rows per unit, by primary key (report_cell). */
@Repository
class ReportStore {
    private final JdbcClient jdbc;
    private final Targets targets;

    ReportStore(JdbcClient jdbc, Targets targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    /** The cells of a form for the units and year: unit → "ROW|COL" → value. */
    Map<Long, Map<String, Long>> cells(List<Long> unitIds, int year, String form) {
        Map<Long, Map<String, Long>> byUnit = new HashMap<>();
        jdbc.sql("SELECT unit_id, row_key, col, value FROM report_cell WHERE unit_id = ANY (CAST(:ids AS bigint[]))"
                        + " AND list_year = :year AND form = :form")
                .param("ids", ReportCells.ids(unitIds))
                .param("year", year)
                .param("form", form)
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getLong(1), u -> new HashMap<>())
                            .put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
                });
        return byUnit;
    }

    /**
     * The cells of the forms for the given units and year read in the structure in force on {@code asOf}
     * (Structure.CURRENT): computed from the lists held by today's communes under {@code path}, a new
     * commune holding its predecessors' (review_lists_held), and summed up to each given unit.
     */
    Map<Long, Map<String, Long>> cellsAsOf(
            List<Long> unitIds, String path, int year, List<String> forms, LocalDate asOf) {
        Map<Long, Map<String, Long>> byUnit = new HashMap<>();
        jdbc.sql("SELECT a.id, c.form, c.row_key, c.col, sum(c.value) FROM (" + CellSql.CELLS_AS_OF + """
                        ) c
                        JOIN admin_unit cu ON cu.id = c.unit_id
                        JOIN admin_unit a ON cu.path LIKE a.path || '%' AND a.id = ANY (CAST(:targets AS bigint[]))
                        WHERE c.form = ANY (CAST(:forms AS text[]))
                        GROUP BY 1, 2, 3, 4
                        """)
                .param("communes", "{" + String.join(",", communesUnder(path, asOf)) + "}")
                .param("years", "{" + year + "}")
                .param("asOf", asOf)
                .param("targets", ReportCells.ids(unitIds))
                .param("forms", "{" + String.join(",", forms) + "}")
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getLong(1), u -> new HashMap<>())
                            .put(rs.getString(3) + "|" + rs.getString(4), rs.getLong(5));
                });
        return byUnit;
    }

    /** The communes under a path in force on a day. */
    private List<String> communesUnder(String path, LocalDate day) {
        return jdbc.sql("""
                        SELECT id::text FROM admin_unit WHERE level = 'COMMUNE' AND path LIKE :path
                          AND (valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day)
                        """)
                .param("path", path + "%")
                .param("day", asDate(day))
                .query(String.class)
                .list();
    }

    private static java.sql.Date asDate(LocalDate day) {
        return java.sql.Date.valueOf(day);
    }

    /** One unit's cells of a form over all years: year → "ROW|COL" → value. */
    Map<Integer, Map<String, Long>> years(long unitId, String form) {
        Map<Integer, Map<String, Long>> byYear = new java.util.TreeMap<>();
        jdbc.sql("SELECT list_year, row_key, col, value FROM report_cell WHERE unit_id = :id AND form = :form")
                .param("id", unitId)
                .param("form", form)
                .query(rs -> {
                    byYear.computeIfAbsent(rs.getInt(1), y -> new HashMap<>())
                            .put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
                });
        return byYear;
    }

    /**
     * A commune's summary cells by village, computed when asked (the kept cells stop at communes):
     * the households of the lists in force and of the latest reviews by the village they are
     * registered in now ("CLASS|HH", "CLASS|PERSONS"), and the households registered ("REGISTERED|HH").
     */
    Map<Long, Map<String, Long>> villageSummary(long communeId, int year) {
        Map<Long, Map<String, Long>> byVillage = new HashMap<>();
        jdbc.sql("WITH " + CellSql.IN_FORCE + "\n" + """
                        SELECT hu.id, hh.cls, count(*), sum(hh.persons)
                        FROM hh JOIN household_register h ON h.id = hh.household_id JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE hu.level = 'VILLAGE' AND hu.parent_id = :commune
                        GROUP BY 1, 2
                        """)
                .param("communes", ReportCells.ids(List.of(communeId)))
                .param("years", "{" + year + "}")
                .param("commune", communeId)
                .query(rs -> {
                    Map<String, Long> m = byVillage.computeIfAbsent(rs.getLong(1), v -> new HashMap<>());
                    m.put(rs.getString(2) + "|HH", rs.getLong(3));
                    m.put(rs.getString(2) + "|PERSONS", rs.getLong(4));
                });
        if (byVillage.isEmpty()) {
            return byVillage;
        }
        jdbc.sql("SELECT hu.id, count(*) FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id"
                        + " WHERE hu.level = 'VILLAGE' AND hu.parent_id = :commune AND NOT h.voided GROUP BY 1")
                .param("commune", communeId)
                .query(rs -> {
                    byVillage
                            .computeIfAbsent(rs.getLong(1), v -> new HashMap<>())
                            .put("REGISTERED|HH", rs.getLong(2));
                });
        return byVillage;
    }

    /** Resident households recorded per unit and year, the rates' denominator where present (planning's). */
    Map<Long, Long> recordedHouseholds(List<Long> unitIds, int year) {
        return targets.recordedHouseholds(unitIds, year);
    }

    /** The recognised campaign in force for a commune of the subtree and year (form f, the lists). */
    record Basis(
            long communeId,
            String communeName,
            long campaignId,
            String kind,
            int campaignYear,
            Integer month,
            int listYear,
            String decisionNumber,
            LocalDate decisionDate,
            String heldFrom) {}

    List<Basis> basis(String path, int year) {
        return jdbc.sql("""
                        SELECT b.unit_id, coalesce(cu.kind || ' ', '') || cu.name, c.campaign_id, c.kind, c.year, c.month,
                               c.list_year, c.decision_number, c.decision_date,
                               CASE WHEN c.unit_id <> b.unit_id THEN coalesce(pu.kind || ' ', '') || pu.name END
                        FROM report_basis b JOIN admin_unit cu ON cu.id = b.unit_id
                        JOIN review_lists_in_force c ON c.campaign_id = b.campaign_id
                        JOIN admin_unit pu ON pu.id = c.unit_id
                        WHERE b.list_year = :year AND cu.path LIKE :path
                        ORDER BY cu.path, pu.path
                        """)
                .param("year", year)
                .param("path", path + "%")
                .query((rs, n) -> new Basis(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getInt(5),
                        (Integer) rs.getObject(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getString(10)))
                .list();
    }

    /** Whether a target is set for a unit of the subtree in the year (planning's). */
    boolean anyTarget(String path, int year) {
        return targets.anyTarget(path, year);
    }
}
