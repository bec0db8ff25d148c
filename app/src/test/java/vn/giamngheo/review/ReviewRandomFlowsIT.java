package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.standard.HouseholdClass;

/**
 * Property-style: for several seeds, two communes each get a random baseline, random moves and
 * voidings, and a random periodic review; the flows balance for households and persons in each
 * commune and rolled up over the district, and the roll-up is the sum of the communes.
 */
class ReviewRandomFlowsIT extends ReviewFixtures {
    static final HouseholdClass[] FOUND = {
        HouseholdClass.POOR, HouseholdClass.NEAR_POOR, HouseholdClass.NOT_POOR, HouseholdClass.MIDDLE
    };

    @Autowired
    HouseholdRegistry registry;

    @Test
    void theFlowsBalanceInEveryCommuneAndRolledUpForRandomReviews() {
        AdminUnit district = units.ancestry(commune("Thử Đăk Kan")).get(1);
        for (int seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            int year = 2040 + seed;
            AdminUnit a = commune("Thử Đăk Kan");
            AdminUnit b = commune("Thử Đăk Ang");
            List<String> codesA = baseline(a, year, "DK" + seed + "-", r);
            List<String> codesB = baseline(b, year, "DA" + seed + "-", r);
            // a few households move from one commune to the other, one is voided
            for (int i = 0; i < 3; i++) {
                String code = codesA.get(r.nextInt(codesA.size()));
                long id = registry.idByCode(ADMIN, code).orElseThrow();
                if (registry.get(ADMIN, id).data().unitId() != village(b, "1").id()) {
                    registry.move(
                            ADMIN,
                            id,
                            village(b, "1").id(),
                            registry.get(ADMIN, id).version());
                }
            }
            long voided = registry.idByCode(ADMIN, codesB.get(0)).orElseThrow();
            registry.voidHousehold(
                    ADMIN,
                    voided,
                    "chuyển đi nơi khác",
                    registry.get(ADMIN, voided).version());

            ReviewFlows fa = periodic(a, year + 1, "DK" + seed + "-", r);
            ReviewFlows fb = periodic(b, year + 1, "DA" + seed + "-", r);
            for (ReviewFlows f : List.of(fa, fb)) {
                assertThat(f.households().balances())
                        .as("households, seed %d", seed)
                        .isTrue();
                assertThat(f.persons().balances()).as("persons, seed %d", seed).isTrue();
                assertThat(f.provisional()).isFalse();
            }
            assertThat(fa.poor().movedOut() + fa.nearPoor().movedOut())
                    .as("seed %d", seed)
                    .isPositive();
            ReviewFlows rolled = results.flows(ADMIN, district.id(), year + 1, CampaignKind.PERIODIC);
            assertThat(rolled.campaignIds()).hasSize(2);
            assertThat(rolled.households()).isEqualTo(fa.households().plus(fb.households()));
            assertThat(rolled.persons()).isEqualTo(fa.persons().plus(fb.persons()));
            assertThat(rolled.households().balances() && rolled.persons().balances())
                    .isTrue();
        }
    }

    List<String> baseline(AdminUnit commune, int year, String prefix, Random r) {
        ReviewCampaign c = campaign(commune, CampaignKind.BASELINE, year, null);
        List<TestHousehold> hs = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            HouseholdClass k = r.nextBoolean() ? HouseholdClass.POOR : HouseholdClass.NEAR_POOR;
            hs.add(aHousehold(prefix + i).as(k).recognised(k).withMembers(1 + r.nextInt(7)));
            codes.add(prefix + i);
        }
        importJsonl(c, village(commune, "2").id(), hs.toArray(TestHousehold[]::new));
        recogniseBaseline(c);
        return codes;
    }

    ReviewFlows periodic(AdminUnit commune, int year, String prefix, Random r) {
        ReviewCampaign c = campaign(commune, CampaignKind.PERIODIC, year, null);
        List<TestHousehold> hs = new ArrayList<>();
        for (ReviewHousehold listed : survey.households(ADMIN, c.id(), null, null, 0, 1000)) {
            hs.add(aHousehold(listed.householdCode()).as(FOUND[r.nextInt(4)]).withMembers(1 + r.nextInt(7)));
        }
        for (int i = 100; i < 100 + r.nextInt(10); i++) {
            hs.add(aHousehold(prefix + i).as(FOUND[r.nextInt(4)]).withMembers(1 + r.nextInt(7)));
        }
        importJsonl(c, village(commune, "3").id(), hs.toArray(TestHousehold[]::new));
        walkToRecognised(c);
        return results.flows(ADMIN, c.id());
    }
}
