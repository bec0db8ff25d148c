package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Wording;
import vn.giamngheo.standard.HouseholdClass;

/**
 * Support after the 2025 reform. The outcomes' breakdown by unit reads today's units: a province's
 * grants made in a retired district's communes are summed into the new commune that took them over,
 * and the page says what it was formed from; the retired district is no longer a line. The new
 * commune's official reads the entitlement lists its predecessors made, with their beneficiaries.
 */
class SupportAfterReformIT extends SupportFixtures {
    @Autowired
    SupportOutcomes outcomes;

    @Autowired
    Wording wording;

    @Autowired
    EntitlementLists lists;

    @Autowired
    EntitlementListReads reads;

    @Autowired
    vn.giamngheo.identity.UserAccounts accounts;

    @Autowired
    vn.giamngheo.identity.CurrentUser currentUser;

    @Test
    void aProvincesBreakdownShowsTheNewCommuneThatSumsTheOldOnes() {
        TestUnits t = new TestUnits(units);
        AdminUnit province = t.aProvince();
        AdminUnit district = t.aDistrictIn(province);
        AdminUnit c1 = t.aCommuneIn(district);
        AdminUnit c2 = t.aCommuneIn(district);
        Place a = place(new TestUnits.Commune(province, c1, t.villagesIn(c1, 2)), 1, Map.of("A", HouseholdClass.POOR));
        Place b = place(new TestUnits.Commune(province, c2, t.villagesIn(c2, 2)), 1, Map.of("B", HouseholdClass.POOR));
        SupportContent electricity = content("TIEN_DIEN");
        for (Place p : List.of(a, b)) {
            allocate(p, "TIEN_DIEN", 2024, FundingSource.CENTRAL_RECURRENT, 10_000_000);
            String code = p == a ? "A" : "B";
            SupportGrant g = grants.propose(
                    SYSTEM,
                    grant(p.id(code), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 1, 1), 184_000));
            grants.approve(SYSTEM, g.id(), "2/QĐ-UBND", LocalDate.of(2024, 1, 5), g.version());
        }
        assertThat(outcomes.table(SYSTEM, province.id(), null, null).byUnit())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.key()).isEqualTo(Long.toString(district.id()));
                    assertThat(l.supported()).isEqualTo(2);
                });

        AdminUnit merged = t.aCommuneIn(province);
        units.merge(SYSTEM, List.of(c1.id(), c2.id()), merged.id(), LocalDate.of(2025, 7, 1), "Nghị quyết thử");
        units.retire(
                SYSTEM,
                district.id(),
                LocalDate.of(2025, 6, 30),
                "Sắp xếp",
                units.get(district.id()).version());

        OutcomeTable after = outcomes.table(SYSTEM, province.id(), null, null);
        assertThat(after.byUnit()).singleElement().satisfies(l -> {
            assertThat(l.key()).isEqualTo(Long.toString(merged.id()));
            assertThat(l.name()).isEqualTo(units.get(merged.id()).fullName());
            assertThat(l.supported()).isEqualTo(2);
        });
        assertThat(after.total().supported()).isEqualTo(2);
        assertThat(after.successions())
                .singleElement()
                .satisfies(m -> assertThat(wording.message(m, Locale.forLanguageTag("vi")))
                        .contains(
                                units.get(merged.id()).fullName() + " được hình thành từ",
                                units.get(c1.id()).fullName(),
                                units.get(c2.id()).fullName(),
                                "01/07/2025",
                                "Nghị quyết thử"));
    }

    @Test
    void theSuccessorsOfficialReadsTheListsItsPredecessorsMade() {
        TestUnits t = new TestUnits(units);
        AdminUnit province = t.aProvince();
        AdminUnit old = t.aCommuneIn(province);
        Place p =
                place(new TestUnits.Commune(province, old, t.villagesIn(old, 2)), 1, Map.of("P", HouseholdClass.POOR));
        allocate(p, "TIEN_DIEN", 2025, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        EntitlementLists.Run run = lists.build(
                SYSTEM,
                new EntitlementLists.Request(
                        old.id(),
                        content("TIEN_DIEN").id(),
                        LocalDate.of(2025, 5, 15),
                        "CENTRAL_RECURRENT",
                        184_000L,
                        null,
                        "4/QĐ-UBND",
                        LocalDate.of(2025, 4, 1)));
        assertThat(run.added()).isEqualTo(1);
        AdminUnit successor = t.aCommuneIn(province);
        units.merge(SYSTEM, List.of(old.id()), successor.id(), LocalDate.of(2025, 7, 1), "Nghị quyết thử");

        var official = currentUser.actorFor(new vn.giamngheo.identity.TestUsers(accounts)
                .a(vn.giamngheo.identity.Role.COMMUNE_OFFICIAL, units.get(successor.id())));
        assertThat(reads.ofUnit(official, successor.id()))
                .extracting(EntitlementListReads.Summary::id)
                .containsExactly(run.listId());
        assertThat(reads.summary(official, run.listId()).households()).isEqualTo(1);
        assertThat(grants.ofList(official, run.listId(), units.get(old.id()), 100))
                .singleElement()
                .satisfies(g -> assertThat(g.householdId()).isEqualTo(p.id("P")));
        assertThat(reads.export(official, run.listId(), true).rows()).hasSize(1);
        assertThat(lists.get(official, run.listId()).runs()).hasSize(1);

        TestUnits.Commune elsewhere = t.aCommune();
        var outsider = currentUser.actorFor(new vn.giamngheo.identity.TestUsers(accounts)
                .a(vn.giamngheo.identity.Role.COMMUNE_OFFICIAL, elsewhere.unit()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reads.summary(outsider, run.listId()))
                .isInstanceOf(vn.giamngheo.shared.OutsideJurisdiction.class);
        assertThat(grants.ofList(outsider, run.listId(), units.get(old.id()), 100))
                .isEmpty();
    }
}
