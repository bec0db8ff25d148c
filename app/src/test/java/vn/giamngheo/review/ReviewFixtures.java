package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
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

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    private AdminUnit district;

    /**
     * A fresh commune of this test, named {@code label} and a random tag, with villages "1" to "3", in
     * the test's own district (reports go to it, as before 7/2025) of a fresh province: the communes of
     * one test share that district, and nothing of the demo dataset or of another test is shared.
     */
    AdminUnit commune(String label) {
        TestUnits places = new TestUnits(units);
        if (district == null) {
            district = places.aDistrictIn(places.aProvince());
        }
        String tag = TestUnits.tag();
        AdminUnit commune = units.create(
                ADMIN, new NewAdminUnit(district.id(), "X" + tag, label + " " + tag, "Xã", "COMMUNE", null));
        places.villagesIn(commune, 3);
        return commune;
    }

    /** The district a commune of {@link #commune} belongs to, as its report addressee names it. */
    String districtName(AdminUnit commune) {
        AdminUnit district = units.get(commune.parentId());
        return district.kind() + " " + district.name();
    }

    /** A new commune official whose jurisdiction is the commune; logs in with {@code Http.DEMO_PASSWORD}. */
    String officialOf(AdminUnit commune) {
        return new TestUsers(userAccounts).a(Role.COMMUNE_OFFICIAL, commune);
    }

    /** A new system administrator. */
    String administrator() {
        return new TestUsers(userAccounts).anAdministrator();
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

    /** Walks a periodic or regular campaign step by step to its survey. */
    void toSurvey(ReviewCampaign c) {
        while (reviews.get(ADMIN, c.id()).step() != Step.SURVEY) {
            reviews.advance(
                    ADMIN,
                    c.id(),
                    StepRequest.to(c.kind().next(reviews.get(ADMIN, c.id()).step())));
        }
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

    /** Each household's code and the transition the campaign's outcome holds for it. */
    Map<String, String> transitions(ReviewCampaign c) {
        return jdbc
                .sql("SELECT h.code, o.transition FROM review_outcome o JOIN household h ON h.id = o.household_id"
                        + " WHERE o.campaign_id = :id")
                .param("id", c.id())
                .query((rs, n) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
