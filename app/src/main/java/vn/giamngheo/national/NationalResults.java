package vn.giamngheo.national;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.standard.Explanation;

/**
 * What a finished national run found, as the pages and the API show it. Counts and measures are the
 * country's (no person in them); the households that change class and the duplicated citizen IDs are
 * personal data, read within the reader's jurisdiction and audited.
 */
@Service
public class NationalResults {
    private final JdbcClient jdbc;
    private final AuditLog audit;

    NationalResults(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A province's households by class before → after ({@code derived}: ticks set aside for the facts). */
    public record ProvinceCount(
            long provinceId, String province, String from, String to, long households, long derived) {}

    /** A household whose class would change, with the reasons as values for the page to word. */
    public record Change(
            long householdId,
            String code,
            String headName,
            String commune,
            String from,
            String to,
            boolean derivedFromFacts,
            Explanation explanation) {}

    /** A subgroup's measures (or the country's, dimension COUNTRY) at one k. */
    public record MpiGroup(
            String dimension,
            String key,
            String name,
            double n,
            double q,
            double h,
            double a,
            double m0,
            double share,
            double contribution) {}

    /** An indicator's weight, headcount ratios and contribution within the country or a group. */
    public record MpiIndicator(
            String indicator, double weight, double uncensored, double censored, double contribution) {}

    /** A household holding a citizen ID that is also in another household (another province for PROVINCES). */
    public record Duplicate(
            String kind,
            String citizenId,
            long householdId,
            String code,
            String headName,
            String place,
            int households,
            int provinces) {}

    public List<ProvinceCount> whatIfByProvince(long runId) {
        return jdbc.sql("""
                        SELECT c.province_id, coalesce(p.kind || ' ', '') || p.name, c.from_class, c.to_class,
                               sum(c.households), sum(c.derived)
                        FROM national_whatif_count c JOIN admin_unit p ON p.id = c.province_id
                        WHERE c.run_id = :run GROUP BY 1, 2, 3, 4, p.path ORDER BY p.path, 3, 4""")
                .param("run", runId)
                .query((rs, n) -> new ProvinceCount(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /** The changed households within the reader's jurisdiction, by commune and code; total with them. */
    public record Changes(long total, List<Change> items) {}

    public Changes changes(Actor actor, long runId, int limit, int offset) {
        NationalRuns.requireCountry(actor);
        long[] total = {0};
        List<Change> items = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT c.household_id, c.household_code, h.head_name, coalesce(u.kind || ' ', '') || u.name,
                               c.from_class, c.to_class, c.derived, c.explanation::text, count(*) OVER ()
                        FROM national_whatif_change c JOIN household_register h ON h.id = c.household_id
                        JOIN admin_unit u ON u.id = c.commune_id
                        WHERE c.run_id = :run AND c.commune_path LIKE ANY (:scope)
                        ORDER BY c.commune_path, c.household_code LIMIT :limit OFFSET :offset""")
                .param("run", runId)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .param("offset", Math.max(0, offset))
                .query((rs, n) -> {
                    total[0] = rs.getLong(9);
                    return new Change(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getBoolean(7),
                            Explanation.fromJson(rs.getString(8)));
                })
                .list();
        audit.read(actor, "NationalWhatIf", runId, null, "offset=" + offset);
        return new Changes(total[0], items);
    }

    public List<MpiGroup> mpiGroups(long runId, double k, String dimension) {
        return jdbc.sql("""
                        SELECT g.dimension, g.group_key,
                               CASE WHEN g.dimension IN ('PROVINCE', 'COMMUNE') THEN coalesce(u.kind || ' ', '') || u.name
                                    ELSE g.group_key END,
                               g.n, g.q, g.h, g.a, g.m0, g.share, g.contribution
                        FROM national_mpi_group g
                        LEFT JOIN admin_unit u
                          ON u.id = CASE WHEN g.dimension IN ('PROVINCE', 'COMMUNE') THEN CAST(g.group_key AS bigint) END
                        WHERE g.run_id = :run AND g.k = :k AND g.dimension = :dimension
                        ORDER BY coalesce(g.group_path, ''), g.m0 DESC, g.group_key""")
                .param("run", runId)
                .param("k", k)
                .param("dimension", dimension)
                .query((rs, n) -> new MpiGroup(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getDouble(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        rs.getDouble(9),
                        rs.getDouble(10)))
                .list();
    }

    public List<MpiIndicator> mpiIndicators(long runId, double k, String dimension, String key) {
        return jdbc.sql("""
                        SELECT indicator, weight, uncensored, censored, contribution FROM national_mpi_indicator
                        WHERE run_id = :run AND k = :k AND dimension = :dimension AND group_key = :key
                        ORDER BY array_position((SELECT codes FROM national_run WHERE id = :run), indicator)""")
                .param("run", runId)
                .param("k", k)
                .param("dimension", dimension)
                .param("key", key)
                .query((rs, n) -> new MpiIndicator(
                        rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
    }

    /** The number of distinct citizen IDs found, of each kind. */
    public record DuplicateCounts(long inTwoProvinces, long inTwoHouseholds) {}

    public DuplicateCounts duplicateCounts(long runId) {
        return jdbc.sql("SELECT count(DISTINCT citizen_id) FILTER (WHERE kind = 'PROVINCES'),"
                        + " count(DISTINCT citizen_id) FILTER (WHERE kind = 'HOUSEHOLDS') FROM national_duplicate"
                        + " WHERE run_id = :run")
                .param("run", runId)
                .query((rs, n) -> new DuplicateCounts(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    public List<Duplicate> duplicates(Actor actor, long runId, String kind, int limit, int offset) {
        NationalRuns.requireCountry(actor);
        List<Duplicate> rows = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT d.kind, d.citizen_id, d.household_id, h.code, h.head_name,
                               coalesce(u.kind || ' ', '') || u.name, d.households, d.provinces
                        FROM national_duplicate d JOIN household_register h ON h.id = d.household_id
                        JOIN admin_unit u ON u.id = h.unit_id
                        WHERE d.run_id = :run AND d.kind = :kind AND d.commune_path LIKE ANY (:scope)
                        ORDER BY d.citizen_id, d.commune_path, h.code LIMIT :limit OFFSET :offset""")
                .param("run", runId)
                .param("kind", kind)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .param("offset", Math.max(0, offset))
                .query((rs, n) -> new Duplicate(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getInt(8)))
                .list();
        audit.read(actor, "NationalDuplicates", runId, null, kind + " offset=" + offset);
        return rows;
    }
}
