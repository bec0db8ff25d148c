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

    /**
     * The staged form of a household: derived groups, folded names, and the members exactly as a
     * history snapshot holds them (the registry's {@link Member} records), so that registering
     * needs no second look at the members.
     */
    public static String stagingJson(HouseholdData data) {
        HouseholdData d = data.withDerivedGroups();
        List<Member> members = new ArrayList<>(d.members().size());
        List<String> search = new ArrayList<>(d.members().size());
        for (Member m : d.members()) {
            members.add(new Member(
                    m.name() == null ? null : m.name().trim(),
                    m.citizenId() == null || m.citizenId().isBlank() ? null : m.citizenId(),
                    m.birthYear(),
                    m.sex(),
                    m.relation(),
                    m.ethnicity(),
                    m.healthInsured(),
                    m.stunted(),
                    m.underweight(),
                    m.education(),
                    m.inSchool(),
                    m.employment(),
                    m.disabled(),
                    m.socialAllowance(),
                    m.personOfMerit()));
            search.add(TextFolding.fold(m.name()));
        }
        return JSON.writeValueAsString(new Staged(
                d.headName() == null ? null : d.headName().trim(),
                TextFolding.fold(d.headName()),
                d.address(),
                d.area(),
                d.labourCapacity(),
                Boolean.TRUE.equals(d.ethnicMinority()),
                Boolean.TRUE.equals(d.personOfMerit()),
                Boolean.TRUE.equals(d.socialProtection()),
                Boolean.TRUE.equals(d.femaleHead()),
                d.dwelling(),
                members,
                search));
    }

    /** The staged JSON: a snapshot's fields plus the folded names search uses. */
    record Staged(
            String headName,
            String headSearch,
            String address,
            String area,
            Boolean labourCapacity,
            boolean ethnicMinority,
            boolean personOfMerit,
            boolean socialProtection,
            boolean femaleHead,
            Dwelling dwelling,
            List<Member> members,
            List<String> memberSearch) {}

    /**
     * Registers every staged household whose code is not registered yet, with its members and a
     * CREATE snapshot, inside the caller's transaction, in one statement. Every staged unit must lie
     * inside the actor's jurisdiction. Returns how many households were created.
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
                            FROM %1$s s WHERE NOT EXISTS (SELECT 1 FROM household h WHERE h.code = s.code)
                            RETURNING id, code, unit_id),
                        members AS (
                            INSERT INTO household_member (household_id, ord, name, search_name, citizen_id, birth_year, sex,
                                   relation, ethnicity, facts)
                            SELECT new.id, m.ord - 1, m.v->>'name', s.registry->'memberSearch'->>(m.ord::int - 1),
                                   m.v->>'citizenId', (m.v->>'birthYear')::int, m.v->>'sex', m.v->>'relation', m.v->>'ethnicity',
                                   m.v - ARRAY['name', 'citizenId', 'birthYear', 'sex', 'relation', 'ethnicity']
                            FROM new JOIN %1$s s ON s.code = new.code
                            CROSS JOIN LATERAL jsonb_array_elements(s.registry->'members') WITH ORDINALITY AS m(v, ord)),
                        versions AS (
                            INSERT INTO household_version (household_id, valid_from, change_kind, changed_by, snapshot)
                            SELECT new.id, :at, 'CREATE', :by, jsonb_build_object('id', new.id, 'code', new.code,
                                   'unitId', new.unit_id, 'headName', s.registry->'headName', 'address', s.registry->'address',
                                   'area', s.registry->'area', 'labourCapacity', s.registry->'labourCapacity',
                                   'ethnicMinority', s.registry->'ethnicMinority', 'personOfMerit', s.registry->'personOfMerit',
                                   'socialProtection', s.registry->'socialProtection', 'femaleHead', s.registry->'femaleHead',
                                   'dwelling', s.registry->'dwelling', 'members', s.registry->'members', 'currentClass', NULL,
                                   'classStandard', NULL, 'classYear', NULL, 'voidedAt', NULL, 'voidReason', NULL, 'version', 0)
                            FROM new JOIN %1$s s ON s.code = new.code)
                        SELECT new.code FROM new ORDER BY new.code
                        """.formatted(rel))
                .param("at", at)
                .param("by", actor.username())
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
