package vn.giamngheo.household;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.shared.TextFolding;

/**
 * The registry's bulk path, for imports of tens of thousands of households in one transaction:
 * set-based SQL instead of one call per household. It applies the registry's own rules (the same
 * checks, derived groups and folded names as {@link HouseholdRegistry}), keeps a CREATE or
 * RECOGNISED snapshot per household for the history, and writes one audit entry per call listing
 * the households it changed.
 *
 * <p>The caller stages households in a (temporary) table with the columns {@link #STAGED_COLUMNS}:
 * the code, the unit, the household in the exchange format (docs/domain/household-format.md; its members are
 * the registry's members with an age instead of a year of birth), the year the ages were taken
 * in, and the registry's own facts from {@link #stagingFacts(HouseholdData)}.
 */
@Service
public class HouseholdBulk {
    private static final Pattern RELATION = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final java.time.Clock clock;

    HouseholdBulk(JdbcClient jdbc, AuditLog audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What would stop the registry from registering this household: its own checks, field by field. */
    public static List<Problem> problems(HouseholdData data, int currentYear) {
        return HouseholdValidation.problems(data, currentYear);
    }

    /** The columns of a staging relation, in this order (for COPY). */
    public static final String STAGED_COLUMNS = "code, unit_id, input, reference_year, head_name, head_search,"
            + " labour_capacity, ethnic_minority, person_of_merit, social_protection, female_head, member_search";

    /** Their types, for CREATE TABLE. */
    public static final String STAGED_COLUMN_TYPES = "code text, unit_id bigint, input jsonb, reference_year int,"
            + " head_name text, head_search text, labour_capacity boolean, ethnic_minority boolean,"
            + " person_of_merit boolean, social_protection boolean, female_head boolean, member_search text[]";

    /** What the registry derives for a household it registers: groups (docs/domain/poverty-standards.md §5) and folded names. */
    public record StagedFacts(
            String headName,
            String headSearch,
            Boolean labourCapacity,
            boolean ethnicMinority,
            boolean personOfMerit,
            boolean socialProtection,
            boolean femaleHead,
            List<String> memberSearch) {}

    public static StagedFacts stagingFacts(HouseholdData data) {
        HouseholdData d = data.withDerivedGroups();
        List<String> search = new ArrayList<>(d.members().size());
        for (Member m : d.members()) {
            search.add(TextFolding.fold(m.name()));
        }
        return new StagedFacts(
                d.headName() == null ? null : d.headName().trim(),
                TextFolding.fold(d.headName()),
                d.labourCapacity(),
                Boolean.TRUE.equals(d.ethnicMinority()),
                Boolean.TRUE.equals(d.personOfMerit()),
                Boolean.TRUE.equals(d.socialProtection()),
                Boolean.TRUE.equals(d.femaleHead()),
                search);
    }

    /**
     * Registers every staged household whose code is not registered yet, with its members and a
     * CREATE snapshot, inside the caller's transaction, in one statement. Every staged unit must lie
     * inside the actor's jurisdiction. Returns how many households were created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int registerMissing(Actor actor, String relation) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        String rel = checked(relation);
        var outside = ScopedSql.of(
                        jdbc,
                        actor.jurisdiction(),
                        "SELECT DISTINCT s.unit_id FROM " + rel
                                + " s JOIN admin_unit u ON u.id = s.unit_id WHERE NOT u.path LIKE ANY (:scope) LIMIT 1")
                .query(Long.class)
                .optional();
        if (outside.isPresent()) {
            throw new OutsideJurisdiction("AdminUnit", outside.get());
        }
        Timestamp at = Timestamp.from(clock.instant());
        // The new households get their ids first, in a table of their own: the inserts below then
        // never look into a table while writing to it (a plan that scans the household table for
        // each staged row would read every page written so far — quadratic on a fresh database).
        jdbc.sql("DROP TABLE IF EXISTS household_bulk_new").update();
        jdbc.sql("CREATE TEMP TABLE household_bulk_new (code text NOT NULL, id bigint NOT NULL, province_id bigint NOT"
                        + " NULL) ON COMMIT DROP")
                .update();
        // the province of each new household is the partition its rows go to (V11_1)
        jdbc.sql("INSERT INTO household_bulk_new (code, id, province_id) SELECT s.code,"
                        + " nextval(pg_get_serial_sequence('household', 'id')), split_part(u.path, '/', 2)::bigint FROM "
                        + rel + " s JOIN admin_unit u ON u.id = s.unit_id"
                        + " WHERE NOT EXISTS (SELECT 1 FROM household_identity h WHERE h.code = s.code)")
                .update();
        jdbc.sql("ANALYZE household_bulk_new").update();
        jdbc.sql("""
                        INSERT INTO household (id, province_id, code, unit_id, head_name, search_name, address, area,
                               labour_capacity, ethnic_minority, person_of_merit, social_protection, female_head, dwelling,
                               created_at, created_by, changed_at, changed_by)
                        SELECT n.id, n.province_id, s.code, s.unit_id, s.head_name, s.head_search, NULL, s.input->>'area', s.labour_capacity,
                               s.ethnic_minority, s.person_of_merit, s.social_protection, s.female_head,
                               coalesce(s.input->'dwelling', '{}'), :at, :by, :at, :by
                        FROM household_bulk_new n JOIN %s s ON s.code = n.code
                        """.formatted(rel))
                .param("at", at)
                .param("by", actor.username())
                .update();
        jdbc.sql("""
                        INSERT INTO household_member (province_id, household_id, ord, name, search_name, citizen_id,
                               birth_year, sex, relation, ethnicity, facts)
                        SELECT n.province_id, n.id, m.ord - 1, btrim(m.v->>'name'), s.member_search[m.ord], NULL,
                               s.reference_year - (m.v->>'age')::int, m.v->>'sex', m.v->>'relation', m.v->>'ethnicity',
                               m.v - ARRAY['name', 'age', 'sex', 'relation', 'ethnicity']
                        FROM household_bulk_new n JOIN %s s ON s.code = n.code
                        CROSS JOIN LATERAL jsonb_array_elements(coalesce(s.input->'members', '[]')) WITH ORDINALITY
                            AS m(v, ord)
                        """.formatted(rel)).update();
        // Statistics for the member partitions just filled: without them the snapshot's lookup of a
        // household's members also scans the partition's whole primary key for its province (a
        // bitmap AND planned from a default selectivity), once per household — hours at 100,000.
        for (String partition : jdbc.sql("""
                        SELECT DISTINCT 'household_member_p' || province_id FROM household_bulk_new
                        WHERE to_regclass('household_member_p' || province_id) IS NOT NULL
                        """).query(String.class).list()) {
            jdbc.sql("ANALYZE " + partition).update();
        }
        // the snapshots from the rows just written, by the registry's one snapshot writer (V23_2)
        jdbc.sql("INSERT INTO household_version (province_id, household_id, valid_from, change_kind, changed_by,"
                        + " snapshot) SELECT n.province_id, n.id, :at, 'CREATE', :by, s.snapshot FROM household_bulk_new n"
                        + " JOIN household_snapshot s ON s.id = n.id AND s.province_id = n.province_id")
                .param("at", at)
                .param("by", actor.username())
                .update();
        List<String> codes = jdbc.sql("SELECT code FROM household_bulk_new ORDER BY code")
                .query(String.class)
                .list();
        if (codes.isEmpty()) {
            return 0;
        }
        audit.change(
                actor,
                "BULK_CREATE",
                HouseholdRegistry.ENTITY,
                null,
                null,
                null,
                Map.of("count", codes.size(), "codes", codes));
        return codes.size();
    }

    /**
     * Records the classes recognised for a year (the review's recognition), as {@link
     * HouseholdRegistry#recordRecognisedClass} does one by one: the class, a RECOGNISED snapshot,
     * and one audit entry with every household and class.
     */
    @Transactional
    public int recordRecognisedClasses(Actor actor, Map<Long, String> classes, String standard, int year) {
        actor.require(Permission.REVIEW_DECIDE);
        if (classes.isEmpty()) {
            return 0;
        }
        StringBuilder ids = new StringBuilder("{");
        StringBuilder values = new StringBuilder("{");
        classes.forEach((id, c) -> {
            ids.append(ids.length() > 1 ? "," : "").append(id);
            values.append(values.length() > 1 ? "," : "").append(c);
        });
        Timestamp at = Timestamp.from(clock.instant());
        List<Long> changed = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        UPDATE household h SET current_class = v.c, class_standard = :standard, class_year = :year,
                               version = h.version + 1, changed_at = :at, changed_by = :by
                        FROM unnest(CAST(:ids AS bigint[]), CAST(:classes AS text[])) AS v(id, c), admin_unit u
                        WHERE h.id = v.id AND u.id = h.unit_id AND h.voided_at IS NULL AND u.path LIKE ANY (:scope)
                        RETURNING h.id
                        """)
                .param("ids", ids.append('}').toString())
                .param("classes", values.append('}').toString())
                .param("standard", standard)
                .param("year", year)
                .param("at", at)
                .param("by", actor.username())
                .query(Long.class)
                .list();
        jdbc.sql("INSERT INTO household_version (province_id, household_id, valid_from, change_kind, changed_by,"
                        + " snapshot) SELECT s.province_id, s.id, :at, 'RECOGNISED', :by, s.snapshot FROM household_snapshot s"
                        + " WHERE s.id = ANY (CAST(:ids AS bigint[]))")
                .param("at", at)
                .param("by", actor.username())
                .param(
                        "ids",
                        changed.toString().replace('[', '{').replace(']', '}').replace(" ", ""))
                .update();
        Map<Long, String> recorded = new LinkedHashMap<>();
        changed.forEach(id -> recorded.put(id, classes.get(id)));
        audit.change(
                actor,
                "RECOGNISED",
                HouseholdRegistry.ENTITY,
                null,
                null,
                null,
                Map.of("standard", standard, "year", year, "classes", recorded));
        return changed.size();
    }

    private static String checked(String relation) {
        if (relation == null || !RELATION.matcher(relation).matches()) {
            throw new IllegalArgumentException("not a table name: " + relation);
        }
        return relation;
    }
}
