package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.Http;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Project;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.standard.HouseholdClass;

/**
 * An official withdraws a participant of a community project with a reason, on the project's page:
 * its grant is cancelled, its commitment and payment reversed, the project's budget freed, and the
 * household may join again; one that has paid anything back cannot be withdrawn.
 */
class ParticipantWithdrawalIT extends ProjectFixtures {
    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ParticipantStore store;

    private long committed(Place p) {
        return ledger.balances(SYSTEM, p.commune().id(), 2024, null).stream()
                .filter(b -> b.source() == FundingSource.CENTRAL_RECURRENT)
                .mapToLong(b -> b.committed())
                .sum();
    }

    private long disbursed(Place p) {
        return ledger.balances(SYSTEM, p.commune().id(), 2024, null).stream()
                .filter(b -> b.source() == FundingSource.CENTRAL_RECURRENT)
                .mapToLong(b -> b.disbursed())
                .sum();
    }

    @Test
    void anOfficialWithdrawsAParticipantWithAReasonAndTheLedgerIsReversed() throws Exception {
        Map<String, HouseholdClass> classes = new LinkedHashMap<>();
        classes.put("A", HouseholdClass.POOR);
        classes.put("B", HouseholdClass.NEAR_POOR);
        Place p = place(2, classes);
        Project project = project(p, 20_000_000L, BigDecimal.valueOf(20), 30);
        participants.join(SYSTEM, project.id(), round(2024, 5_000_000L, p.id("A"), p.id("B")));
        payAll(project.id());
        long committed = committed(p);
        long disbursed = disbursed(p);
        long left = store.drawLeft(project.id(), "CENTRAL_RECURRENT");
        assertThat(left).isEqualTo(10_000_000L);
        Participant a = of(project.id(), p.id("A"));
        Participant b = of(project.id(), p.id("B"));
        projects.accept(
                SYSTEM,
                project.id(),
                LocalDate.of(2024, 11, 28),
                projects.get(SYSTEM, project.id()).version());
        participants.recordReturn(SYSTEM, project.id(), a.id(), 500_000L, LocalDate.of(2024, 12, 10), "PT-1");

        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit());
        Http http = new Http(port).login(official);
        String page = http.get("/support/projects/" + project.id(), null).body();
        assertThat(page).contains("Rút hộ khỏi dự án");
        String token = Http.csrfToken(page);
        String url = "/support/projects/" + project.id() + "/withdrawals";
        String form = "application/x-www-form-urlencoded";

        Http.Response noReason =
                http.post(url, null, form, "participantId=" + b.id() + "&reason=&_csrf=" + Http.q(token));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Chưa nhập lý do");
        Http.Response hasReturns = http.post(
                url,
                null,
                form,
                "participantId=" + a.id() + "&reason=" + Http.q("Chuyển đi") + "&_csrf=" + Http.q(token));
        assertThat(hasReturns.status()).isEqualTo(200);
        assertThat(hasReturns.body()).contains(a.householdCode(), "500.000");
        assertThat(of(project.id(), p.id("A")).withdrawn()).isFalse();

        Http.Response done = http.post(
                url,
                null,
                form,
                "participantId=" + b.id() + "&reason=" + Http.q("Hộ chuyển đi nơi khác") + "&_csrf=" + Http.q(token));
        assertThat(done.status()).isEqualTo(302);
        Participant gone = participants.overview(SYSTEM, project.id()).participants().stream()
                .filter(x -> x.id() == b.id())
                .findFirst()
                .orElseThrow();
        assertThat(gone.withdrawn()).isTrue();
        assertThat(gone.withdrawnReason()).isEqualTo("Hộ chuyển đi nơi khác");
        assertThat(gone.due()).isZero();
        assertThat(grants.get(SYSTEM, b.grantId()).state()).isEqualTo(GrantState.CANCELLED);
        // the payment is reversed in the ledger and the draw goes back to the project's budget (the
        // project's commitment, made when it was approved, stays)
        assertThat(disbursed(p)).isEqualTo(disbursed - 5_000_000L);
        assertThat(committed(p)).isEqualTo(committed);
        assertThat(store.drawLeft(project.id(), "CENTRAL_RECURRENT")).isEqualTo(left + 5_000_000L);
        // withdrawn twice: refused by name; the household may join the project again
        Http.Response twice = http.post(
                url,
                null,
                form,
                "participantId=" + b.id() + "&reason=" + Http.q("Lần hai") + "&_csrf=" + Http.q(token));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains(b.householdCode());
        assertThat(participants.candidates(SYSTEM, project.id()))
                .extracting(ListedHousehold::householdId)
                .contains(p.id("B"));
        assertThat(http.get("/support/projects/" + project.id(), null).body())
                .contains("Đã rút: Hộ chuyển đi nơi khác");

        for (int width : new int[] {390, 1280}) {
            try (BrowserPages browser = BrowserPages.open(port, width, 844)) {
                browser.login(official, TestUsers.PASSWORD);
                browser.go("/support/projects/" + project.id());
                browser.check("the project page with a withdrawal at " + width);
                assertThat(browser.text()).contains("Rút hộ khỏi dự án", "Đã rút: Hộ chuyển đi nơi khác");
            }
        }
    }
}
