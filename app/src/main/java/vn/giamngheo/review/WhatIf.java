package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.Explanation;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.PovertyStandards;
import vn.giamngheo.standard.Reclassification;

/**
 * What-if for a change of standard (the 2027 switch from NĐ 07/2021 to NĐ 351/2025): the
 * households of a unit's recognised lists in force for a year, re-classified from the facts their
 * review recorded under a second standard, with who changes class — counts by from → to, per child
 * unit, and the households. Nothing is stored.
 *
 * <p>Ticks recorded for the first standard cannot say anything about an indicator only the second
 * one uses (NĐ 351's WASTE): when that happens the ticks are set aside and every indicator is
 * derived from the recorded facts, and the household is marked so; a tick for an indicator the
 * second standard no longer uses is dropped.
 */
@Service
public class WhatIf {
    private static final int FETCH = 2_000;
    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final PovertyStandards standards;
    private final AuditLog audit;

    WhatIf(JdbcClient jdbc, AdminUnits units, PovertyStandards standards, AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.standards = standards;
        this.audit = audit;
    }

    /** The comparison. {@code changed} lists only households whose class differs, at most {@code limit}. */
    public record Result(
            String unitName,
            int listYear,
            String standard,
            int standardVersion,
            long households,
            long changedCount,
            Map<String, Long> fromTo,
            Map<String, Map<String, Long>> byChildUnit,
            List<Change> changed,
            long derivedFromFacts) {}

    /**
     * One household whose class would change; {@code reasons} in the exchange format's English,
     * {@code explanation} the same reasons (and warnings) as values for the page to word.
     */
    public record Change(
            long householdId,
            String code,
            String headName,
            String childUnit,
            String from,
            String to,
            List<String> reasons,
            Explanation explanation,
            boolean derivedFromFacts) {}

    private record Row(
            long householdId,
            String code,
            String headName,
            String path,
            String input,
            String recognised,
            String source) {}

    /** A changed household with what orders the list: its commune's path, then its code. */
    private record Ranked(String path, String code, Change change) {}

    /** The heap's head is the changed household that comes last, the first to drop. */
    private static final Comparator<Ranked> LATEST_FIRST =
            Comparator.comparing(Ranked::path).thenComparing(Ranked::code).reversed();

    @Transactional(readOnly = true)
    public Result compare(Actor actor, long unitId, int listYear, String standardId, Integer version, int limit) {
        actor.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = units.get(unitId);
        PovertyStandard target = standards.forClassification(standardId, version);
        Map<String, Object> params = new HashMap<>();
        params.put("path", unit.path() + "%");
        params.put("years", "{" + listYear + "}");
        Map<Long, String> childNames = new HashMap<>();
        units.children(unitId).forEach(c -> childNames.put(c.id(), c.fullName()));
        Tally tally = new Tally(unit, target, childNames, limit);
        // streamed (a province's lists are a million rows): read in batches inside this read-only
        // transaction, so the memory used is the tally, not the rows
        ScopedSql.of(jdbc, actor.jurisdiction(), """
                        WITH latest AS (
                            SELECT c.campaign_id AS id, u.path, c.standard_id
                            FROM review_in_force(CAST(:years AS int[])) c JOIN admin_unit u ON u.id = c.unit_id
                            WHERE u.path LIKE :path AND u.path LIKE ANY (:scope))
                        SELECT rh.household_id, rh.household_code, h.head_name, l.path, rh.input::text, rh.household_class, l.standard_id
                        FROM latest l JOIN review_household rh ON rh.campaign_id = l.id JOIN household_register h ON h.id = rh.household_id
                        WHERE rh.input IS NOT NULL
                        """)
                .withFetchSize(FETCH)
                .params(params)
                .query(rs -> {
                    tally.add(new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7)));
                });
        // the changed households are listed by code and head's name
        audit.read(
                actor,
                "WhatIf",
                unitId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                target.id() + " v" + target.version() + " list " + listYear);
        return new Result(
                unit.fullName(),
                listYear,
                target.id(),
                target.version(),
                tally.households,
                tally.changedCount,
                tally.fromTo,
                tally.byChild(),
                tally.changed(),
                tally.derived);
    }

    /** The counts of a comparison, row by row. */
    private final class Tally {
        private final AdminUnit unit;
        private final PovertyStandard target;
        private final Map<Long, String> childNames;
        private final int limit;
        private final Map<String, Long> fromTo = new TreeMap<>();
        // unsorted rows (sorting a province's million survey inputs in the database cost more than
        // classifying them): the children are put in path order, and the first `limit` changed
        // households by path and code are kept in a bounded heap, at the end
        private final Map<String, Map<String, Long>> byChild = new HashMap<>();
        private final Map<String, String> childPath = new HashMap<>();
        private final PriorityQueue<Ranked> changed = new PriorityQueue<>(LATEST_FIRST);
        private final Map<String, Boolean> coverage = new HashMap<>();
        private long households;
        private long changedCount;
        private long derived;

        Tally(AdminUnit unit, PovertyStandard target, Map<Long, String> childNames, int limit) {
            this.unit = unit;
            this.target = target;
            this.childNames = childNames;
            this.limit = limit;
        }

        void add(Row row) {
            households++;
            HouseholdInput input = ExchangeFormat.parse(row.input());
            // the coverage of the source standard is looked up only where there are ticks to keep or set aside
            boolean covered = input.deprivations() == null
                    || coverage.computeIfAbsent(row.source(), source -> covers(source, target));
            Reclassification.Outcome outcome = Reclassification.classify(input, covered, target);
            boolean fromFacts = outcome.derivedFromFacts();
            if (fromFacts) {
                derived++;
            }
            Classification c = outcome.classification();
            String from = row.recognised() == null ? "NONE" : row.recognised();
            String to = c.householdClass().name();
            String key = from + "→" + to;
            fromTo.merge(key, 1L, Long::sum);
            String child = childName(unit, row.path(), childNames);
            byChild.computeIfAbsent(child, k -> new TreeMap<>()).merge(key, 1L, Long::sum);
            childPath.merge(child, row.path(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            if (!from.equals(to)) {
                changedCount++;
                Ranked r = new Ranked(row.path(), row.code(), null);
                if (limit > 0 && (changed.size() < limit || LATEST_FIRST.compare(r, changed.peek()) > 0)) {
                    changed.add(new Ranked(
                            row.path(),
                            row.code(),
                            new Change(
                                    row.householdId(),
                                    row.code(),
                                    row.headName(),
                                    child,
                                    from,
                                    to,
                                    c.reasonTexts(),
                                    Explanation.of(c),
                                    fromFacts)));
                    if (changed.size() > limit) {
                        changed.poll();
                    }
                }
            }
        }

        Map<String, Map<String, Long>> byChild() {
            Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
            byChild.keySet().stream()
                    .sorted(Comparator.comparing(childPath::get))
                    .forEach(k -> ordered.put(k, byChild.get(k)));
            return ordered;
        }

        List<Change> changed() {
            List<Ranked> ranked = new ArrayList<>(changed);
            ranked.sort(LATEST_FIRST.reversed());
            return ranked.stream().map(Ranked::change).toList();
        }
    }

    /** Whether the standard the households were reviewed under has every indicator the target uses. */
    private boolean covers(String source, PovertyStandard target) {
        return source.equals(target.id()) || Reclassification.covers(standards.forClassification(source, null), target);
    }

    private static String childName(AdminUnit unit, String communePath, Map<Long, String> childNames) {
        String rest = communePath.substring(unit.path().length());
        if (rest.isEmpty()) {
            return unit.fullName();
        }
        long childId = Long.parseLong(rest.substring(0, rest.indexOf('/')));
        return childNames.getOrDefault(childId, String.valueOf(childId));
    }

    static void requireYear(int year) {
        if (year < 2000 || year > 2200) {
            throw InvalidInput.of("year", Message.of("review.listYear", String.valueOf(year)));
        }
    }
}
