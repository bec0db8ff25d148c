package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.standard.HouseholdClass;

/**
 * A commune made by merging two communes opens its first review with the union of their recognised
 * lists (decision 1904), and the merger itself moves nobody in or out of the lists.
 */
class MergedCommuneListsIT extends ReviewFixtures {
    @Test
    void theFirstReviewOfAMergedCommuneOpensWithItsPredecessorsListsAndNoMoves() {
        AdminUnit first = commune("Xuân Thắng");
        AdminUnit second = commune("Thử Xuân Hòa");
        ReviewCampaign a = campaign(first, CampaignKind.BASELINE, 2030, null);
        importJsonl(
                a,
                village(first, "1").id(),
                aHousehold("MG-A1").poor().recognised(HouseholdClass.POOR).withMembers(4),
                aHousehold("MG-A2").poor().recognised(HouseholdClass.POOR).withMembers(2),
                aHousehold("MG-A3")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(3));
        recogniseBaseline(a);
        ReviewCampaign b = campaign(second, CampaignKind.BASELINE, 2030, null);
        importJsonl(
                b,
                village(second, "2").id(),
                aHousehold("MG-B1").poor().recognised(HouseholdClass.POOR).withMembers(5),
                aHousehold("MG-B2")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(1));
        recogniseBaseline(b);
        ReviewFlows closingA = results.flows(ADMIN, a.id());
        ReviewFlows closingB = results.flows(ADMIN, b.id());
        assertThat(closingA.poor().end() + closingB.poor().end()).isEqualTo(3);

        AdminUnit merged = units.create(
                ADMIN, new NewAdminUnit(first.parentId(), "M" + first.code(), "Xuân Thắng Hòa", "Xã", "COMMUNE", null));
        units.merge(ADMIN, List.of(first.id(), second.id()), merged.id(), today(), "Nghị quyết thử");

        // the first review of the new commune lists its predecessors' households
        ReviewCampaign periodic = campaign(merged, CampaignKind.PERIODIC, 2031, null);
        assertThat(survey.households(ADMIN, periodic.id(), null, null, 0, 100))
                .extracting(ReviewHousehold::householdCode)
                .containsExactlyInAnyOrder("MG-A1", "MG-A2", "MG-A3", "MG-B1", "MG-B2");
        ReviewFlows opening = results.flows(ADMIN, periodic.id());
        assertThat(opening.poor().start())
                .isEqualTo(closingA.poor().end() + closingB.poor().end());
        assertThat(opening.nearPoor().start())
                .isEqualTo(closingA.nearPoor().end() + closingB.nearPoor().end());
        assertThat(opening.persons().poor().start())
                .isEqualTo(closingA.persons().poor().end()
                        + closingB.persons().poor().end());

        reviews.advance(ADMIN, periodic.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(ADMIN, periodic.id(), StepRequest.to(Step.SURVEY));
        importJsonl(
                periodic,
                null,
                aHousehold("MG-A1").poor().withMembers(4),
                aHousehold("MG-A2").notPoor().withMembers(2),
                aHousehold("MG-A3").nearPoor().withMembers(3),
                aHousehold("MG-B1").poor().withMembers(5),
                aHousehold("MG-B2").nearPoor().withMembers(1));
        walkToRecognised(periodic);

        assertThat(transitions(periodic))
                .containsEntry("MG-A1", "STAYED")
                .containsEntry("MG-A2", "ESCAPED_POVERTY")
                .containsEntry("MG-A3", "STAYED")
                .containsEntry("MG-B1", "STAYED")
                .containsEntry("MG-B2", "STAYED")
                .hasSize(5);
        ReviewFlows flows = results.flows(ADMIN, periodic.id());
        assertThat(flows.provisional()).isFalse();
        assertThat(flows.poor()).isEqualTo(new PoorFlow(3, 1, 0, 0, 0, 0, 0, 0, 2));
        assertThat(flows.nearPoor().start()).isEqualTo(2);
        assertThat(flows.nearPoor().end()).isEqualTo(2);
        assertThat(flows.households().balances() && flows.persons().balances()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM review_flows WHERE campaign_id = :id"
                                + " AND category IN ('MOVED_IN', 'MOVED_OUT', 'UNMATCHED_IN', 'UNMATCHED_OUT')")
                        .param("id", periodic.id())
                        .query(Long.class)
                        .single())
                .isZero();

        // once it has its own recognised lists, the predecessors' no longer count for it
        ReviewCampaign next = campaign(merged, CampaignKind.PERIODIC, 2032, null);
        assertThat(survey.households(ADMIN, next.id(), null, null, 0, 100))
                .extracting(ReviewHousehold::householdCode)
                .containsExactlyInAnyOrder("MG-A1", "MG-A3", "MG-B1", "MG-B2");
    }

    @Test
    void aPartOfASplitCommuneTakesOnlyTheListedHouseholdsNowFiledUnderIt() {
        AdminUnit old = commune("Xuân Sơn");
        ReviewCampaign baseline = campaign(old, CampaignKind.BASELINE, 2030, null);
        importJsonl(
                baseline,
                village(old, "1").id(),
                aHousehold("SP-1").poor().recognised(HouseholdClass.POOR).withMembers(2));
        importJsonl(
                baseline,
                village(old, "2").id(),
                aHousehold("SP-2").poor().recognised(HouseholdClass.POOR).withMembers(3));
        recogniseBaseline(baseline);

        AdminUnit north = units.create(
                ADMIN, new NewAdminUnit(old.parentId(), "N" + old.code(), "Xuân Sơn Bắc", "Xã", "COMMUNE", null));
        AdminUnit south = units.create(
                ADMIN, new NewAdminUnit(old.parentId(), "S" + old.code(), "Xuân Sơn Nam", "Xã", "COMMUNE", null));
        units.move(ADMIN, village(old, "1").id(), north.id(), today(), "Nghị quyết thử");
        units.move(ADMIN, village(old, "2").id(), south.id(), today(), "Nghị quyết thử");
        units.recordSplit(ADMIN, old.id(), List.of(north.id(), south.id()), today(), "Nghị quyết thử");

        ReviewCampaign inNorth = campaign(north, CampaignKind.PERIODIC, 2031, null);
        assertThat(survey.households(ADMIN, inNorth.id(), null, null, 0, 100))
                .extracting(ReviewHousehold::householdCode)
                .containsExactly("SP-1");
        assertThat(results.flows(ADMIN, inNorth.id()).poor().start()).isEqualTo(1);
        assertThat(results.flows(ADMIN, inNorth.id()).poor().movedOut()).isZero();
    }
}
