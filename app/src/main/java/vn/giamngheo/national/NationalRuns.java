package vn.giamngheo.national;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.PovertyStandards;
import vn.giamngheo.standard.StandardJson;

/**
 * Requests and lists national runs. Only a whole-country user requests or reads them: the figures
 * are the country's. What a what-if run classifies with is fixed at the request: the chosen standard
 * as the application resolves it for a classification (the what-if page's rule) and the newest
 * published version of every standard the households may have been reviewed under.
 */
@Service
public class NationalRuns {
    public static final List<String> JOBS = List.of("WHAT_IF", "MPI", "DUPLICATES");
    private static final String COLUMNS = "id, job, list_year, standard_id, standard_version, ks, codes, status,"
            + " requested_by, requested_at, started_at, finished_at, households, engine, failure";
    private final JdbcClient jdbc;
    private final PovertyStandards standards;
    private final AuditLog audit;
    private final Clock clock;

    NationalRuns(JdbcClient jdbc, PovertyStandards standards, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a request asks; {@code k}: comma-separated cut-offs (Alkire–Foster; default 0.33). */
    public record Request(String job, Integer year, String standard, Integer version, String k) {}

    /** The national figures are the whole country's: a reader with a smaller jurisdiction is refused. */
    static void requireCountry(Actor actor) {
        actor.require(Permission.REPORT_READ);
        if (!actor.jurisdiction().everywhere()) {
            throw new NotPermitted(Message.of("national.wholeCountryOnly"));
        }
    }

    @Transactional
    public NationalRun request(Actor actor, Request r) {
        requireCountry(actor);
        String job = r.job() == null ? "" : r.job().trim().toUpperCase(Locale.ROOT);
        if (!JOBS.contains(job)) {
            throw InvalidInput.of("job", Message.of("national.job", String.valueOf(r.job()), String.join(", ", JOBS)));
        }
        Integer year = null;
        if (!job.equals("DUPLICATES")) {
            if (r.year() == null || r.year() < 2000 || r.year() > 2200) {
                throw InvalidInput.of("year", Message.of("national.year", String.valueOf(r.year())));
            }
            year = r.year();
        }
        String target = null;
        String sources = null;
        String standardId = null;
        Integer standardVersion = null;
        String ks = null;
        String codes = null;
        String weights = null;
        if (job.equals("WHAT_IF")) {
            PovertyStandard t = standards.forClassification(r.standard(), r.version());
            standardId = t.id();
            standardVersion = t.version();
            target = StandardJson.write(t);
            sources = sources();
        } else if (job.equals("MPI")) {
            PovertyStandard s = standards.forClassification(r.standard(), r.version());
            standardId = s.id();
            standardVersion = s.version();
            List<String> c = s.indicators().stream().map(i -> i.code().name()).toList();
            codes = "{" + String.join(",", c) + "}";
            String[] w = new String[c.size()];
            Arrays.fill(w, Double.toString(1.0 / c.size()));
            weights = "{" + String.join(",", w) + "}";
            ks = "{"
                    + String.join(
                            ",", cutoffs(r.k()).stream().map(String::valueOf).toList()) + "}";
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("job", job);
        p.put("year", year);
        p.put("standard", standardId);
        p.put("version", standardVersion);
        p.put("target", target);
        p.put("sources", sources);
        p.put("ks", ks);
        p.put("codes", codes);
        p.put("weights", weights);
        p.put("by", actor.username());
        p.put("at", Timestamp.from(clock.instant()));
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO national_run (job, list_year, standard_id, standard_version, target, sources, ks, codes,
                                                      weights, requested_by, requested_at)
                            VALUES (:job, :year, :standard, :version, CAST(:target AS jsonb), CAST(:sources AS jsonb),
                                    CAST(:ks AS float8[]), CAST(:codes AS text[]), CAST(:weights AS float8[]), :by, :at)
                            RETURNING id""").params(p).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("job", Message.of("national.runOpen", job));
        }
        audit.event(actor.username(), "REQUEST", "NationalRun", id, null, job);
        return get(id).orElseThrow();
    }

    /** The runs, newest first (at most {@code limit}). */
    public List<NationalRun> list(Actor actor, int limit) {
        requireCountry(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM national_run ORDER BY id DESC LIMIT :limit")
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> run(rs))
                .list();
    }

    /** The newest finished run of a job, the one the pages show. */
    public Optional<NationalRun> latestFinished(String job) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM national_run WHERE job = :job AND status = 'FINISHED' ORDER BY id DESC LIMIT 1")
                .param("job", job)
                .query((rs, n) -> run(rs))
                .optional();
    }

    /** The open run of a job (requested or running), shown so that nobody requests it twice. */
    public Optional<NationalRun> open(String job) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM national_run WHERE job = :job AND status IN ('REQUESTED', 'RUNNING') LIMIT 1")
                .param("job", job)
                .query((rs, n) -> run(rs))
                .optional();
    }

    Optional<NationalRun> get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM national_run WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> run(rs))
                .optional();
    }

    private String sources() {
        StringBuilder b = new StringBuilder("{");
        for (PovertyStandard s : standards.list()) {
            PovertyStandard published;
            try {
                published = standards.forClassification(s.id(), null);
            } catch (InvalidInput e) {
                continue; // never published: no household was reviewed under it
            }
            b.append(b.length() == 1 ? "" : ",")
                    .append('"')
                    .append(published.id())
                    .append("\":")
                    .append(StandardJson.write(published));
        }
        return b.append('}').toString();
    }

    static List<Double> cutoffs(String k) {
        List<Double> out = new ArrayList<>();
        for (String part : (k == null || k.isBlank() ? "0.33" : k).split(",")) {
            double v;
            try {
                v = Double.parseDouble(part.trim());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("k", Message.of("national.k", part));
            }
            if (!(v > 0 && v <= 1)) {
                throw InvalidInput.of("k", Message.of("national.k", part));
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static NationalRun run(ResultSet rs) throws SQLException {
        return new NationalRun(
                rs.getLong("id"),
                rs.getString("job"),
                (Integer) rs.getObject("list_year"),
                rs.getString("standard_id"),
                (Integer) rs.getObject("standard_version"),
                array(rs.getArray("ks"), Double[].class),
                array(rs.getArray("codes"), String[].class),
                rs.getString("status"),
                rs.getString("requested_by"),
                instant(rs.getTimestamp("requested_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                (Long) rs.getObject("households"),
                rs.getString("engine"),
                rs.getString("failure"));
    }

    private static <T> List<T> array(Array a, Class<T[]> type) throws SQLException {
        return a == null ? List.of() : List.of(type.cast(a.getArray()));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
