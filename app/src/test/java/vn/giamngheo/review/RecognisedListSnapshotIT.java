package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.standard.HouseholdClass;

/**
 * A recognised list states the households as they were recognised: a household that later moves to
 * another province and gets a new head keeps, on the old list, its old head and its old village.
 */
class RecognisedListSnapshotIT extends ReviewFixtures {
    @Autowired
    HouseholdRegistry registry;

    AdminUnit unit(Long parent, String name, String kind, String level) {
        return units.create(ADMIN, new NewAdminUnit(parent, null, name, kind, level, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void aHouseholdThatMovedAwayStaysOnTheRecognisedListAsItWasRecognised() {
        AdminUnit province = unit(null, "Ảnh chụp A", "Tỉnh", "PROVINCE");
        AdminUnit commune = unit(province.id(), "Ảnh chụp A1", "Xã", "COMMUNE");
        AdminUnit village = unit(commune.id(), "Ảnh chụp thôn 1", "Thôn", "VILLAGE");
        AdminUnit elsewhere = unit(
                unit(unit(null, "Ảnh chụp B", "Tỉnh", "PROVINCE").id(), "Ảnh chụp B1", "Xã", "COMMUNE")
                        .id(),
                "Ảnh chụp thôn 9",
                "Thôn",
                "VILLAGE");
        ReviewCampaign baseline = campaign(commune, CampaignKind.BASELINE, 2030, null);
        importJsonl(
                baseline,
                village.id(),
                aHousehold("SNAP-1").poor().recognised(HouseholdClass.POOR).withMembers(2));
        recogniseBaseline(baseline);

        Household h = registry.get(ADMIN, registry.idByCode(ADMIN, "SNAP-1").orElseThrow());
        HouseholdData d = h.data();
        registry.update(
                ADMIN,
                h.id(),
                new HouseholdData(
                        d.code(),
                        elsewhere.id(),
                        "Người khác hẳn",
                        "địa chỉ mới",
                        d.phone(),
                        d.area(),
                        d.labourCapacity(),
                        d.ethnicMinority(),
                        d.personOfMerit(),
                        d.socialProtection(),
                        d.femaleHead(),
                        d.dwelling(),
                        d.members()),
                h.version());

        ReviewListRow row = results.list(ADMIN, baseline.id(), ListKind.POOR).rows().stream()
                .filter(r -> r.householdCode().equals("SNAP-1"))
                .findFirst()
                .orElseThrow();
        assertThat(row.headName()).isEqualTo(h.data().headName());
        assertThat(row.villageName()).isEqualTo(village.fullName());
    }
}
