package vn.giamngheo.jobs;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/**
 * Ranked candidates for a vacancy and ranked vacancies for a worker, from the commuting data and
 * the households' causes of poverty (their latest survey's {@code causes}); the ranking itself is
 * {@link Matching}. Candidates are workers in the reader's jurisdiction only, and the read is audited.
 */
@Service
public class Matches {
    /** The cause that puts a household's members first: lack of skills (thiếu tay nghề, kỹ năng). */
    static final String PRIORITY_CAUSE = "SKILLS";

    private final JdbcClient jdbc;
    private final Workers workers;
    private final Vacancies vacancies;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Matches(JdbcClient jdbc, Workers workers, Vacancies vacancies, AdminUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.vacancies = vacancies;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A ranked worker for a vacancy, with the profile fields a list shows. */
    public record RankedWorker(int rank, Worker worker, Matching.Match match) {}

    /** A ranked vacancy for a worker. */
    public record RankedVacancy(int rank, Vacancy vacancy, Matching.Match match) {}

    public List<RankedWorker> candidates(Actor actor, long vacancyId, long unitId) {
        actor.require(Permission.HOUSEHOLD_READ);
        Vacancy v = vacancies.get(vacancyId);
        AdminUnit unit = units.get(unitId);
        Map<Long, Worker> byId = new HashMap<>();
        List<Matching.Candidate> pool = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT %s, c.id AS commune,
                               coalesce((SELECT r.input -> 'causes' FROM review_rows r WHERE r.household_id = w.household_id
                                         ORDER BY r.row_id DESC LIMIT 1) @> jsonb_build_array(CAST(:cause AS text)), false)
                                   AS priority
                        FROM jobs_worker w JOIN admin_unit u ON u.id = w.unit_id
                        JOIN household_register hr ON hr.id = w.household_id
                        JOIN admin_unit c ON u.path LIKE c.path || '%%' AND c.level = 'COMMUNE'
                        WHERE w.voided_at IS NULL AND u.path LIKE :p AND u.path LIKE ANY (:scope)
                        """.formatted(WorkerRows.COLUMNS))
                .param("p", unit.path() + "%")
                .param("cause", PRIORITY_CAUSE)
                .query((rs, n) -> {
                    Worker w = WorkerRows.map(rs);
                    byId.put(w.id(), w);
                    return new Matching.Candidate(w.id(), rs.getLong("commune"), w.data(), rs.getBoolean("priority"));
                })
                .list();
        List<Matching.Match> ranked = Matching.candidates(v.opening(), pool, map(), LocalDate.now(clock));
        audit.read(actor, "WorkerMatch", vacancyId, Workers.unitRef(unit), "vacancy " + vacancyId);
        int[] rank = {0};
        return ranked.stream()
                .map(m -> new RankedWorker(++rank[0], byId.get(m.workerId()), m))
                .toList();
    }

    public List<RankedVacancy> vacancies(Actor actor, long workerId) {
        Worker w = workers.get(actor, workerId);
        Boolean priority = jdbc.sql("""
                        SELECT coalesce((SELECT r.input -> 'causes' FROM review_rows r WHERE r.household_id = :h
                                         ORDER BY r.row_id DESC LIMIT 1) @> jsonb_build_array(CAST(:cause AS text)), false)
                        """)
                .param("h", w.data().householdId())
                .param("cause", PRIORITY_CAUSE)
                .query(Boolean.class)
                .single();
        long commune = commune(w.unitId());
        List<Vacancy> open = vacancies.open();
        Map<Long, Vacancy> byId = open.stream().collect(Collectors.toMap(Vacancy::id, Function.identity()));
        List<Matching.Match> ranked = Matching.vacancies(
                new Matching.Candidate(w.id(), commune, w.data(), priority),
                open.stream().map(Vacancy::opening).toList(),
                map(),
                LocalDate.now(clock));
        int[] rank = {0};
        return ranked.stream()
                .map(m -> new RankedVacancy(++rank[0], byId.get(m.vacancyId()), m))
                .toList();
    }

    /** The commuting data as a value. */
    public CommuteMap map() {
        Set<CommuteMap.Pair> pairs = new HashSet<>(jdbc.sql("SELECT unit_id, neighbour_id FROM jobs_neighbour")
                .query((rs, n) -> new CommuteMap.Pair(rs.getLong(1), rs.getLong(2)))
                .list());
        Map<Long, CommuteMap.Point> points = new HashMap<>();
        jdbc.sql("SELECT unit_id, latitude, longitude, commute_km FROM jobs_place")
                .query(rs -> {
                    points.put(
                            rs.getLong(1), new CommuteMap.Point(rs.getDouble(2), rs.getDouble(3), rs.getBigDecimal(4)));
                });
        return new CommuteMap(pairs, points);
    }

    /** Two communes next to each other (kept both ways). */
    @Transactional
    public void setNeighbours(Actor actor, long communeId, long neighbourId) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        AdminUnit a = commune(actor, communeId, "communeId");
        AdminUnit b = units.get(neighbourId);
        if (!"COMMUNE".equals(b.level()) || a.id() == b.id()) {
            throw InvalidInput.of("neighbourId", Message.of("jobs.notACommune", b.fullName()));
        }
        jdbc.sql("""
                        INSERT INTO jobs_neighbour (unit_id, neighbour_id) VALUES (:a, :b), (:b, :a) ON CONFLICT DO NOTHING
                        """).param("a", a.id()).param("b", b.id()).update();
        audit.change(actor, "NEIGHBOUR", "CommuteMap", a.id(), Workers.unitRef(a), null, Map.of("neighbour", b.id()));
    }

    /** A commune's point and how far its people commute. */
    @Transactional
    public void setPlace(Actor actor, long communeId, double latitude, double longitude, BigDecimal commuteKm) {
        actor.require(Permission.HOUSEHOLD_EDIT);
        AdminUnit a = commune(actor, communeId, "communeId");
        if (latitude < 8 || latitude > 24 || longitude < 102 || longitude > 110) {
            throw InvalidInput.of("latitude", Message.of("jobs.pointOutsideVietnam"));
        }
        if (commuteKm != null && (commuteKm.signum() <= 0 || commuteKm.doubleValue() > 500)) {
            throw InvalidInput.of("commuteKm", Message.of("jobs.commuteKmOutOfRange", commuteKm));
        }
        jdbc.sql("""
                        INSERT INTO jobs_place (unit_id, latitude, longitude, commute_km, changed_at, changed_by)
                        VALUES (:u, :lat, :lon, :km, :at, :by)
                        ON CONFLICT (unit_id) DO UPDATE SET latitude = :lat, longitude = :lon, commute_km = :km,
                               changed_at = :at, changed_by = :by
                        """)
                .param("u", a.id())
                .param("lat", latitude)
                .param("lon", longitude)
                .param("km", commuteKm)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .update();
        audit.change(
                actor,
                "PLACE",
                "CommuteMap",
                a.id(),
                Workers.unitRef(a),
                null,
                Map.of("km", String.valueOf(commuteKm)));
    }

    private AdminUnit commune(Actor actor, long id, String field) {
        AdminUnit u = units.writableUnit(actor, id);
        if (!"COMMUNE".equals(u.level())) {
            throw InvalidInput.of(field, Message.of("jobs.notACommune", u.fullName()));
        }
        return u;
    }

    /** The commune a unit is in (itself when a commune). */
    long commune(long unitId) {
        return jdbc.sql("""
                        SELECT c.id FROM admin_unit u JOIN admin_unit c ON u.path LIKE c.path || '%' AND c.level = 'COMMUNE'
                        WHERE u.id = :u ORDER BY length(c.path) DESC LIMIT 1
                        """).param("u", unitId).query(Long.class).optional().orElse(unitId);
    }
}
