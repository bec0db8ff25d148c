package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.Project;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.standard.HouseholdClass;

/**
 * A community project outlives its commune's merger (decision 1477): the official of the commune
 * that continues it reads the project and its participants and records the returns that fall due
 * after the reform; an official elsewhere still cannot, and no new project is opened in the
 * retired commune.
 */
class ProjectAfterReformIT extends ProjectFixtures {
    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Test
    void theSuccessorsOfficialKeepsThePredecessorsProjectGoing() {
        Place p = place(1, Map.of("A", HouseholdClass.POOR));
        Project project = project(p, 20_000_000L, BigDecimal.valueOf(20), 30);
        participants.join(SYSTEM, project.id(), round(2024, 10_000_000L, p.id("A")));
        payAll(project.id());
        Project accepted = projects.accept(SYSTEM, project.id(), LocalDate.of(2024, 11, 28), project.version());

        TestUnits t = new TestUnits(units);
        AdminUnit successor = t.aCommuneIn(p.commune().province());
        units.merge(SYSTEM, List.of(p.commune().id()), successor.id(), LocalDate.of(2025, 7, 1), "Nghị quyết thử");

        Actor official =
                currentUser.actorFor(new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, units.get(successor.id())));
        assertThat(projects.get(official, project.id()).id()).isEqualTo(project.id());
        Participant a = participants.overview(official, project.id()).participants().stream()
                .filter(x -> x.householdId() == p.id("A"))
                .findFirst()
                .orElseThrow();
        participants.recordReturn(official, accepted.id(), a.id(), 2_000_000L, LocalDate.of(2025, 8, 1), "PT-9");
        assertThat(participants.overview(SYSTEM, project.id()).project().recovered())
                .isEqualTo(2_000_000L);

        Actor outsider = currentUser.actorFor(
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, t.aCommune().unit()));
        assertThatThrownBy(() -> projects.get(outsider, project.id())).isInstanceOf(OutsideJurisdiction.class);
        assertThatThrownBy(() -> participants.recordReturn(
                        outsider, accepted.id(), a.id(), 1_000L, LocalDate.of(2025, 8, 2), null))
                .isInstanceOf(OutsideJurisdiction.class);
    }
}
