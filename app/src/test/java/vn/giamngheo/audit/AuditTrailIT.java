package vn.giamngheo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.shared.Actor;

/**
 * The audit module through its facade {@link AuditLog}, on units of this test's own province: a
 * change's entry shares the change's transaction, a refusal's entry outlives it, browsing by unit
 * selects a subtree, and the database refuses to alter or delete an entry.
 */
class AuditTrailIT extends IntegrationTestBase {
    @Autowired
    AuditLog audit;

    @Autowired
    AdminUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChangeRolledBackLeavesNoEntryButARefusalStays() {
        AdminUnit province = new TestUnits(units).aProvince();
        AuditLog.UnitRef where = new AuditLog.UnitRef(province.id(), province.path());
        String user = "audit-" + TestUnits.tag();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try {
            tx.executeWithoutResult(status -> {
                audit.change(Actor.system(user), "UPDATE", "Thing", 1, where, null, "after");
                audit.denied(user, "Thing", 1, "refused in a transaction that fails");
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change rolled back
        }

        List<AuditEntry> mine = audit.browse(Actor.system("test"), new AuditQuery(null, user, null, null, 0, 50));
        assertThat(mine).extracting(AuditEntry::action).containsExactly("DENIED");
    }

    @Test
    void browsingByUnitGivesTheSubtreeOnlyNewestFirst() {
        TestUnits places = new TestUnits(units);
        AdminUnit province = places.aProvince();
        AdminUnit commune = places.aCommuneIn(province);
        AdminUnit elsewhere = places.aProvince();

        List<AuditEntry> trail =
                audit.browse(Actor.system("test"), new AuditQuery(province.path(), null, null, null, 0, 50));

        assertThat(trail)
                .extracting(AuditEntry::entityId)
                .containsExactly(Long.toString(commune.id()), Long.toString(province.id()));
        assertThat(trail).extracting(AuditEntry::entityId).doesNotContain(Long.toString(elsewhere.id()));
        assertThat(trail).allSatisfy(e -> assertThat(e.action()).isEqualTo("CREATE"));
    }

    @Test
    void theDatabaseRefusesToAlterOrDeleteAnEntry() {
        AdminUnit province = new TestUnits(units).aProvince();
        long id = audit.browse(Actor.system("test"), new AuditQuery(province.path(), null, null, null, 0, 1))
                .get(0)
                .id();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET username = 'x' WHERE id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
    }
}
