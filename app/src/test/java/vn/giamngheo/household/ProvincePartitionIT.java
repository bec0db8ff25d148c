package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;

/**
 * The registry's large tables are partitioned by province (V11_1, decision 0701): a province gets
 * its partitions when it is created, a household's rows are filed under its unit's province, and
 * they follow the household when it, or its commune, moves to another province.
 */
class ProvincePartitionIT extends IntegrationTestBase {
    @Autowired
    HouseholdRegistry registry;

    @Autowired
    AdminUnits units;

    @Autowired
    CurrentUser users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private AdminUnit unit(Actor admin, AdminUnit parent, String code, String name, String level) {
        return units.create(
                admin,
                new NewAdminUnit(
                        parent == null ? null : parent.id(), code, name, null, level, LocalDate.of(2020, 1, 1)));
    }

    private List<String> partitions(String table, long householdId) {
        String key = table.equals("household") ? "id" : "household_id";
        return jdbc.sql("SELECT DISTINCT tableoid::regclass::text FROM " + table + " WHERE " + key + " = :id")
                .param("id", householdId)
                .query(String.class)
                .list();
    }

    private void assertFiledUnder(long householdId, AdminUnit province) {
        for (String table : List.of("household", "household_member", "household_version")) {
            assertThat(partitions(table, householdId)).as(table).containsExactly(table + "_p" + province.id());
        }
        assertThat(jdbc.sql("SELECT province_id FROM household_identity WHERE id = :id")
                        .param("id", householdId)
                        .query(Long.class)
                        .single())
                .isEqualTo(province.id());
    }

    @Test
    void aHouseholdIsFiledUnderItsProvinceAndFollowsItsCommuneToAnotherProvince() {
        Actor admin = users.actorFor(new TestUsers(accounts).anAdministrator());
        AdminUnit north = unit(admin, null, "part-north", "Tỉnh Phân Bắc", "PROVINCE");
        AdminUnit south = unit(admin, null, "part-south", "Tỉnh Phân Nam", "PROVINCE");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                                + " WHERE c.relname LIKE :p")
                        .param("p", "%\\_p" + north.id())
                        .query(Integer.class)
                        .single())
                .as("the five partitioned tables have a partition for a new province")
                .isEqualTo(5);
        AdminUnit commune = unit(admin, north, "part-north/a", "Xã Phân A", "COMMUNE");
        AdminUnit village = unit(admin, commune, "part-north/a/1", "Thôn 1", "VILLAGE");
        AdminUnit southCommune = unit(admin, south, "part-south/b", "Xã Phân B", "COMMUNE");

        Household h = registry.create(
                admin,
                HouseholdRegistryIT.household(
                        "PART-001",
                        village.id(),
                        HouseholdRegistryIT.member("Lò Văn Phânbắc", "HEAD", 1980, "M", "Thái", null),
                        HouseholdRegistryIT.member("Lò Thị Vânbắc", "SPOUSE", 1983, "F", "Thái", null)));
        assertFiledUnder(h.id(), north);
        // the search finds it by a member's name without accents, by part of its code, and not otherwise
        for (String q : List.of("lo thi vanbac", "Thị Vânbắc", "art-00", "PART-001")) {
            assertThat(registry.list(admin, new HouseholdQuery(null, null, null, q, false, 0, 10))
                            .items())
                    .as(q)
                    .extracting(HouseholdSummary::id)
                    .containsExactly(h.id());
        }
        assertThat(registry.list(admin, new HouseholdQuery(null, null, null, "lo thi vanbacx", false, 0, 10))
                        .items())
                .isEmpty();

        // the commune is transferred to the other province: its village and household go along
        units.move(admin, commune.id(), south.id(), LocalDate.of(2025, 7, 1), "test");
        assertFiledUnder(h.id(), south);
        assertThat(registry.get(admin, h.id()).data().members()).hasSize(2);
        assertThat(registry.history(admin, h.id())).isNotEmpty();

        // and a household moved by hand to a commune of the first province goes back there
        AdminUnit back = unit(admin, north, "part-north/c", "Xã Phân C", "COMMUNE");
        Household moved = registry.get(admin, h.id());
        registry.move(admin, h.id(), back.id(), moved.version());
        assertFiledUnder(h.id(), north);
        assertThat(registry.get(admin, h.id()).data().unitId()).isEqualTo(back.id());
        assertThat(southCommune.id()).isNotEqualTo(back.id());
    }

    @Test
    void rowsFiledUnderTheWrongProvinceAndACodeUsedInAnotherProvinceAreRefused() {
        Actor admin = users.actorFor(new TestUsers(accounts).anAdministrator());
        AdminUnit east = unit(admin, null, "part-east", "Tỉnh Phân Đông", "PROVINCE");
        AdminUnit west = unit(admin, null, "part-west", "Tỉnh Phân Tây", "PROVINCE");
        AdminUnit eastCommune = unit(admin, east, "part-east/a", "Xã Đông A", "COMMUNE");
        AdminUnit westCommune = unit(admin, west, "part-west/a", "Xã Tây A", "COMMUNE");
        registry.create(
                admin,
                HouseholdRegistryIT.household(
                        "PART-CODE-1",
                        eastCommune.id(),
                        HouseholdRegistryIT.member("Hà Văn Đông", "HEAD", 1970, "M", "Kinh", null)));

        assertThatThrownBy(() -> registry.create(
                        admin,
                        HouseholdRegistryIT.household(
                                "PART-CODE-1",
                                westCommune.id(),
                                HouseholdRegistryIT.member("Hà Văn Tây", "HEAD", 1971, "M", "Kinh", null))))
                .as("a household code is unique in the whole country, not only in its province")
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM household WHERE code = 'PART-CODE-1'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO household (province_id, code, unit_id, head_name, search_name, area,
                                       created_at, created_by, changed_at, changed_by)
                                VALUES (:wrong, 'PART-WRONG', :unit, 'x', 'x', 'RURAL', now(), 't', now(), 't')
                                """)
                        .param("wrong", west.id())
                        .param("unit", eastCommune.id())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("lies in province " + east.id());
    }

    @Autowired
    HouseholdRefiling refiling;

    private long oid(String table) {
        return jdbc.sql("SELECT CAST(to_regclass(:t) AS oid)::bigint")
                .param("t", table)
                .query(Long.class)
                .single();
    }

    private List<String> indexDefinitions(String partition) {
        return jdbc.sql("""
                        SELECT regexp_replace(pg_get_indexdef(indexrelid), '^.* USING ', '') FROM pg_index
                        WHERE indrelid = CAST(:t AS regclass) ORDER BY 1
                        """).param("t", partition).query(String.class).list();
    }

    @Test
    void aProvinceMergedWholeHasItsPartitionsRebuiltWithEveryRowKeyAndIndex() {
        Actor admin = users.actorFor(new TestUsers(accounts).anAdministrator());
        AdminUnit old = unit(admin, null, "part-old", "Tỉnh Phân Cũ", "PROVINCE");
        AdminUnit kept = unit(admin, null, "part-kept", "Tỉnh Phân Giữ", "PROVINCE");
        AdminUnit oldCommune = unit(admin, old, "part-old/a", "Xã Cũ A", "COMMUNE");
        AdminUnit keptCommune = unit(admin, kept, "part-kept/a", "Xã Giữ A", "COMMUNE");
        Household moving = registry.create(
                admin,
                HouseholdRegistryIT.household(
                        "PART-REB-1",
                        oldCommune.id(),
                        HouseholdRegistryIT.member("Đinh Văn Dờiđi", "HEAD", 1975, "M", "Mường", null),
                        HouseholdRegistryIT.member("Đinh Thị Theođi", "SPOUSE", 1978, "F", "Mường", null)));
        Household staying = registry.create(
                admin,
                HouseholdRegistryIT.household(
                        "PART-REB-2",
                        keptCommune.id(),
                        HouseholdRegistryIT.member("Quách Văn Ởlại", "HEAD", 1960, "M", "Kinh", null)));
        List<String> historyBefore = registry.history(admin, moving.id()).stream()
                .map(Object::toString)
                .toList();
        long keptPartition = oid("household_p" + kept.id());
        long oldPartition = oid("household_member_p" + old.id());

        long previous = refiling.rebuildFrom(1);
        try {
            units.merge(admin, List.of(old.id()), kept.id(), LocalDate.of(2025, 7, 1), "test");
        } finally {
            refiling.rebuildFrom(previous);
        }

        assertThat(oid("household_p" + kept.id()))
                .as("the partition was rebuilt, not changed row by row")
                .isNotEqualTo(keptPartition);
        assertThat(oid("household_member_p" + old.id()))
                .as("the emptied province keeps (new, empty) partitions")
                .isNotEqualTo(oldPartition);
        assertFiledUnder(moving.id(), kept);
        assertFiledUnder(staying.id(), kept);
        for (String table : List.of("household", "household_member", "household_version")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + "_p" + old.id())
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        Household after = registry.get(admin, moving.id());
        assertThat(after.data().members())
                .extracting(m -> m.name())
                .containsExactlyInAnyOrder("Đinh Văn Dờiđi", "Đinh Thị Theođi");
        assertThat(after.version()).isEqualTo(moving.version());
        assertThat(registry.history(admin, moving.id()).stream().map(Object::toString))
                .containsExactlyElementsOf(historyBefore);
        // the search (trigram indexes rebuilt on the new partition) finds the moved household
        assertThat(registry.list(admin, new HouseholdQuery(null, null, null, "thi theodi", false, 0, 10))
                        .items())
                .extracting(HouseholdSummary::id)
                .containsExactly(moving.id());
        for (String table :
                List.of("household", "household_member", "household_version", "review_household", "review_outcome")) {
            assertThat(indexDefinitions(table + "_p" + kept.id()))
                    .as("%s: the same indexes as a partition never rebuilt", table)
                    .containsExactlyElementsOf(indexDefinitions(table + "_p" + oneUntouchedProvince(old, kept)));
        }
        // the keys hold on the rebuilt partitions: a member of a household that is not there is refused
        assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO household_member (province_id, household_id, ord, name, search_name)
                                VALUES (:p, -1, 1, 'x', 'x')
                                """).param("p", kept.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // and a household still cannot be filed there with a unit of another province (the row trigger)
        assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO household (province_id, code, unit_id, head_name, search_name, area,
                                       created_at, created_by, changed_at, changed_by)
                                VALUES (:p, 'PART-REB-WRONG', :unit, 'x', 'x', 'RURAL', now(), 't', now(), 't')
                                """)
                        .param("p", kept.id())
                        .param("unit", oneUntouchedProvince(old, kept))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("lies in province");
    }

    @Test
    void provincesMergedTogetherInOneActAreRebuiltOnce() {
        Actor admin = users.actorFor(new TestUsers(accounts).anAdministrator());
        AdminUnit first = unit(admin, null, "part-two-a", "Tỉnh Hai A", "PROVINCE");
        AdminUnit second = unit(admin, null, "part-two-b", "Tỉnh Hai B", "PROVINCE");
        AdminUnit target = unit(admin, null, "part-two-c", "Tỉnh Hai C", "PROVINCE");
        List<Household> moving = new java.util.ArrayList<>();
        for (AdminUnit p : List.of(first, second)) {
            AdminUnit commune = unit(admin, p, p.code() + "/x", "Xã " + p.name(), "COMMUNE");
            moving.add(registry.create(
                    admin,
                    HouseholdRegistryIT.household(
                            p.code().toUpperCase() + "-1",
                            commune.id(),
                            HouseholdRegistryIT.member("Hà Văn " + p.name(), "HEAD", 1970, "M", "Tày", null))));
        }
        long rebuildsBefore = refiling.rebuilds();
        long previous = refiling.rebuildFrom(1);
        try {
            units.merge(admin, List.of(first.id(), second.id()), target.id(), LocalDate.of(2025, 7, 1), "test");
        } finally {
            refiling.rebuildFrom(previous);
        }
        assertThat(refiling.rebuilds() - rebuildsBefore)
                .as("one rebuild for both predecessors")
                .isEqualTo(1);
        for (Household h : moving) {
            assertFiledUnder(h.id(), target);
        }
    }

    /**
     * A transaction that read a household of the provinces being merged and writes to it while the
     * partitions are rebuilt: its write is refused at once (409 "try again later", V53_2) instead of
     * waiting in a cycle with the swap's exclusive lock — before, one side died of a deadlock, the
     * merge itself when the writer had waited longer. The merge waits for the reader to end and
     * completes; a write after it goes through.
     */
    @Test
    void aWriterMeetingTheRebuildIsRefusedAndTheMergeCompletes() throws Exception {
        Actor admin = users.actorFor(new TestUsers(accounts).anAdministrator());
        AdminUnit old = unit(admin, null, "part-race-old", "Tỉnh Đua Cũ", "PROVINCE");
        AdminUnit kept = unit(admin, null, "part-race-kept", "Tỉnh Đua Giữ", "PROVINCE");
        AdminUnit oldCommune = unit(admin, old, "part-race-old/a", "Xã Đua A", "COMMUNE");
        AdminUnit keptCommune = unit(admin, kept, "part-race-kept/a", "Xã Đua B", "COMMUNE");
        registry.create(
                admin,
                HouseholdRegistryIT.household(
                        "PART-RACE-1",
                        oldCommune.id(),
                        HouseholdRegistryIT.member("Vi Văn Đuađi", "HEAD", 1972, "M", "Nùng", null)));
        Household staying = registry.create(
                admin,
                HouseholdRegistryIT.household(
                        "PART-RACE-2",
                        keptCommune.id(),
                        HouseholdRegistryIT.member("Vi Văn Đuaở", "HEAD", 1965, "M", "Nùng", null)));
        HouseholdData changed = HouseholdRegistryIT.household(
                "PART-RACE-2",
                keptCommune.id(),
                HouseholdRegistryIT.member("Vi Văn Đuaởlại", "HEAD", 1965, "M", "Nùng", null));
        var writerFailed = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var read = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                new org.springframework.transaction.support.TransactionTemplate(transactions)
                        .executeWithoutResult(s -> {
                            registry.get(admin, staying.id());
                            read.countDown();
                            // writes only once the merge asks for the swap's lock (while this holds what it read)
                            long deadline = System.nanoTime() + 60_000_000_000L;
                            while (jdbc.sql(
                                                            "SELECT count(*) FROM pg_locks WHERE NOT granted AND mode = 'AccessExclusiveLock'")
                                                    .query(Long.class)
                                                    .single()
                                            == 0
                                    && System.nanoTime() < deadline) {
                                Thread.onSpinWait();
                            }
                            registry.update(admin, staying.id(), changed, staying.version());
                        });
            } catch (Throwable t) {
                writerFailed.set(t);
            } finally {
                read.countDown();
            }
        });
        refiling.beforeSwap(() -> {
            writer.start();
            try {
                read.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long previous = refiling.rebuildFrom(1);
        try {
            units.merge(admin, List.of(old.id()), kept.id(), LocalDate.of(2025, 7, 1), "test");
        } finally {
            refiling.rebuildFrom(previous);
            refiling.beforeSwap(null);
        }
        writer.join(60_000);
        assertThat(writerFailed.get())
                .as("the write during the rebuild is refused as busy, not as a deadlock")
                .isInstanceOf(org.springframework.dao.PessimisticLockingFailureException.class)
                .hasMessageContaining("re-filed by a reorganisation");
        assertFiledUnder(staying.id(), kept);
        assertThat(registry.get(admin, staying.id()).version()).isEqualTo(staying.version());
        Household after = registry.update(admin, staying.id(), changed, staying.version());
        assertThat(after.data().members()).extracting(m -> m.name()).containsExactly("Vi Văn Đuaởlại");
    }

    private long oneUntouchedProvince(AdminUnit a, AdminUnit b) {
        return jdbc.sql("SELECT min(id) FROM admin_unit WHERE parent_id IS NULL AND id NOT IN (:a, :b)")
                .param("a", a.id())
                .param("b", b.id())
                .query(Long.class)
                .single();
    }
}
