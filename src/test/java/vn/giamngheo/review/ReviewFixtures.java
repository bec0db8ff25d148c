package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.shared.Actor;

/** What the review's integration tests share: places of the demo hierarchy, an administrator, the steps walked. */
abstract class ReviewFixtures extends IntegrationTestBase {
    static final Actor ADMIN = Actor.system("review-test");

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewProcedure procedure;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewSurvey survey;

    @Autowired
    ReviewResults results;

    @Autowired
    AdminUnits units;

    @Autowired
    Clock clock;

    AdminUnit commune(String name) {
        return units.search(name, "COMMUNE", 10).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    AdminUnit village(AdminUnit commune, String number) {
        return units.children(commune.id()).stream()
                .filter(v -> v.name().equals(number))
                .findFirst()
                .orElseThrow();
    }

    ReviewCampaign campaign(AdminUnit commune, CampaignKind kind, int year, Integer month) {
        return reviews.create(ADMIN, new NewReview(commune.id(), year, "ND07_2021", kind, month));
    }

    ReviewImport.Result importJsonl(ReviewCampaign c, Long villageId, TestHousehold... households) {
        return imports.run(
                ADMIN, c.id(), jsonl(TestHousehold.jsonl(households)), new ReviewImport.Options(false, villageId));
    }

    static HouseholdSource jsonl(String text) {
        return ReviewImport.source("JSONL", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static HouseholdSource csv(String text) {
        return ReviewImport.source("CSV", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Walks an imported baseline to RECOGNISED. */
    ReviewCampaign recogniseBaseline(ReviewCampaign c) {
        return reviews.advance(
                ADMIN, c.id(), new StepRequest(Step.RECOGNISED, null, null, null, null, null, null, null));
    }

    /** Walks a periodic or regular campaign whose households are surveyed through every step to RECOGNISED. */
    ReviewCampaign walkToRecognised(ReviewCampaign c) {
        for (Step step = reviews.get(ADMIN, c.id()).step(); step != Step.RECOGNISED; ) {
            Step next = c.kind().next(step);
            StepRequest r = switch (next) {
                case POSTING -> {
                    meetEveryVillage(c);
                    yield new StepRequest(next, null, today().minusDays(20), 3, null, null, null, null);
                }
                case RECOGNITION -> new StepRequest(next, null, null, null, today().minusDays(3), null, null, null);
                case RECOGNISED ->
                    new StepRequest(
                            next, null, null, null, null, "12/QĐ-UBND", today().minusDays(1), "Nguyễn Văn Chủ Tịch");
                default -> StepRequest.to(next);
            };
            step = reviews.advance(ADMIN, c.id(), r).step();
        }
        return reviews.get(ADMIN, c.id());
    }

    void meetEveryVillage(ReviewCampaign c) {
        ReviewCampaign now = reviews.get(ADMIN, c.id());
        assertThat(now.step()).isEqualTo(Step.VILLAGE_MEETING);
        survey.households(ADMIN, c.id(), null, null, 0, 1000).stream()
                .map(h -> h.villageId() == null ? c.unitId() : h.villageId())
                .distinct()
                .forEach(v -> procedure.recordMeeting(ADMIN, c.id(), v, today().minusDays(21), 30, 20, null));
    }
}
