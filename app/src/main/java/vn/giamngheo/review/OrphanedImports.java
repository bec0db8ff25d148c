package vn.giamngheo.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps import jobs honest when several instances share the database (decision 1812): this instance
 * keeps its owner lock ({@link ImportOwner}), and one instance at a time (a transaction advisory
 * lock, the round skipped when another holds it) marks ABANDONED the RUNNING jobs whose owner is
 * gone — those of an instance that stopped while the others run on. A job started on one instance
 * is followed from any other: its progress is a row, committed apart.
 */
@Component
class OrphanedImports {
    private static final Logger log = LoggerFactory.getLogger(OrphanedImports.class);
    private static final long SWEEP_LOCK = 0x696d706f7274L;
    private final ImportJobStore jobs;
    private final ImportOwner owner;
    private final JdbcClient jdbc;

    OrphanedImports(ImportJobStore jobs, ImportOwner owner, JdbcClient jdbc) {
        this.jobs = jobs;
        this.owner = owner;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${giamngheo.import.keep-every:PT20S}")
    void keep() {
        owner.keep();
    }

    @Scheduled(fixedDelayString = "${giamngheo.import.sweep-every:PT30S}", initialDelayString = "PT30S")
    @Transactional
    public void sweep() {
        boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", SWEEP_LOCK)
                .query(Boolean.class)
                .single());
        if (mine) {
            int n = jobs.abandonOrphaned();
            if (n > 0) {
                log.info("{} import(s) whose instance stopped before finishing: marked ABANDONED, nothing stored", n);
            }
        }
    }
}
