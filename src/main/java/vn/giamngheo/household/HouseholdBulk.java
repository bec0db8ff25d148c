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
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.TextFolding;

/**
 * The registry's bulk path, for imports of tens of thousands of households in one transaction:
 * set-based SQL instead of one call per household. It applies the registry's own rules (the same
 * checks, derived groups and folded names as {@link HouseholdRegistry}), keeps a CREATE or
 * RECOGNISED snapshot per household for the history, and writes one audit entry per call listing
 * the households it changed.
 *
 * <p>The caller stages households in a (temporary) table with columns {@code code text, unit_id
 * bigint, registry jsonb}, where {@code registry} is {@link #stagingJson(HouseholdData)}.
 */
@Service
public class HouseholdBulk {
    private static final Pattern RELATION = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String SNAPSHOT = """
            jsonb_build_object('id', h.id, 'code', h.code, 'unitId', h.unit_id, 'headName', h.head_name, 'address', h.address,
                'area', h.area, 'labourCapacity', h.labour_capacity, 'ethnicMinority', h.ethnic_minority,
                'personOfMerit', h.person_of_merit, 'socialProtection', h.social_protection, 'femaleHead', h.female_head,
                'dwelling', h.dwelling,
                'members', coalesce((SELECT jsonb_agg(jsonb_build_object('name', m.name, 'citizenId', m.citizen_id,
                        'birthYear', m.birth_year, 'sex', m.sex, 'relation', m.relation, 'ethnicity', m.ethnicity) || m.facts
                        ORDER BY m.ord) FROM household_member m WHERE m.household_id = h.id), '[]'::jsonb),
                'currentClass', h.current_class, 'classStandard', h.class_standard, 'classYear', h.class_year,
                'voidedAt', NULL, 'voidReason', h.void_reason, 'version', h.version)
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();
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

    /** The staged form of a household: derived groups, folded names and member facts as the registry keeps them. */
    public static String stagingJson(HouseholdData data) {
        HouseholdData d = data.withDerivedGroups();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("headName", d.headName() == null ? null : d.headName().trim());
        row.put("headSearch", TextFolding.fold(d.headName()));
        row.put("address", d.address());
        row.put("area", d.area());
        row.put("labourCapacity", d.labourCapacity());
        row.put("ethnicMinority", Boolean.TRUE.equals(d.ethnicMinority()));
        row.put("personOfMerit", Boolean.TRUE.equals(d.personOfMerit()));
        row.put("socialProtection", Boolean.TRUE.equals(d.socialProtection()));
        row.put("femaleHead", Boolean.TRUE.equals(d.femaleHead()));
        row.put("dwelling", d.dwelling());
        List<Map<String, Object>> members = new ArrayList<>(d.members().size());
        for (Member m : d.members()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("name", m.name() == null ? null : m.name().trim());
            mm.put("search", TextFolding.fold(m.name()));
            mm.put("citizenId", m.citizenId() == null || m.citizenId().isBlank() ? null : m.citizenId());
            mm.put("birthYear", m.birthYear());
            mm.put("sex", m.sex());
            mm.put("relation", m.relation());
            mm.put("ethnicity", m.ethnicity());
            mm.put(
                    "facts",
                    new HouseholdStore.MemberFacts(
                            m.healthInsured(),
                            m.stunted(),
                            m.underweight(),
                            m.education(),
                            m.inSchool(),
                            m.employment(),
                            m.disabled(),
                            m.socialAllowance(),
                            m.personOfMerit()));
            members.add(mm);
        }
        row.put("members", members);
        return JSON.writeValueAsString(row);
    }

    /**
     * Registers every staged household whose code is not registered yet, with its members and a
     * CREATE snapshot, inside the caller's transaction. Every staged unit must lie inside the
     * actor's jurisdiction. Returns how many households were created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int registerMissing(Actor actor, String relation) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        String rel = checked(relation);
        var outside = jdbc.sql("SELECT DISTINCT s.unit_id FROM " + rel
                        + " s JOIN admin_unit u ON u.id = s.unit_id WHERE NOT "
                        + actor.jurisdiction().sqlCondition("u.path") + " LIMIT 1")
                .params(actor.jurisdiction().sqlParameters())
                .query(Long.class)
                .optional();
        if (outside.isPresent()) {
            throw new OutsideJurisdiction("AdminUnit", outside.get());
        }
        Timestamp at = Timestamp.from(clock.instant());
        List<String> codes = jdbc.sql("""
                        WITH new AS (
                            INSERT INTO household (code, unit_id, head_name, search_name, address, area, labour_capacity,
                                   ethnic_minority, person_of_merit, social_protection, female_head, dwelling,
                                   created_at, created_by, changed_at, changed_by)
                            SELECT s.code, s.unit_id, s.registry->>'headName', s.registry->>'headSearch', s.registry->>'address',
                                   s.registry->>'area', (s.registry->>'labourCapacity')::boolean,
                                   (s.registry->>'ethnicMinority')::boolean, (s.registry->>'personOfMerit')::boolean,
                                   (s.registry->>'socialProtection')::boolean, (s.registry->>'femaleHead')::boolean,
                                   s.registry->'dwelling', :at, :by, :at, :by
                            FROM %s s WHERE NOT EXISTS (SELECT 1 FROM household h WHERE h.code = s.code)
                            RETURNING id, code),
                        members AS (
                            INSERT INTO household_member (household_id, ord, name, search_name, citizen_id, birth_year, sex,
                                   relation, ethnicity, facts)
                            SELECT new.id, m.ord - 1, m.v->>'name', m.v->>'search', m.v->>'citizenId', (m.v->>'birthYear')::int,
                                   m.v->>'sex', m.v->>'relation', m.v->>'ethnicity', m.v->'facts'
                            FROM new JOIN %s s ON s.code = new.code
                            CROSS JOIN LATERAL jsonb_array_elements(s.registry->'members') WITH ORDINALITY AS m(v, ord)
                            RETURNING household_id)
                        SELECT new.code FROM new ORDER BY new.code
                        """.formatted(rel, rel))
                .param("at", at)
                .param("by", actor.username())
                .query(String.class)
                .list();
        if (codes.isEmpty()) {
            return 0;
        }
        jdbc.sql("INSERT INTO household_version (household_id, valid_from, change_kind, changed_by, snapshot)"
                        + " SELECT h.id, :at, 'CREATE', :by, " + SNAPSHOT + " FROM " + rel
                        + " s JOIN household h ON h.code = s.code"
                        + " WHERE NOT EXISTS (SELECT 1 FROM household_version v WHERE v.household_id = h.id)")
                .param("at", at)
                .param("by", actor.username())
                .update();
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
        List<Long> changed = jdbc.sql("""
                        UPDATE household h SET current_class = v.c, class_standard = :standard, class_year = :year,
                               version = h.version + 1, changed_at = :at, changed_by = :by
                        FROM unnest(CAST(:ids AS bigint[]), CAST(:classes AS text[])) AS v(id, c), admin_unit u
                        WHERE h.id = v.id AND u.id = h.unit_id AND h.voided_at IS NULL AND\s""" + actor.jurisdiction().sqlCondition("u.path") + " RETURNING h.id")
                .param("ids", ids.append('}').toString())
                .param("classes", values.append('}').toString())
                .param("standard", standard)
                .param("year", year)
                .param("at", at)
                .param("by", actor.username())
                .params(actor.jurisdiction().sqlParameters())
                .query(Long.class)
                .list();
        jdbc.sql("INSERT INTO household_version (household_id, valid_from, change_kind, changed_by, snapshot)"
                        + " SELECT h.id, :at, 'RECOGNISED', :by, " + SNAPSHOT
                        + " FROM household h WHERE h.id = ANY (CAST(:ids AS bigint[]))")
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
