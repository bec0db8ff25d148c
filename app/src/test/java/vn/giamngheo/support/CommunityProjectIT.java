package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.funding.Balance;
import vn.giamngheo.funding.EntryKind;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.LedgerEntry;
import vn.giamngheo.funding.Project;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.HouseholdClass;

class CommunityProjectIT extends ProjectFixtures {

    private Balance balance(Place p) {
        return ledger.balances(SYSTEM, p.commune().id(), 2024, null).stream()
                .filter(b -> b.source() == FundingSource.CENTRAL_RECURRENT
                        && b.componentId() == livelihood().componentId())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void householdsJoinReceiveReturnAndTheRecoveredMoneyRotatesToRoundTwo() {
        Map<String, HouseholdClass> classes = new LinkedHashMap<>();
        for (String c : List.of("A", "B", "C", "D", "E")) {
            classes.put(c, c.equals("B") ? HouseholdClass.NEAR_POOR : HouseholdClass.POOR);
        }
        Place p = place(2, classes);
        Project project = project(p, 50_000_000L, BigDecimal.valueOf(20), 30);
        assertThat(balance(p).committed()).isEqualTo(50_000_000L);

        List<Participant> joined =
                participants.join(SYSTEM, project.id(), round(2024, 10_000_000L, p.id("A"), p.id("B"), p.id("C")));
        assertThat(joined).hasSize(3).allMatch(x -> x.round() == 1 && x.granted() == 10_000_000L);
        // the participants draw on the project's commitment: nothing is committed twice
        assertThat(balance(p).committed()).isEqualTo(50_000_000L);
        payAll(project.id());
        assertThat(balance(p).disbursed()).isEqualTo(30_000_000L);
        long projectDisbursed = ledger.projectEntries(SYSTEM, project.id()).stream()
                .filter(e -> e.kind() == EntryKind.DISBURSEMENT)
                .mapToLong(LedgerEntry::amount)
                .sum();
        assertThat(projectDisbursed).isEqualTo(30_000_000L);
        assertThat(projects.expectedRecovery(SYSTEM, projects.get(SYSTEM, project.id())))
                .isEqualTo(6_000_000L);

        // before acceptance: 20 % of what each received is due, the day is not known yet
        Participant a = of(project.id(), p.id("A"));
        assertThat(a.received()).isEqualTo(10_000_000L);
        assertThat(a.due()).isEqualTo(2_000_000L);
        assertThat(a.dueOn()).isNull();
        assertThat(a.overdue()).isFalse();

        Project accepted = projects.accept(SYSTEM, project.id(), LocalDate.of(2024, 11, 28), project.version());
        participants.recordReturn(SYSTEM, accepted.id(), a.id(), 2_000_000L, LocalDate.of(2024, 12, 20), "PT-1");
        participants.recordReturn(
                SYSTEM, accepted.id(), of(project.id(), p.id("B")).id(), 1_500_000L, LocalDate.of(2024, 12, 22), null);

        ProjectParticipants.Overview o = participants.overview(SYSTEM, project.id());
        assertThat(o.project().recovered()).isEqualTo(3_500_000L);
        Participant b = of(project.id(), p.id("B"));
        assertThat(b.dueOn()).isEqualTo(LocalDate.of(2024, 12, 28));
        assertThat(b.returned()).isEqualTo(1_500_000L);
        assertThat(b.outstanding()).isEqualTo(500_000L);
        assertThat(b.overdue()).isTrue();
        assertThat(of(project.id(), p.id("A")).overdue()).isFalse();
        assertThat(of(project.id(), p.id("C")).overdue()).isTrue();
        assertThat(o.rounds()).singleElement().satisfies(t -> {
            assertThat(t.received()).isEqualTo(30_000_000L);
            assertThat(t.due()).isEqualTo(6_000_000L);
            assertThat(t.returned()).isEqualTo(3_500_000L);
            assertThat(t.overdue()).isEqualTo(2);
        });
        // the sub-ledger names the household for each return
        assertThat(projects.recoveries(SYSTEM, project.id()))
                .extracting(r -> r.kind() + ":" + r.amount() + ":" + r.cycle())
                .containsExactly("RECOVERED:2000000:1", "RECOVERED:1500000:1");

        // more than is still due is refused, naming the household
        assertThatThrownBy(() -> participants.recordReturn(
                        SYSTEM, project.id(), b.id(), 600_000L, LocalDate.of(2024, 12, 30), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("amount");
                    assertThat(e.problems().get(0).code()).isEqualTo("support.returnOverDue");
                    assertThat(e.problems().get(0).ref()).isEqualTo(b.householdCode());
                });

        // round 2 from the recovered 3,500,000: D receives 2,500,000; E's 1,500,000 does not fit
        List<Participant> second = participants.rotate(SYSTEM, project.id(), 2, round(2025, 2_500_000L, p.id("D")));
        assertThat(second).singleElement().satisfies(x -> {
            assertThat(x.round()).isEqualTo(2);
            assertThat(x.rotationFunded()).isTrue();
            assertThat(x.received()).isEqualTo(2_500_000L);
            assertThat(x.state()).isEqualTo(GrantState.PAID);
        });
        assertThatThrownBy(() -> participants.rotate(SYSTEM, project.id(), 2, round(2025, 1_500_000L, p.id("E"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("support.rotationOverFund"));
        o = participants.overview(SYSTEM, project.id());
        assertThat(o.project().rotated()).isEqualTo(2_500_000L).isEqualTo(o.rotationFunded());
        assertThat(o.project().fund()).isEqualTo(1_000_000L);
        // the rotated money is the fund's, not the budget: the budget balance did not move
        assertThat(balance(p).disbursed()).isEqualTo(30_000_000L);
        assertThat(balance(p).committed()).isEqualTo(50_000_000L);

        // round 2's clock starts at its own acceptance
        participants.acceptRound(SYSTEM, project.id(), 2, LocalDate.of(2025, 11, 1));
        Participant d = of(project.id(), p.id("D"));
        assertThat(d.due()).isEqualTo(500_000L);
        assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 12, 1));

        // cancelling D's grant puts its money back into the fund
        SupportGrant dg = grants.get(SYSTEM, d.grantId());
        grants.cancel(SYSTEM, dg.id(), "Hộ chuyển đi nơi khác", dg.version());
        Project after = projects.get(SYSTEM, project.id());
        assertThat(after.rotated()).isZero();
        assertThat(after.fund()).isEqualTo(3_500_000L);
        assertThat(participants.overview(SYSTEM, project.id()).rotationFunded()).isZero();
        assertThat(ledger.inconsistencies()).isEmpty();
    }

    @Test
    void badInputIsRefusedByHouseholdAndFieldAndStoresNothing() {
        Map<String, HouseholdClass> classes = new LinkedHashMap<>();
        classes.put("P", HouseholdClass.POOR);
        classes.put("Q", HouseholdClass.POOR);
        Place p = place(2, classes);
        Place other = place(2, Map.of("R", HouseholdClass.POOR));
        Project project = project(p, 20_000_000L, BigDecimal.valueOf(20), 30);
        long grantsBefore = count(p.id("P"), p.id("Q"), other.id("R"));

        // a household not on the commune's poor / near-poor lists (another commune's)
        assertThatThrownBy(() ->
                        participants.join(SYSTEM, project.id(), round(2024, 5_000_000L, p.id("P"), other.id("R"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(x -> {
                        assertThat(x.field()).isEqualTo("householdId");
                        assertThat(x.code()).isEqualTo("support.participantNotListed");
                        assertThat(x.line()).isEqualTo(2);
                    });
                });
        // more than the project's budget: refused by the draw, the other row not stored either
        assertThatThrownBy(
                        () -> participants.join(SYSTEM, project.id(), round(2024, 12_000_000L, p.id("P"), p.id("Q"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(x -> {
                        assertThat(x.field()).isEqualTo("amount");
                        assertThat(x.code()).isEqualTo("support.projectBudgetExceeded");
                        assertThat(x.line()).isEqualTo(2);
                    });
                });
        // a content of another sub-project, a source the project has no budget from, no decision
        ProjectParticipants.Request wrong = new ProjectParticipants.Request(
                List.of(new ProjectParticipants.Entry(p.id("P"), 1_000_000L)),
                content("TIEN_DIEN").id(),
                "LOCAL_COUNTERPART",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 12, 31),
                " ",
                null);
        assertThatThrownBy(() -> participants.join(SYSTEM, project.id(), wrong))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::code)
                                .containsExactlyInAnyOrder(
                                        "support.decisionRequired",
                                        "support.contentNotOfProject",
                                        "support.projectSourceNotBudgeted"));
        assertThat(count(p.id("P"), p.id("Q"), other.id("R"))).isEqualTo(grantsBefore);
        assertThat(participants.overview(SYSTEM, project.id()).participants()).isEmpty();

        participants.join(SYSTEM, project.id(), round(2024, 5_000_000L, p.id("P")));
        // twice in the project
        assertThatThrownBy(() -> participants.join(SYSTEM, project.id(), round(2024, 5_000_000L, p.id("P"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("support.participantAlready"));
        // rotation round 1, or to a round far ahead
        assertThatThrownBy(() -> participants.rotate(SYSTEM, project.id(), 1, round(2025, 1L, p.id("Q"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("support.rotationRound"));
        // a grant under a project through the general grant path
        assertThatThrownBy(() -> grants.propose(
                        SYSTEM,
                        new NewGrant(
                                p.id("Q"),
                                null,
                                null,
                                null,
                                livelihood().id(),
                                SOURCE,
                                project.id(),
                                LocalDate.of(2024, 4, 1),
                                LocalDate.of(2024, 12, 31),
                                1_000_000L,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("support.projectGrantViaParticipants"));
        // a return in the future, and a return to a project without a recovery share
        Participant x = of(project.id(), p.id("P"));
        assertThatThrownBy(() -> participants.recordReturn(
                        SYSTEM, project.id(), x.id(), 1L, LocalDate.now().plusDays(5), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::code)
                                .contains("support.returnInFuture"));
        Project noShare = project(other, 10_000_000L, null, null);
        participants.join(SYSTEM, noShare.id(), round(2024, 1_000_000L, other.id("R")));
        Participant r = of(noShare.id(), other.id("R"));
        assertThat(r.due()).isNull();
        assertThatThrownBy(() -> participants.recordReturn(
                        SYSTEM, noShare.id(), r.id(), 100_000L, LocalDate.of(2024, 12, 1), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("support.recoveryNotConfigured"));
    }

    /** The grants of the test's own households. */
    private long count(long... householdIds) {
        return jdbc.sql("SELECT count(*) FROM support_grant WHERE household_id = ANY (:ids)")
                .param("ids", householdIds)
                .query(Long.class)
                .single();
    }
}
