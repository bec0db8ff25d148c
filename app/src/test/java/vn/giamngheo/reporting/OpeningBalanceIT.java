package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.review.Flows;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewResults;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandards;

/**
 * This year's opening balance is last year's recognised closing, whatever the survey holds: a
 * survey that entered only the head of households of several persons changes the closing, never
 * the opening, in the campaign's flows (open and recognised) and in the report.
 */
class OpeningBalanceIT extends IntegrationTestBase {
    @Autowired
    AdminUnits units;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewProcedure procedure;

    @Autowired
    ReviewResults results;

    @Autowired
    PovertyStandards standards;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOpeningInPersonsIsLastYearsRecognisedClosingAfterAPartialSurvey() throws Exception {
        ReviewFixture f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Đầu Kỳ " + tag, "Tỉnh", "PROVINCE");
        AdminUnit commune = f.commune(province.id(), tag + "-c", "Một", 1);
        var nd07 = standards.get("ND07_2021", null);
        List<ObjectNode> base = new ArrayList<>();
        List<ObjectNode> partial = new ArrayList<>();
        Map<String, Long> closing = new HashMap<>();
        int trimmed = 0;
        for (ObjectNode line : ReviewFixture.generated(300, 23, tag)) {
            String cls = PovertyClassifier.classify(ExchangeFormat.parse(line.toString()), nd07)
                    .householdClass()
                    .name();
            if (!cls.equals("POOR") && !cls.equals("NEAR_POOR")) {
                continue;
            }
            ObjectNode b = line.deepCopy();
            b.put("recognizedClass", cls);
            base.add(b);
            closing.merge(cls, (long) line.get("members").size(), Long::sum);
            ObjectNode p = line.deepCopy();
            if (p.get("members") instanceof ArrayNode members && members.size() > 1 && trimmed < 20) {
                // only the head entered: the survey holds one person of several
                while (members.size() > 1) {
                    members.remove(members.size() - 1);
                }
                trimmed++;
            }
            partial.add(p);
        }
        assertThat(trimmed).isEqualTo(20);
        assertThat(closing.get("NEAR_POOR")).isPositive();
        List<String> villages = base.stream().map(l -> "1").toList();
        f.baseline(commune.id(), 2024, base, villages);

        ReviewCampaign open = f.surveyed(commune.id(), 2025, partial, villages);
        Flows openPersons = results.flows(f.actor, open.id()).persons();
        assertThat(openPersons.poor().start()).isEqualTo(closing.get("POOR"));
        assertThat(openPersons.nearPoor().start()).isEqualTo(closing.get("NEAR_POOR"));
        assertThat(openPersons.balances()).isTrue();
        long surveyedPersons =
                partial.stream().mapToLong(l -> l.get("members").size()).sum();
        assertThat(openPersons.poor().end() + openPersons.nearPoor().end()).isLessThanOrEqualTo(surveyedPersons);

        f.recognise(open, commune.id(), 2025);
        Flows recognised = results.flows(f.actor, open.id()).persons();
        assertThat(recognised.nearPoor().start()).isEqualTo(closing.get("NEAR_POOR"));
        assertThat(recognised.poor().start()).isEqualTo(closing.get("POOR"));
        assertThat(recognised.balances()).isTrue();

        Map<String, Long> lastYear = cells(commune, 2025);
        Map<String, Long> thisYear = cells(commune, 2026);
        for (String side : List.of("POOR", "NEAR_POOR")) {
            assertThat(lastYear.get(side + "|PERSONS")).as(side).isEqualTo(closing.get(side));
            assertThat(thisYear.get(side + ".START|PERSONS")).as(side).isEqualTo(lastYear.get(side + "|PERSONS"));
            assertThat(thisYear.get(side + ".END|PERSONS")).as(side).isEqualTo(thisYear.get(side + "|PERSONS"));
        }
        // the smaller survey shows as other decreases, never as a smaller opening
        assertThat(thisYear.getOrDefault("NEAR_POOR.MOVED_OUT|PERSONS", 0L)
                        + thisYear.getOrDefault("POOR.MOVED_OUT|PERSONS", 0L))
                .isPositive();
    }

    Map<String, Long> cells(AdminUnit unit, int year) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("SELECT row_key || '|' || col, value FROM report_cell WHERE unit_id = :u AND list_year = :y")
                .param("u", unit.id())
                .param("y", year)
                .query(rs -> {
                    m.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        return m;
    }
}
