package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.AttackWorld.Planted;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditEntry;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.audit.AuditQuery;
import vn.giamngheo.household.DuplicateCitizenId;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.planning.HelperAssignment;
import vn.giamngheo.planning.Helpers;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Reads that used to cross the jurisdiction: helpers of every unit, the households holding a shared
 * citizen ID, the whole country's audit trail, and a household code's answer. Each user here sees
 * only their own units' personal data, and each of these reads is audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadsOutsideTheJurisdictionIT extends IntegrationTestBase {
    @Autowired
    AdminUnits units;

    @Autowired
    HouseholdRegistry registry;

    @Autowired
    Helpers helpers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    AttackWorld world;

    @BeforeAll
    void build() {
        world = AttackWorld.build(units, registry, helpers, accounts);
    }

    Actor actor(String name) {
        return currentUser.actorFor(world.users.stream()
                .filter(u -> u.username().endsWith(name))
                .findFirst()
                .orElseThrow()
                .username());
    }

    Planted household(String place) {
        return world.households.stream()
                .filter(h -> h.unitId() == world.units.get(place).id())
                .findFirst()
                .orElseThrow();
    }

    long audited(Actor a, String entityType) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u AND entity_type = :t AND action = 'VIEW'")
                .param("u", a.username())
                .param("t", entityType)
                .query(Long.class)
                .single();
    }

    @Test
    void aCommuneOfficialListsTheHelpersOfTheirCommuneOnlyAndTheReadIsAudited() {
        Actor co1 = actor("co1");
        List<String> names = helpers.inSubtree(co1, world.units.get("D1").id(), 2025).stream()
                .map(HelperAssignment::helperName)
                .toList();
        assertThat(names)
                .contains(
                        household("V1A").markers().get(4),
                        household("V1B").markers().get(4));
        assertThat(names)
                .as("the sibling commune's cadre")
                .doesNotContain(household("C2").markers().get(4));
        assertThat(helpers.inSubtree(actor("co3"), world.units.get("P1").id(), 2025))
                .as("another province's helpers")
                .isEmpty();
        assertThat(audited(co1, "HelperAssignment")).isEqualTo(1);
        assertThatThrownBy(() -> helpers.inSubtree(co1, world.units.get("C1").id(), 99_999_999))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).message().code()).isEqualTo("planning.yearOutOfRange"));
    }

    @Test
    void aCitizenIdHeldInAnotherProvinceIsFlaggedWithoutNamingTheHousehold() {
        Actor co1 = actor("co1");
        Planted mine = household("V1A");
        Map<String, List<String>> shared = registry.sharedCitizenIds(co1, mine.id());
        assertThat(shared).hasSize(1);
        assertThat(shared.values().iterator().next())
                .as("the other household is in another province")
                .isEmpty();
        assertThat(registry.sharedCitizenIds(Actor.system("national"), mine.id())
                        .values()
                        .iterator()
                        .next())
                .containsExactly(household("V3").markers().get(3));
        DuplicateCitizenId dup = registry.duplicates(co1, world.units.get("C1").id()).stream()
                .filter(d -> shared.containsKey(d.citizenId()))
                .findFirst()
                .orElseThrow();
        assertThat(dup.householdCodes()).containsExactly(mine.markers().get(3));
        assertThat(dup.heldElsewhere()).isEqualTo(1);
        assertThat(audited(co1, "Household")).isGreaterThanOrEqualTo(1);
        assertThat(audited(co1, "DuplicateCitizenId")).isEqualTo(1);
    }

    @Test
    void anAuditorReadsTheTrailOfTheirProvinceOnlyAndTheReadingIsItselfAudited() {
        Actor au2 = actor("au2");
        List<Long> p1Units = world.units.entrySet().stream()
                .filter(e ->
                        e.getValue().path().startsWith(world.units.get("P1").path()))
                .map(e -> e.getValue().id())
                .toList();
        List<AuditEntry> seen = audit.browse(au2, new AuditQuery(null, null, null, null, 0, 500));
        assertThat(seen).extracting(AuditEntry::unitId).doesNotContainAnyElementsOf(p1Units);
        assertThat(seen)
                .as("the creation of P2's households is in the trail")
                .anySatisfy(e ->
                        assertThat(e.unitId()).isEqualTo(world.units.get("V3").id()));
        assertThat(String.join(
                        " ",
                        seen.stream().map(e -> e.after() + " " + e.before()).toList()))
                .doesNotContain(household("V1A").markers().get(0));
        assertThat(audited(au2, "AuditEntry")).isEqualTo(1);
    }

    @Test
    void aCodeHeldInAnotherProvinceIsRefusedLikeAnyTakenCodeAndTheProbeIsAudited() {
        Actor co1 = actor("co1");
        String theirs = household("V3").markers().get(3);
        long before = jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u AND action = 'DENIED'")
                .param("u", co1.username())
                .query(Long.class)
                .single();
        var data = registry.get(Actor.system("national"), household("V1A").id()).data();
        var copy = new vn.giamngheo.household.HouseholdData(
                theirs,
                world.units.get("V1A").id(),
                data.headName(),
                data.address(),
                data.phone(),
                data.area(),
                data.labourCapacity(),
                data.ethnicMinority(),
                data.personOfMerit(),
                data.socialProtection(),
                data.femaleHead(),
                data.dwelling(),
                data.members());
        assertThatThrownBy(() -> registry.create(co1, copy))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).message())
                                .isEqualTo(Message.of("household.codeTaken", theirs)));
        long after = jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u AND action = 'DENIED'")
                .param("u", co1.username())
                .query(Long.class)
                .single();
        assertThat(after).isEqualTo(before + 1);
    }
}
