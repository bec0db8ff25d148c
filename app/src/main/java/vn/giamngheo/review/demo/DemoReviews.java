package vn.giamngheo.review.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.HouseholdSource;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewRequest;
import vn.giamngheo.review.ReviewSurvey;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.review.Step;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.review.demo.DemoHouseholds.Generated;
import vn.giamngheo.review.demo.DemoHouseholds.Place;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;

/**
 * On the first start with the demo dataset: households for Xuân Bái, Thọ Lâm and the 8 communes of
 * Ngọc Hồi, their 2023 baseline, a regular round in Xuân Bái in March 2024 (one household escapes,
 * one is added), a move from Xuân Bái to Thọ Lâm and a voided household, the 2024 periodic review
 * of every commune through all its steps to recognition (one village meeting fails first); the
 * current year's review follows the 2025 reform ({@link DemoCurrentReview}). Off with {@code
 * giamngheo.demo-households=false} (the tests set it).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoReviews implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final List<Object[]> PLACES = List.of(
            new Object[] {"Xuân Bái", "XB", 240, 0.07, 0.06, false},
            new Object[] {"Thọ Lâm", "TL", 180, 0.09, 0.07, false},
            new Object[] {"Plei Kần", "PK", 300, 0.06, 0.05, true},
            new Object[] {"Đăk Kan", "DK", 160, 0.22, 0.12, true},
            new Object[] {"Đăk Ang", "DA", 120, 0.30, 0.14, true},
            new Object[] {"Đăk Dục", "DD", 150, 0.24, 0.12, true},
            new Object[] {"Đăk Nông", "DN", 140, 0.20, 0.13, true},
            new Object[] {"Đăk Xú", "DX", 130, 0.25, 0.10, true},
            new Object[] {"Bờ Y", "BY", 170, 0.18, 0.12, true},
            new Object[] {"Sa Loong", "SL", 110, 0.28, 0.15, true});

    private final Reviews reviews;
    private final ReviewImport imports;
    private final ReviewProcedure procedure;
    private final ReviewSurvey survey;
    private final HouseholdRegistry registry;
    private final AdminUnits units;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    DemoReviews(
            Reviews reviews,
            ReviewImport imports,
            ReviewProcedure procedure,
            ReviewSurvey survey,
            HouseholdRegistry registry,
            AdminUnits units,
            JdbcClient jdbc,
            Clock clock,
            @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.reviews = reviews;
        this.imports = imports;
        this.procedure = procedure;
        this.survey = survey;
        this.registry = registry;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** A demo commune with its generated households. */
    private record Commune(AdminUnit unit, List<Generated> households, List<AdminUnit> villages) {}

    @Override
    public void run(ApplicationArguments args) {
        boolean any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM review_campaign)")
                .query(Boolean.class)
                .single();
        if (!enabled || any) {
            return;
        }
        long started = System.nanoTime();
        List<Commune> communes = new ArrayList<>();
        for (Object[] p : PLACES) {
            commune((String) p[0])
                    .ifPresent(unit -> communes.add(new Commune(
                            unit,
                            DemoHouseholds.generate(new Place(
                                    (String) p[1],
                                    ((String) p[1]).hashCode(),
                                    (int) p[2],
                                    (double) p[3],
                                    (double) p[4],
                                    (boolean) p[5])),
                            units.children(unit.id()).stream()
                                    .filter(v -> v.level().equals("VILLAGE"))
                                    .toList())));
        }
        if (communes.isEmpty()) {
            return;
        }
        for (Commune c : communes) {
            baseline(c);
        }
        Commune xuanBai = communes.get(0);
        Generated escaping = first(xuanBai, HouseholdClass.POOR, HouseholdClass.POOR);
        regularRound(xuanBai, escaping, first(xuanBai, null, HouseholdClass.NEAR_POOR));
        Generated moving = xuanBai.households().stream()
                .filter(h ->
                        h.listed2023() == HouseholdClass.POOR && h.found2024() == HouseholdClass.POOR && h != escaping)
                .findFirst()
                .orElse(null);
        List<Generated> movedIn = new ArrayList<>();
        if (communes.size() > 1 && moving != null) {
            long id = registry.idByCode(LOADER, moving.code()).orElseThrow();
            registry.move(
                    LOADER,
                    id,
                    communes.get(1).villages().get(0).id(),
                    registry.get(LOADER, id).version());
            movedIn.add(moving);
        }
        List<String> voided = new ArrayList<>();
        if (communes.size() > 3) {
            Generated gone = first(communes.get(3), HouseholdClass.NEAR_POOR, HouseholdClass.NEAR_POOR);
            long id = registry.idByCode(LOADER, gone.code()).orElseThrow();
            registry.voidHousehold(
                    LOADER,
                    id,
                    "Chủ hộ mất, các thành viên nhập hộ khác",
                    registry.get(LOADER, id).version());
            voided.add(gone.code());
        }
        for (int i = 0; i < communes.size(); i++) {
            Commune c = communes.get(i);
            boolean first = i == 0;
            List<Generated> file = new ArrayList<>(c.households().stream()
                    .filter(h -> !voided.contains(h.code()))
                    .filter(h -> !first || !movedIn.contains(h))
                    .toList());
            if (i == 1) {
                file.addAll(movedIn);
            }
            periodic(c, file, first, first ? escaping : null);
        }
        log.info(
                "Demo reviews loaded for {} communes in {} ms",
                communes.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void baseline(Commune c) {
        ReviewCampaign b =
                reviews.create(LOADER, new NewReview(c.unit().id(), 2023, null, CampaignKind.BASELINE, null));
        List<HouseholdSource.Row> rows = new ArrayList<>();
        for (Generated h : c.households()) {
            if (h.listed2023() != null) {
                rows.add(row(
                        rows.size() + 1,
                        withRecognised(
                                DemoHouseholds.survey(
                                        h.code(),
                                        h.listed2023(),
                                        false,
                                        new java.util.Random(h.code().hashCode())),
                                h),
                        h));
            }
        }
        imports.run(LOADER, b.id(), source(rows), new ReviewImport.Options(false, null));
        reviews.advance(
                LOADER,
                b.id(),
                new StepRequest(
                        Step.RECOGNISED,
                        null,
                        null,
                        null,
                        null,
                        "198/QĐ-UBND",
                        LocalDate.of(2023, 12, 12),
                        chairman(c)));
    }

    private void regularRound(Commune c, Generated escaping, Generated joining) {
        if (escaping == null || joining == null) {
            return;
        }
        ReviewCampaign r = reviews.create(LOADER, new NewReview(c.unit().id(), 2024, null, CampaignKind.REGULAR, 3));
        HouseholdInput escaped =
                DemoHouseholds.survey(escaping.code(), HouseholdClass.NOT_POOR, false, new java.util.Random(7));
        imports.run(
                LOADER,
                r.id(),
                source(List.of(row(1, escaped, escaping), row(2, joining.survey(), joining))),
                new ReviewImport.Options(false, null));
        LocalDate received = LocalDate.of(2024, 3, 8);
        ReviewRequest m04 = procedure.receiveRequest(
                LOADER,
                r.id(),
                new ReviewProcedure.NewRequest("M04", received, "IN_PERSON", escaping.code(), "Chủ hộ"));
        ReviewRequest m01 = procedure.receiveRequest(
                LOADER,
                r.id(),
                new ReviewProcedure.NewRequest("M01", received.plusDays(2), "ONLINE", joining.code(), "Chủ hộ"));
        reviews.advance(LOADER, r.id(), StepRequest.to(Step.SCREENING));
        procedure.screen(LOADER, r.id(), m04.id(), true, null, m04.version());
        procedure.screen(LOADER, r.id(), m01.id(), true, null, m01.version());
        reviews.advance(LOADER, r.id(), StepRequest.to(Step.SURVEY));
        reviews.advance(LOADER, r.id(), StepRequest.to(Step.VILLAGE_MEETING));
        meet(r, LocalDate.of(2024, 3, 20), false);
        reviews.advance(
                LOADER,
                r.id(),
                new StepRequest(Step.POSTING, null, LocalDate.of(2024, 3, 21), 3, null, null, null, null));
        reviews.advance(LOADER, r.id(), StepRequest.to(Step.RECOGNITION));
        reviews.advance(
                LOADER,
                r.id(),
                new StepRequest(
                        Step.RECOGNISED, null, null, null, null, "35/QĐ-UBND", LocalDate.of(2024, 3, 28), chairman(c)));
    }

    private void periodic(Commune c, List<Generated> file, boolean failOneMeeting, Generated fellBack) {
        ReviewCampaign p =
                reviews.create(LOADER, new NewReview(c.unit().id(), 2024, null, CampaignKind.PERIODIC, null));
        List<HouseholdSource.Row> rows = new ArrayList<>();
        for (Generated h : file) {
            rows.add(row(rows.size() + 1, h.survey(), h));
        }
        imports.run(LOADER, p.id(), source(rows), new ReviewImport.Options(false, null));
        reviews.advance(LOADER, p.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(LOADER, p.id(), StepRequest.to(Step.SURVEY));
        reviews.advance(LOADER, p.id(), StepRequest.to(Step.VILLAGE_MEETING));
        if (failOneMeeting) {
            procedure.recordMeeting(
                    LOADER,
                    p.id(),
                    c.villages().get(1).id(),
                    LocalDate.of(2024, 10, 18),
                    64,
                    29,
                    "Chưa thống nhất kết quả của 3 hộ: rà soát lại");
            reviews.advance(LOADER, p.id(), StepRequest.to(Step.VILLAGE_MEETING));
        }
        meet(p, LocalDate.of(2024, 10, 25), true);
        reviews.advance(
                LOADER,
                p.id(),
                new StepRequest(Step.POSTING, null, LocalDate.of(2024, 11, 4), null, null, null, null, null));
        if (fellBack != null) {
            var complaint = procedure.receiveComplaint(
                    LOADER,
                    p.id(),
                    fellBack.code(),
                    LocalDate.of(2024, 11, 5),
                    "Hộ đề nghị xem xét lại thu nhập sau khi mất mùa");
            procedure.resolveComplaint(
                    LOADER,
                    p.id(),
                    complaint.id(),
                    "Phúc tra ngày 08/11/2024: thu nhập bình quân dưới chuẩn, giữ kết quả hộ nghèo",
                    complaint.version());
        }
        reviews.advance(LOADER, p.id(), StepRequest.to(Step.REPORTING));
        reviews.advance(
                LOADER,
                p.id(),
                new StepRequest(Step.RECOGNITION, null, null, null, LocalDate.of(2024, 11, 12), null, null, null));
        reviews.advance(
                LOADER,
                p.id(),
                new StepRequest(
                        Step.RECOGNISED,
                        null,
                        null,
                        null,
                        null,
                        "215/QĐ-UBND",
                        LocalDate.of(2024, 12, 10),
                        chairman(c)));
    }

    private void meet(ReviewCampaign c, LocalDate on, boolean all) {
        survey.households(LOADER, c.id(), null, null, 0, 1000).stream()
                .map(h -> h.villageId() == null ? c.unitId() : h.villageId())
                .distinct()
                .forEach(v -> procedure.recordMeeting(
                        LOADER, c.id(), v, on, 80 + (int) (v % 40), 80 + (int) (v % 40) - (int) (v % 25), null));
    }

    private Generated first(Commune c, HouseholdClass listed, HouseholdClass found) {
        return c.households().stream()
                .filter(h -> h.listed2023() == listed && h.found2024() == found)
                .findFirst()
                .orElse(null);
    }

    private static HouseholdInput withRecognised(HouseholdInput s, Generated h) {
        return new HouseholdInput(
                s.ref(),
                s.area(),
                s.incomePerCapita(),
                s.scoreA(),
                s.deprivations(),
                h.survey().members(),
                s.dwelling(),
                s.labourCapacity(),
                s.causes(),
                h.listed2023());
    }

    private static HouseholdSource.Row row(int n, HouseholdInput input, Generated h) {
        return HouseholdSource.Row.of(n, null, input, String.valueOf(h.village()));
    }

    private static String chairman(Commune c) {
        return c.unit().name().startsWith("Đăk") || c.unit().name().startsWith("Sa") ? "A Thiên" : "Lê Văn Thành";
    }

    private Optional<AdminUnit> commune(String name) {
        return units.search(name, "COMMUNE", 10).stream()
                .filter(u -> u.name().equals(name))
                .findFirst();
    }

    /** Rows held in memory (a demo commune has a few hundred households) as an import source. */
    private static HouseholdSource source(List<HouseholdSource.Row> rows) {
        Iterator<HouseholdSource.Row> it = rows.iterator();
        return new HouseholdSource() {
            @Override
            public Row next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public String format() {
                return "DEMO";
            }

            @Override
            public void close() {}
        };
    }
}
