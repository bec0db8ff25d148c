package vn.giamngheo.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.funding.Posting;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.review.Step;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.Member;

/**
 * What the support tests share: a commune of their own whose households are put on recognised lists
 * by a 2023 baseline (lists of 2024), through the review's facade as an official would, and money
 * allocated to the commune in the funding ledger for the contents the test grants.
 */
abstract class SupportFixtures extends IntegrationTestBase {
    static final Actor SYSTEM = Actor.system("support-test");

    @Autowired
    SupportGrants grants;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    AdminUnits units;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    /** A fresh commune with its households recognised in the 2023 baseline: code → household id. */
    record Place(TestUnits.Commune commune, Map<String, Long> households) {
        long id(String code) {
            return households.get(code);
        }
    }

    /** Households by code and class, each with {@code members} members (head 45, spouse 42, children 10, 8 …). */
    Place place(int members, Map<String, HouseholdClass> classes) {
        return place(new TestUnits(units).aCommune(), members, classes);
    }

    /** As {@link #place(int, Map)}, in a given commune. */
    Place place(TestUnits.Commune commune, int members, Map<String, HouseholdClass> classes) {
        ReviewCampaign c =
                reviews.create(SYSTEM, new NewReview(commune.id(), 2023, "ND07_2021", CampaignKind.BASELINE, null));
        String tag = TestUnits.tag();
        StringBuilder jsonl = new StringBuilder();
        classes.forEach((code, cls) -> jsonl.append(ExchangeFormat.write(household(code + tag, cls, members)))
                .append('\n'));
        imports.run(
                SYSTEM,
                c.id(),
                ReviewImport.source(
                        "JSONL", new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8))),
                new ReviewImport.Options(false, commune.village(1).id()));
        reviews.advance(SYSTEM, c.id(), new StepRequest(Step.RECOGNISED, null, null, null, null, null, null, null));
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String code : classes.keySet()) {
            ids.put(
                    code,
                    jdbc.sql("SELECT id FROM household_register WHERE code = :c")
                            .param("c", code + tag)
                            .query(Long.class)
                            .single());
        }
        return new Place(commune, ids);
    }

    static HouseholdInput household(String code, HouseholdClass cls, int members) {
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            boolean head = i == 0;
            list.add(new Member(
                    head ? "Lò Văn " + code : "Thành viên " + i + " " + code,
                    head ? 45 : i == 1 ? 42 : 12 - 2 * i,
                    i % 2 == 0 ? Member.Sex.M : Member.Sex.F,
                    head ? Member.Relation.HEAD : i == 1 ? Member.Relation.SPOUSE : Member.Relation.CHILD,
                    "Thái",
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        long income =
                cls == HouseholdClass.POOR ? 1_000_000L : cls == HouseholdClass.NEAR_POOR ? 1_200_000L : 3_000_000L;
        IndicatorSet ticks = cls == HouseholdClass.POOR
                ? IndicatorSet.of(Indicator.HEALTH_INSURANCE, Indicator.WATER, Indicator.SANITATION)
                : cls == HouseholdClass.NEAR_POOR ? IndicatorSet.of(Indicator.WATER) : IndicatorSet.EMPTY;
        return new HouseholdInput(code, Area.RURAL, income, null, ticks, list, null, null, null, cls);
    }

    SupportContent content(String code) {
        return catalogue.contents().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Allocates money to the commune for a content's sub-project, year and source. */
    void allocate(Place p, String contentCode, int year, FundingSource source, long amount) {
        SupportContent c = content(contentCode);
        ledger.allocate(
                SYSTEM,
                new Posting(
                        p.commune().id(),
                        year,
                        c.componentId(),
                        null,
                        source,
                        amount,
                        LocalDate.of(year, 1, 2),
                        "Giao dự toán (thử)",
                        null));
    }

    static NewGrant grant(
            long household, Integer member, SupportContent c, String source, LocalDate from, long amount) {
        return new NewGrant(household, null, member, null, c.id(), source, null, from, null, amount, null);
    }
}
