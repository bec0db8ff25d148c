package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.standard.HouseholdClass;

class EntitlementListPagesIT extends SupportFixtures {
    @Autowired
    EntitlementLists lists;

    @Autowired
    EntitlementListReads reads;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void aDryRunStoresNothingAndShowsWhatTheRunThenAdds() {
        Place p = place(3, Map.of("A", HouseholdClass.POOR, "B", HouseholdClass.NEAR_POOR));
        SupportContent cards = content("BHYT_HO_TRO");
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.LOCAL_COUNTERPART, 100_000_000);
        SupportGrant held = grants.propose(
                SYSTEM, grant(p.id("A"), 0, cards, "LOCAL_COUNTERPART", LocalDate.of(2025, 1, 1), 1_263_600));
        held = grants.approve(SYSTEM, held.id(), "5/QĐ-UBND", LocalDate.of(2025, 1, 2), held.version());
        var request = new EntitlementLists.Request(
                p.commune().id(),
                cards.id(),
                LocalDate.of(2025, 2, 1),
                "CENTRAL_RECURRENT",
                1_263_600L,
                884_520L,
                "12/QĐ-UBND",
                LocalDate.of(2025, 1, 15));
        EntitlementLists.Preview preview = lists.preview(SYSTEM, request);
        assertThat(preview.run().added()).isEqualTo(5);
        assertThat(preview.run().held()).isEqualTo(1);
        assertThat(preview.wouldAdd()).hasSize(5).noneMatch(g -> g.householdId() == p.id("A") && g.memberOrd() == 0);
        assertThat(grants.ofHousehold(SYSTEM, p.id("B"))).isEmpty();
        assertThat(reads.ofUnit(SYSTEM, p.commune().id())).isEmpty();
        long committedBefore = committed(p);
        assertThat(committedBefore).isZero();

        EntitlementLists.Run run = lists.build(SYSTEM, request);
        assertThat(run.added()).isEqualTo(preview.run().added());
        assertThat(run.amount()).isEqualTo(preview.run().amount()).isEqualTo(2 * 1_263_600L + 3 * 884_520L);

        var summaries = reads.ofUnit(SYSTEM, p.commune().id());
        assertThat(summaries).hasSize(1);
        var s = summaries.get(0);
        assertThat(s.households()).isEqualTo(2);
        assertThat(s.persons()).isEqualTo(5);
        assertThat(s.held()).isEqualTo(1);
        assertThat(s.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(s.state())
                .isEqualTo(
                        LocalDate.now(clock).isAfter(LocalDate.of(2025, 12, 31))
                                ? EntitlementListReads.ListState.ENDED
                                : EntitlementListReads.ListState.CURRENT);
        assertThat(s.heldBy()).singleElement().satisfies(h -> {
            assertThat(h.decision()).isEqualTo("5/QĐ-UBND");
            assertThat(h.count()).isEqualTo(1);
            assertThat(h.listId()).isNull();
        });
        long heldId = held.id();
        assertThat(reads.leftOut(SYSTEM, run.listId()))
                .singleElement()
                .satisfies(o -> assertThat(o.grantId()).isEqualTo(heldId));
    }

    @Test
    void theHealthInsuranceExportCarriesTheCardFactsAndThePublicCopyMasksIds() throws Exception {
        Place p = place(2, Map.of("H", HouseholdClass.POOR, "K", HouseholdClass.NEAR_POOR));
        SupportContent cards = content("BHYT_HO_TRO");
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        jdbc.sql(
                        "UPDATE household_member SET citizen_id = '038099887766' WHERE household_id = :h AND relation = 'HEAD'")
                .param("h", p.id("H"))
                .update();
        EntitlementLists.Run run = lists.build(
                SYSTEM,
                new EntitlementLists.Request(
                        p.commune().id(),
                        cards.id(),
                        LocalDate.of(2025, 6, 1),
                        "CENTRAL_RECURRENT",
                        1_263_600L,
                        884_520L,
                        "12/QĐ-UBND",
                        LocalDate.of(2025, 5, 20)));
        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit());
        String full = sheet(new Http(port).getBytes("/api/v1/entitlement-lists/" + run.listId() + "/xlsx", official));
        assertThat(full)
                .contains("chưa xác định", "Lò Văn H", "038099887766", "Hộ nghèo", "Hộ cận nghèo", "100 %", "70 %")
                .contains("Nam", "Nữ")
                .contains("12/QĐ-UBND");
        String pub = sheet(
                new Http(port).getBytes("/api/v1/entitlement-lists/" + run.listId() + "/xlsx?public=true", official));
        assertThat(pub).contains("********7766", "Lò Văn H").doesNotContain("038099887766");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE username = :u AND entity_type = 'EntitlementListExport'")
                        .param("u", official)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // an official of another commune reaches neither the list nor its download
        TestUnits.Commune other = new TestUnits(units).aCommune();
        String outsider = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, other.unit());
        assertThat(new Http(port)
                        .get("/api/v1/entitlement-lists/" + run.listId() + "/xlsx", outsider)
                        .status())
                .isIn(403, 404);
        assertThat(new Http(port)
                        .get("/support/lists/" + run.listId(), outsider)
                        .body())
                .doesNotContain("Lò Văn H");
        assertThatThrownBy(() -> reads.leftOut(currentUser.actorFor(outsider), run.listId()))
                .isInstanceOf(OutsideJurisdiction.class);
    }

    private long committed(Place p) {
        return ledger.balances(SYSTEM, p.commune().id(), 2025, null).stream()
                .filter(b -> b.source() == FundingSource.CENTRAL_RECURRENT)
                .mapToLong(b -> b.committed())
                .sum();
    }

    static String sheet(byte[] bytes) throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            wb.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> text.append(cell.toString()).append('|')));
            return text.toString();
        }
    }
}
