package vn.giamngheo.jobs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;

/**
 * Referrals: a worker sent to a vacancy (with their consent in force) or a course, the steps to an
 * outcome, the follow-ups at 3 and 6 months, and the sheet an employer receives. Read in the
 * worker's jurisdiction and audited.
 */
@Service
public class Referrals {
    static final String ENTITY = "Referral";
    private final JdbcClient jdbc;
    private final Workers workers;
    private final Vacancies vacancies;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Referrals(JdbcClient jdbc, Workers workers, Vacancies vacancies, AdminUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.vacancies = vacancies;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new referral; {@code vacancyId} or {@code course}. */
    public record NewReferral(
            long workerId, Long vacancyId, String course, LocalDate referredOn, String referredBy, String note) {}

    @Transactional
    public Referral refer(Actor actor, NewReferral r) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Worker w = workers.readable(actor, r.workerId());
        AdminUnit unit = units.writableUnit(actor, w.unitId());
        Matching.Opening opening = null;
        if (r.vacancyId() != null) {
            // the vacancy cannot close under the referral being made
            jdbc.sql("SELECT id FROM jobs_vacancy WHERE id = :id FOR SHARE")
                    .param("id", r.vacancyId())
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> InvalidInput.of("vacancyId", Message.of("jobs.vacancyUnknown", r.vacancyId())));
            opening = vacancies.get(r.vacancyId()).opening();
        }
        LocalDate today = LocalDate.now(clock);
        var consent = r.referredOn() == null
                ? java.util.Optional.<Workers.Consent>empty()
                : workers.consentOn(w.id(), r.referredOn());
        List<InvalidInput.Problem> problems =
                ReferralRules.refer(opening, r.course(), consent.isPresent(), r.referredOn(), r.referredBy(), today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO jobs_referral (worker_id, vacancy_id, course, consent_id, referred_on, referred_by, status,
                                   note, created_at, created_by, changed_at, changed_by)
                            VALUES (:w, :v, :course, :consent, :on, :by, 'REFERRED', :note, :at, :user, :at, :user)
                            RETURNING id
                            """)
                    .param("w", w.id())
                    .param("v", r.vacancyId())
                    .param("course", r.vacancyId() == null ? WorkerRows.blankToNull(r.course()) : null)
                    .param(
                            "consent",
                            r.vacancyId() == null ? null : consent.get().id())
                    .param("on", Date.valueOf(r.referredOn()))
                    .param("by", r.referredBy().trim())
                    .param("note", WorkerRows.blankToNull(r.note()))
                    .param("at", Timestamp.from(clock.instant()))
                    .param("user", actor.username())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of(
                    "vacancyId", Message.of("jobs.referralOpenExists", w.data().fullName()));
        }
        step(actor, id, ReferralStatus.REFERRED, r.referredOn(), r.note());
        Referral created = read(id);
        audit.change(actor, "REFER", ENTITY, id, Workers.unitRef(unit), null, created);
        return created;
    }

    /** Moves a referral one step on (interviewed, hired, trained, not taken). */
    @Transactional
    public Referral advance(
            Actor actor,
            long id,
            ReferralStatus to,
            LocalDate on,
            ContractType contract,
            String note,
            int expectedVersion) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Referral before = readable(actor, id);
        AdminUnit unit = units.writableUnit(actor, before.unitId());
        if (before.version() != expectedVersion) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        List<InvalidInput.Problem> problems =
                ReferralRules.step(before.status(), to, before.referredOn(), on, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int changed = jdbc.sql("""
                        UPDATE jobs_referral SET status = :to,
                               interviewed_on = CASE WHEN :to = 'INTERVIEWED' THEN :on ELSE interviewed_on END,
                               outcome_on = CASE WHEN :to IN ('HIRED', 'TRAINED', 'NOT_TAKEN') THEN :on ELSE outcome_on END,
                               contract_type = coalesce(:contract, contract_type),
                               version = version + 1, changed_at = :at, changed_by = :user
                        WHERE id = :id AND version = :version
                        """)
                .param("to", to.name())
                .param("on", Date.valueOf(on))
                .param("contract", WorkerRows.name(contract))
                .param("at", Timestamp.from(clock.instant()))
                .param("user", actor.username())
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        step(actor, id, to, on, note);
        Referral after = read(id);
        audit.change(actor, "REFERRAL_STEP", ENTITY, id, Workers.unitRef(unit), before, after);
        return after;
    }

    /** The follow-up {@code months} after a hire or training. */
    @Transactional
    public Referral followUp(
            Actor actor,
            long id,
            int months,
            LocalDate checkedOn,
            boolean stillEmployed,
            ContractType contract,
            String note) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        Referral before = readable(actor, id);
        AdminUnit unit = units.writableUnit(actor, before.unitId());
        // the referral's outcome cannot change while its follow-up is written
        jdbc.sql("SELECT id FROM jobs_referral WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .single();
        Referral locked = read(id);
        List<InvalidInput.Problem> problems =
                ReferralRules.followUp(locked.status(), locked.outcomeOn(), months, checkedOn, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            jdbc.sql("""
                            INSERT INTO jobs_follow_up (referral_id, months, checked_on, still_employed, contract_type, note,
                                   recorded_at, recorded_by)
                            VALUES (:id, :months, :on, :still, :contract, :note, :at, :user)
                            """)
                    .param("id", id)
                    .param("months", months)
                    .param("on", Date.valueOf(checkedOn))
                    .param("still", stillEmployed)
                    .param("contract", WorkerRows.name(contract))
                    .param("note", WorkerRows.blankToNull(note))
                    .param("at", Timestamp.from(clock.instant()))
                    .param("user", actor.username())
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("months", Message.of("jobs.followUpExists", months));
        }
        Referral after = read(id);
        audit.change(actor, "FOLLOW_UP", ENTITY, id, Workers.unitRef(unit), before, after);
        return after;
    }

    public Referral get(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        Referral r = readable(actor, id);
        audit.read(actor, ENTITY, id, Workers.unitRef(units.get(r.unitId())), null);
        return r;
    }

    /** Referrals of workers in a unit's subtree in the reader's jurisdiction, newest first; one audit entry. */
    public List<Referral> list(Actor actor, long unitId, ReferralStatus status, Long workerId, Long vacancyId) {
        actor.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = units.get(unitId);
        List<Long> ids = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT r.id FROM jobs_referral r JOIN jobs_worker w ON w.id = r.worker_id
                        JOIN admin_unit u ON u.id = w.unit_id
                        WHERE u.path LIKE :p AND u.path LIKE ANY (:scope)
                          AND (CAST(:status AS text) IS NULL OR r.status = :status)
                          AND (CAST(:worker AS bigint) IS NULL OR r.worker_id = :worker)
                          AND (CAST(:vacancy AS bigint) IS NULL OR r.vacancy_id = :vacancy)
                        ORDER BY r.referred_on DESC, r.id DESC LIMIT 1000
                        """)
                .param("p", unit.path() + "%")
                .param("status", status == null ? null : status.name())
                .param("worker", workerId)
                .param("vacancy", vacancyId)
                .query(Long.class)
                .list();
        audit.read(actor, ENTITY + "List", unitId, Workers.unitRef(unit), status == null ? null : "status=" + status);
        return readMany(ids);
    }

    /**
     * What leaves for the employer: the worker's name, year of birth, sex, phone, education and skills,
     * only with a consent in force today; never the ID number, the household or its poverty standing.
     * Recorded in the audit trail as a disclosure.
     */
    @Transactional
    public Referral.EmployerSheet employerSheet(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        Referral r = readable(actor, id);
        if (r.vacancyId() == null) {
            throw InvalidInput.of("vacancyId", Message.of("jobs.sheetOnlyForVacancy"));
        }
        Worker w = workers.readable(actor, r.workerId());
        Workers.Consent consent = workers.consentOn(w.id(), LocalDate.now(clock))
                .orElseThrow(() -> InvalidInput.of("consent", Message.of("jobs.consentMissing")));
        WorkerData d = w.data();
        audit.event(
                actor.username(),
                "DISCLOSE",
                ENTITY,
                id,
                Workers.unitRef(units.get(r.unitId())),
                "employer sheet for " + r.employer());
        return new Referral.EmployerSheet(
                d.fullName(),
                d.birthYear(),
                d.sex(),
                d.phone(),
                d.generalEducation(),
                d.qualification(),
                d.qualificationField(),
                d.skills(),
                r.vacancyTitle(),
                r.employer(),
                consent.givenOn());
    }

    Referral readable(Actor actor, long id) {
        boolean inScope = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT count(*) FROM jobs_referral r JOIN jobs_worker w ON w.id = r.worker_id
                        JOIN admin_unit u ON u.id = w.unit_id WHERE r.id = :id AND u.path LIKE ANY (:scope)
                        """)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
        if (!inScope) {
            boolean exists = jdbc.sql("SELECT count(*) FROM jobs_referral WHERE id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single()
                    > 0;
            throw exists ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id);
        }
        return read(id);
    }

    private void step(Actor actor, long id, ReferralStatus status, LocalDate on, String note) {
        jdbc.sql("""
                        INSERT INTO jobs_referral_step (referral_id, seq, status, on_date, note, recorded_at, recorded_by)
                        VALUES (:id, (SELECT coalesce(max(seq), 0) + 1 FROM jobs_referral_step WHERE referral_id = :id),
                                :status, :on, :note, :at, :user)
                        """)
                .param("id", id)
                .param("status", status.name())
                .param("on", Date.valueOf(on))
                .param("note", WorkerRows.blankToNull(note))
                .param("at", Timestamp.from(clock.instant()))
                .param("user", actor.username())
                .update();
    }

    private Referral read(long id) {
        List<Referral> one = readMany(List.of(id));
        if (one.isEmpty()) {
            throw new NotFound(ENTITY, id);
        }
        return one.get(0);
    }

    /** Referrals in the order of the ids given, with their steps and follow-ups: three queries, whatever the count. */
    private List<Referral> readMany(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] keys = ids.toArray(Long[]::new);
        Map<Long, List<Referral.Step>> steps = new HashMap<>();
        jdbc.sql("""
                        SELECT referral_id, status, on_date, note, recorded_by FROM jobs_referral_step
                        WHERE referral_id = ANY (:ids) ORDER BY referral_id, seq
                        """).param("ids", keys).query(rs -> {
            steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Referral.Step(
                            ReferralStatus.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate(),
                            rs.getString(4),
                            rs.getString(5)));
        });
        Map<Long, List<Referral.FollowUp>> followUps = new HashMap<>();
        jdbc.sql("""
                        SELECT referral_id, months, checked_on, still_employed, contract_type, note FROM jobs_follow_up
                        WHERE referral_id = ANY (:ids) ORDER BY referral_id, months
                        """).param("ids", keys).query(rs -> {
            followUps
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Referral.FollowUp(
                            rs.getInt(2),
                            rs.getDate(3).toLocalDate(),
                            rs.getBoolean(4),
                            WorkerRows.code(ContractType.class, rs.getString(5)),
                            rs.getString(6)));
        });
        Map<Long, Referral> byId = new HashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.worker_id, w.full_name, w.unit_id, r.vacancy_id, v.job_title, v.employer, r.course,
                               r.referred_on, r.referred_by, r.status, r.interviewed_on, r.outcome_on, r.contract_type, r.note,
                               r.version
                        FROM jobs_referral r JOIN jobs_worker w ON w.id = r.worker_id
                        LEFT JOIN jobs_vacancy v ON v.id = r.vacancy_id
                        WHERE r.id = ANY (:ids)
                        """).param("ids", keys).query(rs -> {
            long id = rs.getLong(1);
            byId.put(id, map(rs, steps.getOrDefault(id, List.of()), followUps.getOrDefault(id, List.of())));
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Referral map(ResultSet rs, List<Referral.Step> steps, List<Referral.FollowUp> followUps)
            throws SQLException {
        return new Referral(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                (Long) rs.getObject(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getDate(9).toLocalDate(),
                rs.getString(10),
                ReferralStatus.valueOf(rs.getString(11)),
                rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(),
                rs.getDate(13) == null ? null : rs.getDate(13).toLocalDate(),
                WorkerRows.code(ContractType.class, rs.getString(14)),
                rs.getString(15),
                rs.getInt(16),
                steps,
                followUps);
    }
}
