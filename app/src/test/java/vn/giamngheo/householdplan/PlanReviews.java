package vn.giamngheo.householdplan;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.HouseholdSource;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.review.Step;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.standard.ExchangeFormat;

/**
 * Recognised lists for the plans' tests through the review's own paths: a baseline (lists as given)
 * and a periodic review taken to recognition. Lines are exchange-format JSON with their village.
 */
final class PlanReviews {
    final Actor actor = Actor.system("householdplan-test");
    private final AdminUnits units;
    private final Reviews reviews;
    private final ReviewImport imports;
    private final ReviewProcedure procedure;

    PlanReviews(AdminUnits units, Reviews reviews, ReviewImport imports, ReviewProcedure procedure) {
        this.units = units;
        this.reviews = reviews;
        this.imports = imports;
        this.procedure = procedure;
    }

    /** One household line: its code, income, deprivations, causes, labour capacity and recognised class. */
    static String line(
            String code,
            long income,
            List<String> deprivations,
            List<String> causes,
            Boolean labour,
            String recognized) {
        return "{\"ref\":\"%s\",\"area\":\"RURAL\",\"incomePerCapita\":%d,\"deprivations\":[%s],\"causes\":[%s]%s%s,"
                        .formatted(
                                code,
                                income,
                                quoted(deprivations),
                                quoted(causes),
                                labour == null ? "" : ",\"laborCapacity\":" + labour,
                                recognized == null ? "" : ",\"recognizedClass\":\"" + recognized + "\"")
                + "\"members\":[{\"name\":\"Chủ hộ " + code
                + "\",\"age\":45,\"sex\":\"M\",\"relation\":\"HEAD\",\"ethnicity\":\"Kinh\"}]}";
    }

    private static String quoted(List<String> codes) {
        return String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList());
    }

    ReviewCampaign baseline(long communeId, int year, List<String> lines, List<String> villages) {
        ReviewCampaign c = reviews.create(actor, new NewReview(communeId, year, null, CampaignKind.BASELINE, null));
        imports.run(actor, c.id(), source(lines, villages), new ReviewImport.Options(false, null));
        return reviews.advance(actor, c.id(), decision(LocalDate.of(year, 12, 20)));
    }

    ReviewCampaign periodic(long communeId, int year, List<String> lines, List<String> villages) {
        ReviewCampaign c = reviews.create(actor, new NewReview(communeId, year, null, CampaignKind.PERIODIC, null));
        reviews.advance(actor, c.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(actor, c.id(), StepRequest.to(Step.SURVEY));
        imports.run(actor, c.id(), source(lines, villages), new ReviewImport.Options(false, null));
        reviews.advance(actor, c.id(), StepRequest.to(Step.VILLAGE_MEETING));
        for (AdminUnit v : units.children(communeId)) {
            try {
                procedure.recordMeeting(actor, c.id(), v.id(), LocalDate.of(year, 11, 2), 20, 15, null);
            } catch (RuntimeException noHouseholdThere) {
                // a village without households in the campaign holds no meeting
            }
        }
        reviews.advance(
                actor,
                c.id(),
                new StepRequest(Step.POSTING, null, LocalDate.of(year, 11, 5), 3, null, null, null, null));
        reviews.advance(actor, c.id(), StepRequest.to(Step.REPORTING));
        reviews.advance(
                actor,
                c.id(),
                new StepRequest(Step.RECOGNITION, null, null, null, LocalDate.of(year, 11, 20), null, null, null));
        return reviews.advance(actor, c.id(), decision(LocalDate.of(year, 12, 10)));
    }

    private static StepRequest decision(LocalDate date) {
        return new StepRequest(Step.RECOGNISED, null, null, null, null, "15/QĐ-UBND", date, "Nguyễn Văn Chủ tịch");
    }

    private static HouseholdSource source(List<String> lines, List<String> villages) {
        Iterator<String> it = lines.iterator();
        return new HouseholdSource() {
            int row;

            @Override
            public Row next() {
                if (!it.hasNext()) {
                    return null;
                }
                String line = it.next();
                String village = villages.get(row);
                row++;
                return Row.of(row, line, ExchangeFormat.parse(line), village);
            }

            @Override
            public String format() {
                return "JSONL";
            }

            @Override
            public void close() {}
        };
    }
}
