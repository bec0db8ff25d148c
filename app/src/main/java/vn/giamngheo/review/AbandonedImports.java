package vn.giamngheo.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: an import job still RUNNING whose owner's lock is free belongs to a process that stopped
 * (or was killed) midway. Its transaction never committed, so nothing of it is stored; the job says
 * so. A job another instance is running is left alone; {@link OrphanedImports} sweeps while the
 * application runs.
 */
@Component
@Order(5)
class AbandonedImports implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);
    private final ImportJobStore jobs;

    AbandonedImports(ImportJobStore jobs) {
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = jobs.abandonOrphaned();
        if (n > 0) {
            log.info("{} import(s) stopped with the application before finishing: marked ABANDONED, nothing stored", n);
        }
    }
}
