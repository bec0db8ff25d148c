package vn.giamngheo.review.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.review.Step;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.shared.Actor;

/**
 * The current year's review of Xuân Bái's households, left open at the survey so the form can be
 * tried: after the 1 July 2025 reform (the demo applies it at order 30) it runs in Xuân Bái's
 * successor, Xã Lam Sơn, which opens with Xuân Bái's recognised lists; without the reform, in Xuân
 * Bái itself.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoCurrentReview implements ApplicationRunner {
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final String XUAN_BAI = "15547";
    private final Reviews reviews;
    private final AdminUnits units;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    DemoCurrentReview(
            Reviews reviews,
            AdminUnits units,
            JdbcClient jdbc,
            Clock clock,
            @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.reviews = reviews;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock).getYear();
        boolean any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM review_campaign WHERE year = :year)")
                .param("year", year)
                .query(Boolean.class)
                .single();
        AdminUnit xuanBai = units.findByCode(XUAN_BAI).orElse(null);
        if (!enabled || any || year <= 2024 || xuanBai == null) {
            return;
        }
        AdminUnit commune = xuanBai;
        if (commune.retired()) {
            List<Long> next = units.successorIds(commune.id());
            if (next.size() != 1) {
                return;
            }
            commune = units.get(next.get(0));
        }
        ReviewCampaign open =
                reviews.create(LOADER, new NewReview(commune.id(), year, null, CampaignKind.PERIODIC, null));
        // A new commune has no recognised list of its own yet: it opens with its predecessors' lists.
        reviews.advance(LOADER, open.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(LOADER, open.id(), StepRequest.to(Step.SURVEY));
    }
}
