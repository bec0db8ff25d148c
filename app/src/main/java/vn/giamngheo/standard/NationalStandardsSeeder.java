package vn.giamngheo.standard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At startup, puts the shipped national standards into the database when they are missing. */
@Component
@Order(0)
class NationalStandardsSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(NationalStandardsSeeder.class);
    private final PovertyStandards standards;

    NationalStandardsSeeder(PovertyStandards standards) {
        this.standards = standards;
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = standards.seedNational();
        if (seeded > 0) {
            log.info("Seeded {} national poverty standards from {}", seeded, ReferenceStandards.RESOURCE);
        }
    }
}
