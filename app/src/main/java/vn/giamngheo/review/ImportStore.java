package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.shared.TextFolding;

/** The set-based SQL of an import, on the staging table {@value ReviewImport#STAGE} of the import's transaction. */
@Repository
class ImportStore {
    private static final String STAGE = ReviewImport.STAGE;
    /** The transitions of the staged households, computed before the rows are written. */
    private static final String OUTCOME = "review_import_outcome";

    private final JdbcClient jdbc;
    private final AdminUnits units;

    ImportStore(JdbcClient jdbc, AdminUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    int newHouseholds() {
        return jdbc.sql("SELECT count(*) FROM " + STAGE
                        + " s WHERE NOT EXISTS (SELECT 1 FROM household_register h WHERE h.code = s.code)")
                .query(Integer.class)
                .single();
    }

    /**
     * What only the database knows: households registered elsewhere or voided; new ones that cannot
     * be registered. Where a household lives elsewhere is said only when that place is inside the
     * importer's jurisdiction; otherwise the answer says no more than "not in this commune", so an
     * import cannot be used to find where someone lives.
     */
    List<Problem> databaseProblems(
            Jurisdiction importer, ReviewCampaign c, AdminUnit commune, Map<String, List<Problem>> registration) {
        List<Problem> problems = new ArrayList<>(ScopedSql.of(jdbc, importer, """
                        SELECT s.line, s.code, coalesce(hu.kind || ' ', '') || hu.name, h.voided, h.void_reason,
                               hu.path LIKE ANY (:scope)
                        FROM %s s JOIN household_register h ON h.code = s.code JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE h.voided OR hu.path NOT LIKE :path
                        """.formatted(STAGE))
                .param("path", commune.path() + "%")
                .query((rs, n) -> {
                    String code = rs.getString(2);
                    Problem p = !rs.getBoolean(6)
                            ? Problem.of("ref", "review.householdNotHere", code, c.communeName())
                            : rs.getBoolean(4)
                                    ? Problem.of("ref", "review.import.voided", code, rs.getString(5))
                                    : Problem.of(
                                            "ref", "review.import.elsewhere", code, rs.getString(3), c.communeName());
                    return p.at(rs.getInt(1), code);
                })
                .list());
        if (!registration.isEmpty()) {
            java.util.Set<String> registered = new java.util.HashSet<>(jdbc.sql(
                            "SELECT code FROM household_register WHERE code = ANY (CAST(:codes AS text[]))")
                    .param(
                            "codes",
                            ReviewHouseholdStore.textArray(registration.keySet().stream()
                                    .map(code ->
                                            "\"" + code.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                                    .toList()))
                    .query(String.class)
                    .list());
            registration.forEach((code, list) -> {
                if (!registered.contains(code)) {
                    problems.addAll(list);
                }
            });
        }
        return problems;
    }

    /**
     * Inserts new rows and updates changed ones by household code, each with its previous class
     * and transition; returns {added, changed}. Two statements (decision 1820): the transitions of
     * the staged households go to a table of their own first, with statistics, and the rows are
     * then written from the staged rows joined to it. In one statement the planner could not know
     * how many households the transition rules let through (it guessed 3 of 5,000) and compared
     * every staged row with every transition — quadratic in the size of the file.
     */
    int[] upsert(Actor actor, ReviewCampaign c, java.time.Instant at) {
        jdbc.sql("DROP TABLE IF EXISTS " + OUTCOME).update();
        jdbc.sql("CREATE TEMP TABLE " + OUTCOME
                        + " (household_id bigint PRIMARY KEY, before text, transition text) ON COMMIT DROP")
                .update();
        jdbc.sql("INSERT INTO " + OUTCOME + " (household_id, before, transition) SELECT o.household_id, o.before,"
                        + " o.transition FROM ("
                        + OutcomeSql.reviewedEachOnce("SELECT CAST(:c AS bigint) AS campaign_id, CAST(:commune AS"
                                + " bigint) AS unit_id, h.id AS household_id, CAST(NULL AS bigint) AS row_id,"
                                + " s.persons, s.class AS household_class FROM " + STAGE
                                + " s JOIN household_register h ON h.code = s.code")
                        + ") o")
                .param("c", c.id())
                .param("commune", c.unitId())
                .update();
        jdbc.sql("ANALYZE " + OUTCOME).update();
        int[] counts = new int[2];
        jdbc.sql("""
                        WITH up AS (
                            INSERT INTO review_household AS rh (province_id, campaign_id, household_id, household_code, village_id,
                                   source, input, household_class, deprivations, reasons, warnings, explanation, standard_id, standard_version,
                                   persons, previous_class, transition, created_at, created_by, changed_at, changed_by)
                            SELECT h.province_id, :c, h.id, s.code, CASE WHEN hu.level = 'VILLAGE' THEN hu.id END, 'IMPORT',
                                   s.input, s.class, s.deprivations, s.reasons, s.warnings, s.explanation, :standard, :version,
                                   s.persons, o.before, o.transition, :at, :by, :at, :by
                            FROM %1$s s JOIN household_register h ON h.code = s.code JOIN admin_unit hu ON hu.id = h.unit_id
                            JOIN %2$s o ON o.household_id = h.id
                            ON CONFLICT (province_id, campaign_id, household_id) DO UPDATE SET village_id = EXCLUDED.village_id,
                                   input = EXCLUDED.input, household_class = EXCLUDED.household_class,
                                   deprivations = EXCLUDED.deprivations, reasons = EXCLUDED.reasons,
                                   warnings = EXCLUDED.warnings, explanation = EXCLUDED.explanation,
                                   standard_id = EXCLUDED.standard_id,
                                   standard_version = EXCLUDED.standard_version, persons = EXCLUDED.persons,
                                   previous_class = EXCLUDED.previous_class, transition = EXCLUDED.transition,
                                   version = rh.version + 1, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by
                            WHERE rh.input IS DISTINCT FROM EXCLUDED.input
                               OR rh.household_class IS DISTINCT FROM EXCLUDED.household_class
                               OR rh.standard_version IS DISTINCT FROM EXCLUDED.standard_version
                               OR rh.village_id IS DISTINCT FROM EXCLUDED.village_id
                               OR rh.transition IS DISTINCT FROM EXCLUDED.transition
                            RETURNING (version = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up
                        """.formatted(STAGE, OUTCOME))
                .param("c", c.id())
                .param("standard", c.standardId())
                .param("version", c.standardVersion())
                .param("at", java.sql.Timestamp.from(at))
                .param("by", actor.username())
                .query(rs -> {
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                });
        return counts;
    }

    /** The commune's villages by folded name, both "1" and "Thôn 1". */
    Map<String, Long> villages(AdminUnit commune) {
        Map<String, Long> byName = new HashMap<>();
        for (AdminUnit v : units.children(commune.id())) {
            if ("VILLAGE".equals(v.level()) && !v.retired()) {
                byName.put(TextFolding.fold(v.name()), v.id());
                byName.put(TextFolding.fold(v.fullName()), v.id());
            }
        }
        return byName;
    }
}
