package vn.giamngheo.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.standard.PovertyStandards;

/**
 * Alkire–Foster measures over recognised households (docs/domain/poverty-standards.md §6): the
 * households of a unit's subtree in the lists in force for a year and every other household those
 * reviews found (their deprivations are in the review's published rows), or one campaign's households
 * (provisional until recognition). PostgreSQL groups the households by deprivation profile and
 * subgroup (at most 2^d profiles per subgroup); the pure {@link AlkireFoster} computes on those
 * weighted profiles, which gives exactly the figures of a household-by-household computation.
 */
@Service
class Mpi {
    private final JdbcClient jdbc;
    private final ReportStore store;
    private final Reports reports;
    private final Reviews reviews;
    private final AdminUnits units;
    private final PovertyStandards standards;
    private final MessageSource messages;
    private final AuditLog audit;

    Mpi(
            JdbcClient jdbc,
            ReportStore store,
            Reports reports,
            Reviews reviews,
            AdminUnits units,
            PovertyStandards standards,
            MessageSource messages,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.reports = reports;
        this.reviews = reviews;
        this.units = units;
        this.standards = standards;
        this.messages = messages;
        this.audit = audit;
    }

    /** Where the households come from: a unit and year, or one campaign. */
    record Population(
            String sql,
            Map<String, Object> params,
            AdminUnit unit,
            Integer year,
            boolean provisional,
            String standardId) {}

    Population population(Actor actor, Long unitId, Integer year, Long reviewId, boolean needsInput) {
        if (reviewId != null) {
            ReviewCampaign c = reviews.get(actor, reviewId);
            actor.require(vn.giamngheo.shared.Permission.REPORT_READ);
            String sql =
                    "pop AS (SELECT r.household_id, CAST(:commune AS bigint) AS commune_id, r.household_class AS cls,"
                            + " r.persons, r.deprivations, r.input FROM review_rows r WHERE r.campaign_id = :campaign"
                            + " AND r.household_class IN ('POOR', 'NEAR_POOR', 'MIDDLE', 'NOT_POOR'))";
            return new Population(
                    sql,
                    Map.of("campaign", reviewId, "commune", c.unitId()),
                    units.get(c.unitId()),
                    null,
                    !c.recognised(),
                    c.standardId());
        }
        if (unitId == null || year == null) {
            throw vn.giamngheo.shared.InvalidInput.of("unitId", Message.of("reporting.mpiWhich"));
        }
        AdminUnit unit = reports.readableUnit(actor, unitId);
        // the communes holding lists for the year (a successor holds its predecessors' until it has its own)
        List<Long> communes = jdbc.sql(
                        "SELECT DISTINCT f.unit_id FROM review_lists_held(ARRAY(SELECT cu.id FROM admin_unit cu"
                                + " WHERE cu.level = 'COMMUNE' AND cu.path LIKE :path), ARRAY[CAST(:year AS int)]) f")
                .param("year", year)
                .param("path", unit.path() + "%")
                .query(Long.class)
                .list();
        List<String> standardIds = communes.isEmpty()
                ? List.of()
                : jdbc.sql(
                                "SELECT DISTINCT standard_id FROM review_lists_held(CAST(:c AS bigint[]), ARRAY[CAST(:year AS"
                                        + " int)])")
                        .param("c", ReportCells.ids(communes))
                        .param("year", year)
                        .query(String.class)
                        .list();
        // the survey input only where a subgroup needs it (area, ethnicity): fetching it for every household is costly
        String sql =
                CellSql.IN_FORCE + ",\npop AS (SELECT hh.household_id, hh.unit_id AS commune_id, hh.cls, hh.persons,"
                        + " hh.deprivations, " + (needsInput ? "rr.input" : "NULL::jsonb AS input")
                        + " FROM hh" + (needsInput ? " LEFT JOIN review_rows rr ON rr.row_id = hh.row_id" : "")
                        + " WHERE hh.deprivations IS NOT NULL AND hh.cls <> 'UNDETERMINED')";
        Map<String, Object> params = Map.of("communes", ReportCells.ids(communes), "years", "{" + year + "}");
        return new Population(sql, params, unit, year, false, standardIds.size() == 1 ? standardIds.get(0) : null);
    }

    /** The standard's indicators (NĐ 07/2021's twelve when the households fall under several standards). */
    List<String> defaultCodes(Population p) {
        if (p.standardId() == null) {
            return FormLayouts.INDICATORS;
        }
        return standards.get(p.standardId(), null).indicators().stream()
                .map(i -> i.code().name())
                .toList();
    }

    List<MpiResult> measures(Actor actor, Population p, MpiQuery q, Locale locale) {
        String group = switch (q.by()) {
            case NONE -> "NULL";
            case CHILD_UNIT -> "split_part(cu.path, '/', " + (p.unit().depth() + 2) + ")";
            case AREA -> "coalesce(p.input->>'area', h.area)";
            case ETHNICITY -> CellSql.headEthnicity("p");
            case CLASS -> "p.cls";
            case GROUP ->
                "((CASE WHEN h.ethnic_minority THEN 1 ELSE 0 END) | (CASE WHEN h.labour_capacity = false"
                        + " THEN 2 ELSE 0 END) | (CASE WHEN h.person_of_merit THEN 4 ELSE 0 END) | (CASE WHEN"
                        + " h.female_head THEN 8 ELSE 0 END) | (CASE WHEN h.social_protection THEN 16 ELSE 0 END))::text";
        };
        boolean kept = p.year() != null
                && (q.by() == MpiQuery.By.NONE || q.by() == MpiQuery.By.CLASS || q.by() == MpiQuery.By.CHILD_UNIT);
        List<Profile> profiles = kept ? keptProfiles(p, q) : liveProfiles(p, q, group);
        int d = q.codes().size();
        List<AlkireFoster.Observation> obs = new ArrayList<>();
        List<Integer> masks = new ArrayList<>();
        for (Profile row : profiles) {
            boolean[] deprived = new boolean[d];
            for (int j = 0; j < d; j++) {
                deprived[j] = (row.mask() & (1 << j)) != 0;
            }
            double size = q.persons() ? row.persons() : row.households();
            boolean overlapping = q.by() == MpiQuery.By.GROUP;
            obs.add(new AlkireFoster.Observation(deprived, size, overlapping ? null : row.group()));
            masks.add(overlapping ? Integer.parseInt(row.group()) : 0);
        }
        Map<String, String> names = groupNames(p, q.by(), locale);
        List<MpiResult> results = new ArrayList<>();
        for (double k : q.ks()) {
            AlkireFoster.Result r = AlkireFoster.compute(q.codes(), q.weights(), k, obs);
            List<MpiResult.Group> groups = new ArrayList<>();
            if (q.by() == MpiQuery.By.GROUP) {
                for (int g = 0; g < FormLayouts.GROUPS.size(); g++) {
                    List<AlkireFoster.Observation> members = new ArrayList<>();
                    for (int i = 0; i < obs.size(); i++) {
                        if ((masks.get(i) & (1 << g)) != 0) {
                            members.add(obs.get(i));
                        }
                    }
                    AlkireFoster.Result gr = AlkireFoster.compute(q.codes(), q.weights(), k, members);
                    double share = r.n() == 0 ? 0 : gr.n() / r.n();
                    String key = FormLayouts.GROUPS.get(g);
                    groups.add(new MpiResult.Group(
                            key,
                            names.getOrDefault(key, key),
                            gr.n(),
                            share,
                            gr.headcount(),
                            gr.intensity(),
                            gr.m0(),
                            r.m0() == 0 ? 0 : share * gr.m0() / r.m0()));
                }
            } else {
                for (AlkireFoster.GroupResult g : r.groups()) {
                    groups.add(new MpiResult.Group(
                            g.group(),
                            names.getOrDefault(g.group(), g.group()),
                            g.n(),
                            g.populationShare(),
                            g.headcount(),
                            g.intensity(),
                            g.m0(),
                            g.contribution()));
                }
            }
            Map<String, MpiResult.Indicator> indicators = new LinkedHashMap<>();
            r.indicators()
                    .forEach((code, ir) -> indicators.put(
                            code,
                            new MpiResult.Indicator(ir.weight(), ir.uncensored(), ir.censored(), ir.contribution())));
            results.add(new MpiResult(
                    k,
                    q.persons() ? "PERSON" : "HOUSEHOLD",
                    r.n(),
                    r.q(),
                    r.headcount(),
                    r.intensity(),
                    r.m0(),
                    indicators,
                    groups,
                    p.provisional()));
        }
        return results;
    }

    /** Households (and persons) with one deprivation profile (bit j: the query's code j) in one subgroup. */
    record Profile(int mask, String group, long households, long persons) {}

    /** From the households themselves (a campaign, or subgroups the kept profiles do not have). */
    private List<Profile> liveProfiles(Population p, MpiQuery q, String group) {
        Map<String, Object> params = new HashMap<>(p.params());
        params.put("codes", q.codesArray());
        return jdbc.sql("WITH " + p.sql() + "\nSELECT m.mask, " + group
                        + " AS grp, count(*), coalesce(sum(p.persons), 0) FROM pop p"
                        + " JOIN household_register h ON h.id = p.household_id JOIN admin_unit cu ON cu.id = p.commune_id"
                        + " CROSS JOIN LATERAL (SELECT coalesce(sum(1 << (array_position(CAST(:codes AS text[]), x) - 1)),"
                        + " 0)::int AS mask FROM unnest(p.deprivations) x WHERE x = ANY (CAST(:codes AS text[]))) m"
                        + " GROUP BY 1, 2")
                .params(params)
                .query((rs, n) -> new Profile(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * From the kept PROFILE cells of the unit (or of its children, by child unit): the same households
     * the live query counts, kept up to date at each recognition (CellSql).
     */
    private List<Profile> keptProfiles(Population p, MpiQuery q) {
        List<Long> ids = q.by() == MpiQuery.By.CHILD_UNIT
                ? units.children(p.unit().id()).stream().map(AdminUnit::id).toList()
                : List.of(p.unit().id());
        int[] ordinals = q.codes().stream()
                .mapToInt(c -> vn.giamngheo.standard.Indicator.valueOf(c).ordinal())
                .toArray();
        Map<String, long[]> sums = new LinkedHashMap<>();
        store.cells(ids, p.year(), "PROFILE")
                .forEach((unitId, cells) -> cells.forEach((key, value) -> {
                    // key "m:MASK:CLASS|COL"
                    String[] parts = key.split("[:|]");
                    long all = Long.parseLong(parts[1]);
                    int mask = 0;
                    for (int j = 0; j < ordinals.length; j++) {
                        if ((all & (1L << ordinals[j])) != 0) {
                            mask |= 1 << j;
                        }
                    }
                    String group = switch (q.by()) {
                        case CLASS -> parts[2];
                        case CHILD_UNIT -> Long.toString(unitId);
                        default -> "";
                    };
                    long[] sum = sums.computeIfAbsent(mask + "\t" + group, x -> new long[2]);
                    sum[parts[3].equals("HH") ? 0 : 1] += value;
                }));
        List<Profile> out = new ArrayList<>();
        sums.forEach((key, sum) -> {
            String[] kg = key.split("\t", -1);
            out.add(new Profile(Integer.parseInt(kg[0]), kg[1].isEmpty() ? null : kg[1], sum[0], sum[1]));
        });
        return out;
    }

    private Map<String, String> groupNames(Population p, MpiQuery.By by, Locale locale) {
        Map<String, String> names = new HashMap<>();
        switch (by) {
            case CHILD_UNIT ->
                units.children(p.unit().id()).forEach(u -> names.put(Long.toString(u.id()), u.fullName()));
            case GROUP ->
                FormLayouts.GROUPS.forEach(
                        g -> names.put(g, messages.getMessage("report.group." + g, null, g, locale)));
            case CLASS ->
                List.of("POOR", "NEAR_POOR", "MIDDLE", "NOT_POOR")
                        .forEach(c -> names.put(c, messages.getMessage("report.class." + c, null, c, locale)));
            default -> {}
        }
        return names;
    }

    /** The households behind h_j(k): multidimensionally poor and deprived in {@code indicator}, within jurisdiction. */
    record DrillRow(
            long householdId, String code, String headName, String commune, String householdClass, double score) {}

    record Drill(long total, List<DrillRow> items) {}

    Drill households(Actor actor, Population p, MpiQuery q, double k, String indicator, int limit, int offset) {
        actor.require(vn.giamngheo.shared.Permission.HOUSEHOLD_READ);
        if (!q.codes().contains(indicator)) {
            throw vn.giamngheo.shared.InvalidInput.of(
                    "indicator", Message.of("reporting.mpiIndicator", indicator, String.join(", ", q.codes())));
        }
        Map<String, Object> params = new HashMap<>(p.params());
        params.put("codes", q.codesArray());
        params.put("weights", q.weightsArray());
        params.put("indicator", indicator);
        params.put("k", k - 1e-9);
        params.put("limit", Math.max(1, Math.min(limit, 1000)));
        params.put("offset", Math.max(0, offset));
        long[] total = {0};
        List<DrillRow> rows = ScopedSql.of(jdbc, actor.jurisdiction(), "WITH " + p.sql() + """

                        SELECT p.household_id, h.code, h.head_name, coalesce(cu.kind || ' ', '') || cu.name, p.cls, s.score,
                               count(*) OVER () AS total
                        FROM pop p JOIN household_register h ON h.id = p.household_id JOIN admin_unit cu ON cu.id = p.commune_id
                        CROSS JOIN LATERAL (SELECT coalesce(sum(w.w), 0) AS score
                                            FROM unnest(CAST(:codes AS text[]), CAST(:weights AS float8[])) w(code, w)
                                            WHERE w.code = ANY (p.deprivations)) s
                        WHERE :indicator = ANY (p.deprivations) AND s.score >= :k AND cu.path LIKE ANY (:scope)
                        ORDER BY cu.path, h.code LIMIT :limit OFFSET :offset
                        """)
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong(7);
                    return new DrillRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getDouble(6));
                })
                .list();
        audit.read(actor, "MpiHouseholds", indicator, null, "k=" + k + " offset=" + offset);
        return new Drill(total[0], rows);
    }
}
