package vn.giamngheo.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps import jobs honest when several instances share the database (decision 1812): this instance
 * renews the leases of the jobs it runs, and one instance at a time (a PostgreSQL advisory lock,
 * skipped when another holds it) marks ABANDONED the jobs whose lease ran out — those of an instance
 * that stopped. A job started on one instance is followed from any other: its progress is a row.
 */
@Component
class ImportLeases {
    private static final Logger log = LoggerFactory.getLogger(ImportLeases.class);
    private static final long SWEEP_LOCK = 0x696d706f7274L;
    private final ImportJobStore jobs;
    private final ReviewImport imports;
    private final JdbcClient jdbc;

    ImportLeases(ImportJobStore jobs, ReviewImport imports, JdbcClient jdbc) {
        this.jobs = jobs;
        this.imports = imports;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${giamngheo.import.renew-every:PT20S}")
    void renew() {
        jobs.renew(imports.running());
    }

    @Scheduled(fixedDelayString = "${giamngheo.import.sweep-every:PT30S}", initialDelayString = "PT30S")
    @Transactional
    public void sweep() {
        boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", SWEEP_LOCK)
                .query(Boolean.class)
                .single());
        if (mine) {
            int n = jobs.abandonExpired();
            if (n > 0) {
                log.info("{} import(s) whose instance stopped before finishing: marked ABANDONED, nothing stored", n);
            }
        }
    }
}
