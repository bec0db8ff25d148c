package vn.giamngheo.reporting;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.generator.GenerateCommand;
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
 * Test data through the product's own paths: units, a baseline campaign (lists as given) and a
 * periodic campaign taken through every step to recognition.
 */
final class ReviewFixture {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);
    final Actor actor = Actor.system("report-test");
    private final AdminUnits units;
    private final Reviews reviews;
    private final ReviewImport imports;
    private final ReviewProcedure procedure;

    ReviewFixture(AdminUnits units, Reviews reviews, ReviewImport imports, ReviewProcedure procedure) {
        this.units = units;
        this.reviews = reviews;
        this.imports = imports;
        this.procedure = procedure;
    }

    static String tag() {
        return "t" + SEQ.incrementAndGet();
    }

    AdminUnit unit(Long parent, String code, String name, String kind, String level) {
        return units.create(actor, new NewAdminUnit(parent, code, name, kind, level, null));
    }

    /** A commune with villages "Thôn 1" … "Thôn n". */
    AdminUnit commune(long parent, String code, String name, int villages) {
        AdminUnit c = unit(parent, code, name, "Xã", "COMMUNE");
        for (int v = 1; v <= villages; v++) {
            unit(c.id(), code + "-" + v, Integer.toString(v), "Thôn", "VILLAGE");
        }
        return c;
    }

    /** Generated households (the generator's lines, refs replaced by {@code prefix-N}), undetermined ones left out. */
    static List<ObjectNode> generated(int n, long seed, String prefix) throws Exception {
        Path file = Files.createTempFile("rpt-gen", ".jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new GenerateCommand()
                .run(
                        new String[] {
                            "--households", Integer.toString(n), "--seed", Long.toString(seed), "--out", file.toString()
                        },
                        System.in,
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err));
        if (code != 0) {
            throw new IllegalStateException("generate failed: " + err);
        }
        List<ObjectNode> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            if (!node.has("incomePerCapita") && !node.has("scoreA")) {
                continue;
            }
            node.put("ref", prefix + "-" + (++i));
            if (node.get("members") instanceof tools.jackson.databind.node.ArrayNode members) {
                // "Vương …" sorts after the registry test's households in the national list (first page of 100)
                for (var m : members) {
                    if (m instanceof ObjectNode member && member.has("name")) {
                        member.put("name", "Vương " + member.get("name").asString());
                    }
                }
            }
            out.add(node);
        }
        Files.delete(file);
        return out;
    }

    /** A baseline campaign of the commune for {@code year} (lists of year + 1), imported and recognised. */
    ReviewCampaign baseline(long communeId, int year, List<ObjectNode> lines, List<String> villages) {
        ReviewCampaign c = reviews.create(actor, new NewReview(communeId, year, null, CampaignKind.BASELINE, null));
        imports.run(actor, c.id(), source(lines, villages), new ReviewImport.Options(false, null));
        return reviews.advance(actor, c.id(), decision(LocalDate.of(year, 12, 20)));
    }

    /** A periodic campaign held in {@code year}, every household of {@code lines} surveyed, recognised. */
    ReviewCampaign periodic(long communeId, int year, List<ObjectNode> lines, List<String> villages) {
        return recognise(surveyed(communeId, year, lines, villages), communeId, year);
    }

    /** A periodic campaign held in {@code year}, open at the survey step with {@code lines} imported. */
    ReviewCampaign surveyed(long communeId, int year, List<ObjectNode> lines, List<String> villages) {
        ReviewCampaign c = reviews.create(actor, new NewReview(communeId, year, null, CampaignKind.PERIODIC, null));
        reviews.advance(actor, c.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(actor, c.id(), StepRequest.to(Step.SURVEY));
        imports.run(actor, c.id(), source(lines, villages), new ReviewImport.Options(false, null));
        return c;
    }

    /** Takes a surveyed periodic campaign through the meetings, posting and report to recognition. */
    ReviewCampaign recognise(ReviewCampaign c, long communeId, int year) {
        reviews.advance(actor, c.id(), StepRequest.to(Step.VILLAGE_MEETING));
        LocalDate meeting = LocalDate.of(year, 11, 2);
        for (AdminUnit v : units.children(communeId)) {
            try {
                procedure.recordMeeting(actor, c.id(), v.id(), meeting, 20, 15, null);
            } catch (RuntimeException noHouseholdThere) {
                // a village without households in the campaign holds no meeting
            }
        }
        LocalDate posting = LocalDate.of(year, 11, 5);
        reviews.advance(actor, c.id(), new StepRequest(Step.POSTING, null, posting, 3, null, null, null, null));
        reviews.advance(actor, c.id(), StepRequest.to(Step.REPORTING));
        reviews.advance(
                actor,
                c.id(),
                new StepRequest(Step.RECOGNITION, null, null, null, LocalDate.of(year, 11, 20), null, null, null));
        return reviews.advance(actor, c.id(), decision(LocalDate.of(year, 12, 10)));
    }

    private static StepRequest decision(LocalDate date) {
        return new StepRequest(Step.RECOGNISED, null, null, null, null, "12/QĐ-UBND", date, "Nguyễn Văn Chủ tịch");
    }

    /** Lines as an import source; {@code villages.get(i)} names the village of line i (null: none). */
    static HouseholdSource source(List<ObjectNode> lines, List<String> villages) {
        Iterator<ObjectNode> it = lines.iterator();
        return new HouseholdSource() {
            int row;

            @Override
            public Row next() {
                if (!it.hasNext()) {
                    return null;
                }
                String line = JSON.writeValueAsString(it.next());
                String village = villages == null ? null : villages.get(row);
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
