package vn.giamngheo.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.household.Member;
import vn.giamngheo.shared.Actor;

/**
 * Households and recognised lists built by hand for the jobs tests: registry households through the
 * facade, and recognised campaigns written as the review leaves them (campaign, survey rows with their
 * causes and deprivations, outcomes), so the published views see lists in force.
 */
final class JobsFixtures {
    static final Actor SYSTEM = Actor.system("jobs-test");
    private final HouseholdRegistry registry;
    private final JdbcClient jdbc;

    JobsFixtures(HouseholdRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    static Member member(String name, String relation, int birthYear, String sex, String employment) {
        // the citizen ID number: province, century and sex, the year of birth's last two digits, six digits
        int centurySex = (birthYear >= 2000 ? 2 : 0) + (sex.equals("F") ? 1 : 0);
        String id = "038" + centurySex + String.format("%02d", birthYear % 100)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return new Member(
                name,
                id,
                birthYear,
                sex,
                relation,
                "Kinh",
                true,
                null,
                null,
                "LOWER_SECONDARY",
                false,
                employment,
                false,
                false,
                false);
    }

    Household household(String code, AdminUnit village, Member... members) {
        return registry.create(
                SYSTEM,
                new HouseholdData(
                        code,
                        village.id(),
                        members[0].name(),
                        "Thôn " + village.name(),
                        "0912 345 678",
                        "RURAL",
                        true,
                        null,
                        null,
                        null,
                        null,
                        vn.giamngheo.standard.TestFacts.aModestDwelling(),
                        List.of(members)));
    }

    /** A household's place on a recognised list: its class after (null = off the lists), before, causes and deprivations. */
    record Listed(
            Household household,
            String classBefore,
            String classAfter,
            String transition,
            List<String> causes,
            List<String> deprivations) {}

    /** A recognised campaign of the commune giving the lists of {@code listYear}; recognised after the earlier ones. */
    long recognise(AdminUnit commune, String kind, int listYear, List<Listed> rows) {
        Timestamp now = Timestamp.from(Instant.now());
        long campaign = jdbc.sql("""
                        INSERT INTO review_campaign (unit_id, kind, year, list_year, standard_id, standard_version, step,
                               recognition_seq, created_at, created_by, changed_at, changed_by)
                        VALUES (:u, :kind, :year, :listYear, 'ND07_2021', 1, 'RECOGNISED', nextval('review_recognition_seq'),
                               :at, 'jobs-test', :at, 'jobs-test')
                        RETURNING id
                        """)
                .param("u", commune.id())
                .param("kind", kind)
                .param("year", listYear - 1)
                .param("listYear", listYear)
                .param("at", now)
                .query(Long.class)
                .single();
        long province = Long.parseLong(commune.path().split("/")[1]);
        for (Listed l : rows) {
            String input = "{\"causes\": ["
                    + String.join(
                            ",", l.causes().stream().map(c -> "\"" + c + "\"").toList()) + "]}";
            long row = jdbc.sql("""
                            INSERT INTO review_household (province_id, campaign_id, household_id, household_code, source, input,
                                   household_class, deprivations, persons, created_at, created_by, changed_at, changed_by)
                            VALUES (:p, :c, :h, :code, 'LIST', CAST(:input AS jsonb), :class, :deps, 3, :at, 'jobs-test', :at,
                                   'jobs-test')
                            RETURNING id
                            """)
                    .param("p", province)
                    .param("c", campaign)
                    .param("h", l.household().id())
                    .param("code", l.household().data().code())
                    .param("input", input)
                    .param("class", l.classAfter() == null ? "NOT_POOR" : l.classAfter())
                    .param("deps", l.deprivations().toArray(new String[0]))
                    .param("at", now)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            INSERT INTO review_outcome (province_id, campaign_id, household_id, review_row_id, previous_class,
                                   household_class, transition, persons)
                            VALUES (:p, :c, :h, :row, :before, :after, :transition, 3)
                            """)
                    .param("p", province)
                    .param("c", campaign)
                    .param("h", l.household().id())
                    .param("row", row)
                    .param("before", l.classBefore())
                    .param("after", l.classAfter())
                    .param("transition", l.transition())
                    .update();
        }
        return campaign;
    }
}
