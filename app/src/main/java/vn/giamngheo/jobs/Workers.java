package vn.giamngheo.jobs;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.household.Member;
import vn.giamngheo.jobs.Schooling.General;
import vn.giamngheo.jobs.Schooling.Qualification;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;

/**
 * Worker profiles: prefilled from the registry's member, checked, kept with every saved version, read
 * only inside the reader's jurisdiction and audited (a worker's profile is personal data).
 */
@Service
public class Workers {
    static final String ENTITY = "Worker";
    private final JdbcClient jdbc;
    private final HouseholdRegistry households;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Workers(JdbcClient jdbc, HouseholdRegistry households, AdminUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.households = households;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member of a household as the worker form offers them: age this year, and the profile they have. */
    public record MemberChoice(int ord, String name, Integer age, boolean workingAge, Long workerId) {}

    /** The household's members with their profiles; refused when the household is on no list that makes them eligible. */
    public List<MemberChoice> members(Actor actor, long householdId) {
        Household h = households.get(actor, householdId);
        standing(h);
        int year = LocalDate.now(clock).getYear();
        List<MemberChoice> out = new ArrayList<>();
        for (int i = 0; i < h.data().members().size(); i++) {
            Member m = h.data().members().get(i);
            Integer age = m.birthYear() == null ? null : year - m.birthYear();
            Long workerId = jdbc.sql("""
                            SELECT id FROM jobs_worker WHERE household_id = :h AND member_ord = :o AND voided_at IS NULL
                            """)
                    .param("h", householdId)
                    .param("o", i)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            out.add(new MemberChoice(i, m.name(), age, age != null && age >= WorkerRules.WORKING_AGE_FROM, workerId));
        }
        return out;
    }

    /**
     * A draft profile from the member's facts in the registry (name, ID number, year of birth, sex,
     * ethnicity, education, employment) and the household's phone; what the survey does not ask
     * (current job, needs, willingness) is left for the official.
     */
    public WorkerData prefill(Actor actor, long householdId, int memberOrd) {
        Household h = households.get(actor, householdId);
        standing(h);
        if (memberOrd < 0 || memberOrd >= h.data().members().size()) {
            throw InvalidInput.of(
                    "memberOrd",
                    Message.of("jobs.memberUnknown", memberOrd + 1, h.data().code()));
        }
        Member m = h.data().members().get(memberOrd);
        General general = null;
        Qualification qualification = null;
        if (m.education() != null) {
            switch (m.education()) {
                case "NONE" -> general = General.NONE;
                case "PRIMARY" -> general = General.PRIMARY;
                case "LOWER_SECONDARY" -> general = General.LOWER_SECONDARY;
                case "UPPER_SECONDARY" -> general = General.UPPER_SECONDARY;
                // vocational training is entered after lower-secondary; its level is asked on the form
                case "VOCATIONAL" -> general = General.LOWER_SECONDARY;
                case "COLLEGE_PLUS" -> {
                    general = General.UPPER_SECONDARY;
                    qualification = Qualification.COLLEGE;
                }
                default -> {}
            }
        }
        LabourStatus status = null;
        LabourStatus.EmploymentKind kind = null;
        ContractType contract = null;
        if (m.employment() != null) {
            switch (m.employment()) {
                case "WAGE_WITH_CONTRACT" -> {
                    status = LabourStatus.EMPLOYED;
                    kind = LabourStatus.EmploymentKind.WAGE;
                }
                case "WAGE_NO_CONTRACT" -> {
                    status = LabourStatus.EMPLOYED;
                    kind = LabourStatus.EmploymentKind.WAGE;
                    contract = ContractType.NONE;
                }
                case "SELF_EMPLOYED" -> {
                    status = LabourStatus.EMPLOYED;
                    kind = LabourStatus.EmploymentKind.SELF_EMPLOYED;
                }
                case "UNEMPLOYED" -> status = LabourStatus.UNEMPLOYED;
                case "NOT_IN_LABOUR_FORCE" -> status = LabourStatus.INACTIVE;
                default -> {}
            }
        }
        return new WorkerData(
                householdId,
                memberOrd,
                m.name(),
                m.citizenId(),
                m.birthYear(),
                m.sex(),
                m.ethnicity(),
                h.data().phone(),
                general,
                qualification,
                null,
                status,
                null,
                null,
                kind,
                contract,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Transactional
    public Worker create(Actor actor, WorkerData data) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Household h = households.get(actor, data.householdId());
        Worker.HouseholdStanding standing = standing(h);
        if (data.memberOrd() < 0 || data.memberOrd() >= h.data().members().size()) {
            throw InvalidInput.of(
                    "memberOrd",
                    Message.of(
                            "jobs.memberUnknown", data.memberOrd() + 1, h.data().code()));
        }
        check(data);
        AdminUnit unit = units.writableUnit(actor, h.data().unitId());
        Instant now = clock.instant();
        Long id;
        try {
            id = jdbc.sql(INSERT)
                    .params(WorkerStatements.params(data))
                    .param("unit", unit.id())
                    .param("class", standing.name())
                    .param("at", Timestamp.from(now))
                    .param("by", actor.username())
                    .query(Long.class)
                    .single();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInput.of("memberOrd", Message.of("jobs.workerExists", data.fullName()));
        }
        snapshot(id);
        Worker created = read(id);
        audit.change(actor, "CREATE", ENTITY, id, unitRef(unit), null, created);
        return created;
    }

    @Transactional
    public Worker update(Actor actor, long id, WorkerData data, int expectedVersion) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Worker before = get(actor, id);
        units.writableUnit(actor, before.unitId());
        if (data.householdId() != before.data().householdId()
                || data.memberOrd() != before.data().memberOrd()) {
            throw InvalidInput.of("memberOrd", Message.of("jobs.workerPersonFixed"));
        }
        check(data);
        int changed = jdbc.sql(UPDATE)
                .params(WorkerStatements.params(data))
                .param("id", id)
                .param("version", expectedVersion)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .update();
        if (changed == 0) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        snapshot(id);
        Worker after = read(id);
        audit.change(actor, "UPDATE", ENTITY, id, unitRef(units.get(after.unitId())), before, after);
        return after;
    }

    /** One profile, in the reader's jurisdiction; audited. */
    public Worker get(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        Worker w = readable(actor, id);
        audit.read(actor, ENTITY, id, unitRef(units.get(w.unitId())), null);
        return w;
    }

    /** A filter of the worker list. {@code needsJob}: only those looking for work. */
    public record WorkerFilter(long unitId, String q, LabourStatus status, boolean needsJob, int limit) {}

    /** Profiles in a unit's subtree inside the reader's jurisdiction, by name; one audit entry. */
    public List<Worker> list(Actor actor, WorkerFilter f) {
        actor.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = units.get(f.unitId());
        List<Worker> found = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT %s
                        FROM jobs_worker w JOIN admin_unit u ON u.id = w.unit_id
                        JOIN household_register hr ON hr.id = w.household_id
                        WHERE u.path LIKE :p AND u.path LIKE ANY (:scope) AND w.voided_at IS NULL
                          AND (CAST(:status AS text) IS NULL OR w.labour_status = :status)
                          AND (NOT :needs OR w.labour_status = 'UNEMPLOYED'
                               OR (w.labour_status = 'EMPLOYED' AND btrim(coalesce(w.job_need, '')) <> ''))
                          AND (CAST(:q AS text) IS NULL OR w.full_name ILIKE :q OR hr.code ILIKE :q)
                        ORDER BY w.full_name, w.id
                        LIMIT :limit
                        """.formatted(WorkerRows.COLUMNS))
                .param("p", unit.path() + "%")
                .param("status", f.status() == null ? null : f.status().name())
                .param("needs", f.needsJob())
                .param("q", f.q() == null || f.q().isBlank() ? null : "%" + f.q().trim() + "%")
                .param("limit", Math.max(1, Math.min(f.limit(), 2000)))
                .query((rs, n) -> WorkerRows.map(rs))
                .list();
        audit.read(actor, ENTITY + "List", f.unitId(), unitRef(unit), f.q() == null ? null : "q=" + f.q());
        return found;
    }

    /** One saved state of a profile. */
    public record WorkerVersion(int version, Instant changedAt, String changedBy, String snapshot) {}

    /** Every saved state of a profile, newest first; audited. */
    public List<WorkerVersion> history(Actor actor, long id) {
        Worker w = get(actor, id);
        return jdbc.sql("""
                        SELECT v.version, v.changed_at, v.changed_by, v.snapshot::text
                        FROM jobs_worker_version v WHERE v.worker_id = :id ORDER BY v.version DESC
                        """)
                .param("id", w.id())
                .query((rs, n) -> new WorkerVersion(
                        rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** A consent the worker gave to share their details with employers. */
    public record Consent(long id, long workerId, LocalDate givenOn, String how, String note, LocalDate withdrawnOn) {}

    @Transactional
    public Consent recordConsent(Actor actor, long workerId, LocalDate givenOn, String how, String note) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Worker w = readable(actor, workerId);
        units.writableUnit(actor, w.unitId());
        if (givenOn == null) {
            throw InvalidInput.of("givenOn", Message.of("jobs.dateMissing"));
        }
        if (givenOn.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.of("givenOn", Message.of("jobs.dateInFuture", givenOn));
        }
        if (how == null || !List.of("SIGNED", "ORAL_WITNESSED", "ONLINE").contains(how)) {
            throw InvalidInput.of("how", Message.of("jobs.consentHowUnknown", how == null ? "" : how));
        }
        long id = jdbc.sql("""
                        INSERT INTO jobs_consent (worker_id, given_on, how, note, recorded_at, recorded_by)
                        VALUES (:w, :on, :how, :note, :at, :by) RETURNING id
                        """)
                .param("w", workerId)
                .param("on", Date.valueOf(givenOn))
                .param("how", how)
                .param("note", WorkerRows.blankToNull(note))
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .query(Long.class)
                .single();
        Consent c = new Consent(id, workerId, givenOn, how, WorkerRows.blankToNull(note), null);
        audit.change(actor, "CONSENT", ENTITY, workerId, unitRef(units.get(w.unitId())), null, c);
        return c;
    }

    @Transactional
    public Consent withdrawConsent(Actor actor, long workerId, long consentId, LocalDate on) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Worker w = readable(actor, workerId);
        units.writableUnit(actor, w.unitId());
        Consent c = consents(workerId).stream()
                .filter(x -> x.id() == consentId)
                .findFirst()
                .orElseThrow(() -> new NotFound("Consent", consentId));
        if (on == null || on.isBefore(c.givenOn())) {
            throw InvalidInput.of("withdrawnOn", Message.of("jobs.withdrawBeforeConsent", c.givenOn()));
        }
        jdbc.sql("UPDATE jobs_consent SET withdrawn_on = :on WHERE id = :id AND withdrawn_on IS NULL")
                .param("on", Date.valueOf(on))
                .param("id", consentId)
                .update();
        audit.change(actor, "WITHDRAW_CONSENT", ENTITY, workerId, unitRef(units.get(w.unitId())), c, on);
        return new Consent(c.id(), workerId, c.givenOn(), c.how(), c.note(), on);
    }

    /** The worker's consents, newest first (the caller has read the worker in scope). */
    List<Consent> consents(long workerId) {
        return jdbc.sql("""
                        SELECT id, worker_id, given_on, how, note, withdrawn_on FROM jobs_consent
                        WHERE worker_id = :w ORDER BY given_on DESC, id DESC
                        """)
                .param("w", workerId)
                .query((rs, n) -> new Consent(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list();
    }

    /** The consent in force on a day, if any. */
    Optional<Consent> consentOn(long workerId, LocalDate day) {
        return consents(workerId).stream()
                .filter(c -> !c.givenOn().isAfter(day)
                        && (c.withdrawnOn() == null || c.withdrawnOn().isAfter(day)))
                .findFirst();
    }

    /** A profile in the reader's jurisdiction, not audited (the caller audits what it shows). */
    Worker readable(Actor actor, long id) {
        return ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT %s
                        FROM jobs_worker w JOIN admin_unit u ON u.id = w.unit_id
                        JOIN household_register hr ON hr.id = w.household_id
                        WHERE w.id = :id AND w.voided_at IS NULL AND u.path LIKE ANY (:scope)
                        """.formatted(WorkerRows.COLUMNS))
                .param("id", id)
                .query((rs, n) -> WorkerRows.map(rs))
                .optional()
                .orElseThrow(() -> exists(id) ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id));
    }

    private boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM jobs_worker WHERE id = :id AND voided_at IS NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Worker read(long id) {
        return jdbc.sql("""
                        SELECT %s FROM jobs_worker w JOIN household_register hr ON hr.id = w.household_id WHERE w.id = :id
                        """.formatted(WorkerRows.COLUMNS))
                .param("id", id)
                .query((rs, n) -> WorkerRows.map(rs))
                .single();
    }

    private void check(WorkerData data) {
        List<InvalidInput.Problem> problems =
                WorkerRules.check(data, LocalDate.now(clock).getYear());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * Why the household's members may have profiles: it is on the poor or near-poor list in force in
     * its commune, or it escaped at the commune's latest recognised review. Otherwise refused.
     */
    Worker.HouseholdStanding standing(Household h) {
        List<String> found = jdbc.sql("""
                        SELECT l.household_class
                        FROM admin_unit hu JOIN admin_unit c ON hu.path LIKE c.path || '%' AND c.level = 'COMMUNE'
                        CROSS JOIN LATERAL review_current_lists(c.id) l
                        WHERE hu.id = :unit AND l.household_id = :h
                        UNION ALL
                        SELECT 'ESCAPED'
                        FROM review_flows f JOIN review_lists_in_force l ON l.campaign_id = f.campaign_id
                        WHERE f.household_id = :h AND f.category = 'ESCAPED' AND l.until_year IS NULL
                        """)
                .param("unit", h.data().unitId())
                .param("h", h.id())
                .query(String.class)
                .list();
        if (found.contains("POOR")) {
            return Worker.HouseholdStanding.POOR;
        }
        if (found.contains("NEAR_POOR")) {
            return Worker.HouseholdStanding.NEAR_POOR;
        }
        if (found.contains("ESCAPED")) {
            return Worker.HouseholdStanding.ESCAPED;
        }
        throw InvalidInput.of(
                "householdId", Message.of("jobs.householdNotEligible", h.data().code()));
    }

    private void snapshot(long id) {
        jdbc.sql("""
                        INSERT INTO jobs_worker_version (worker_id, version, snapshot, changed_at, changed_by)
                        SELECT w.id, w.version,
                               to_jsonb(w) - 'created_at' - 'created_by' - 'changed_at' - 'changed_by' - 'version'
                                   - 'voided_at' - 'voided_by' - 'void_reason',
                               w.changed_at, w.changed_by
                        FROM jobs_worker w WHERE w.id = :id
                        """).param("id", id).update();
    }

    static AuditLog.UnitRef unitRef(AdminUnit unit) {
        return new AuditLog.UnitRef(unit.id(), unit.path());
    }

    private static final String INSERT = """
            INSERT INTO jobs_worker (household_id, member_ord, unit_id, household_class, full_name, citizen_id, birth_year,
                   sex, ethnicity, phone, general_education, qualification, qualification_field, labour_status,
                   inactive_reason, current_job, employment_kind, contract_type, workplace, previous_job,
                   months_unemployed, skills, training_need, job_need, willing_commute, willing_move, willing_abroad,
                   exchange_registered, created_at, created_by, changed_at, changed_by)
            VALUES (:household, :ord, :unit, :class, :name, :citizenId, :birthYear, :sex, :ethnicity, :phone, :general,
                   :qualification, :field, :status, :inactive, :job, :kind, :contract, :workplace, :previous, :months,
                   :skills, :training, :need, :commute, :move, :abroad, :registered, :at, :by, :at, :by)
            RETURNING id
            """;

    private static final String UPDATE = """
            UPDATE jobs_worker SET full_name = :name, citizen_id = :citizenId, birth_year = :birthYear, sex = :sex,
                   ethnicity = :ethnicity, phone = :phone, general_education = :general, qualification = :qualification,
                   qualification_field = :field, labour_status = :status, inactive_reason = :inactive, current_job = :job,
                   employment_kind = :kind, contract_type = :contract, workplace = :workplace, previous_job = :previous,
                   months_unemployed = :months, skills = :skills, training_need = :training, job_need = :need,
                   willing_commute = :commute, willing_move = :move, willing_abroad = :abroad,
                   exchange_registered = :registered, version = version + 1, changed_at = :at, changed_by = :by
            WHERE id = :id AND version = :version AND voided_at IS NULL
            """;
}
