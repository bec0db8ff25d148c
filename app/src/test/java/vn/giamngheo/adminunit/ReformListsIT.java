package vn.giamngheo.adminunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdData;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.household.Member;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;

/**
 * The reform applied from lists an administrator uploads in the official files' format (the same
 * import as the official lists): hand-built provinces, one merged into the other, communes merged,
 * one split, districts abolished; households re-filed; a second import changes nothing; a dry run
 * stores nothing; wrong files refused whole with their file, line and code.
 */
class ReformListsIT extends IntegrationTestBase {
    private static final Actor ADMIN = Actor.system("reform-lists-it");

    @Autowired
    AdminUnits units;

    @Autowired
    ReformImport reform;

    @Autowired
    HouseholdRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private Household household(String code, AdminUnit village) {
        Member head = new Member(
                "Lương Văn " + code,
                null,
                1970,
                "M",
                "HEAD",
                "Thái",
                true,
                null,
                null,
                "LOWER_SECONDARY",
                false,
                "SELF_EMPLOYED",
                false,
                false,
                false);
        return registry.create(
                ADMIN,
                new HouseholdData(
                        code,
                        village.id(),
                        head.name(),
                        null,
                        null,
                        "RURAL",
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(head)));
    }

    private long provinceOf(Household h) {
        return jdbc.sql("SELECT province_id FROM household WHERE id = :id")
                .param("id", h.id())
                .query(Long.class)
                .single();
    }

    private ReformImport.Report apply(String before, String after, String succession, String splits, boolean dry) {
        return reform.run(
                ADMIN,
                ReformImport.Scope.COUNTRY,
                dry,
                () -> ReformLists.uploaded(
                        new StringReader(before),
                        new StringReader(after),
                        new StringReader(succession),
                        splits == null ? null : new StringReader(splits)));
    }

    @Test
    void uploadedListsMergeAProvinceAndItsCommunesAndAbolishTheDistricts() {
        String t = TestUnits.tag();
        TestUnits b = new TestUnits(units);
        AdminUnit merged = b.aProvince();
        AdminUnit kept = b.aProvince();
        AdminUnit d1 = b.aDistrictIn(merged);
        AdminUnit d2 = b.aDistrictIn(kept);
        AdminUnit a = b.aCommuneIn(d1);
        AdminUnit bb = b.aCommuneIn(d1);
        AdminUnit c = b.aCommuneIn(d1);
        AdminUnit e = b.aCommuneIn(d2);
        List<AdminUnit> aVillages = b.villagesIn(a, 2);
        AdminUnit bVillage = b.villagesIn(bb, 1).get(0);
        AdminUnit cVillage = b.villagesIn(c, 1).get(0);
        AdminUnit eVillage = b.villagesIn(e, 1).get(0);
        Household ha = household("RL-" + t + "-A", aVillages.get(1));
        Household hb = household("RL-" + t + "-B", bVillage);
        Household hc = household("RL-" + t + "-C", cVillage);
        Household he = household("RL-" + t + "-E", eVillage);
        String before = "code,name,level,parent_code,type\n"
                + String.join(
                        "\n",
                        merged.code() + ",Tỉnh Gộp " + t + ",PROVINCE,,Tỉnh",
                        kept.code() + ",Tỉnh Giữ " + t + ",PROVINCE,,Tỉnh",
                        d1.code() + ",Huyện Một,DISTRICT," + merged.code() + ",Huyện",
                        d2.code() + ",Huyện Hai,DISTRICT," + kept.code() + ",Huyện",
                        a.code() + ",Xã A,COMMUNE," + d1.code() + ",Xã",
                        bb.code() + ",Xã B,COMMUNE," + d1.code() + ",Xã",
                        c.code() + ",Xã C,COMMUNE," + d1.code() + ",Xã",
                        e.code() + ",Xã E,COMMUNE," + d2.code() + ",Xã")
                + "\n";
        String after = "code,name,level,parent_code,type\n"
                + String.join(
                        "\n",
                        kept.code() + ",Tỉnh Giữ " + t + ",PROVINCE,,Tỉnh",
                        a.code() + ",Xã A Mới,COMMUNE," + kept.code() + ",Xã",
                        c.code() + ",Xã C Mới,COMMUNE," + kept.code() + ",Xã",
                        c.code() + "b,Xã C Hai,COMMUNE," + kept.code() + ",Xã",
                        e.code() + ",Phường E,COMMUNE," + kept.code() + ",Phường")
                + "\n";
        String succession = "old_level,old_code,status,new_level,new_code,new_codes,nso_notes\n"
                + String.join(
                        "\n",
                        "PROVINCE," + merged.code() + ",WHOLE,PROVINCE," + kept.code() + ",,Nhập toàn bộ",
                        "PROVINCE," + kept.code() + ",WHOLE,PROVINCE," + kept.code() + ",,",
                        "DISTRICT," + d1.code() + ",ABOLISHED,,,,",
                        "DISTRICT," + d2.code() + ",ABOLISHED,,,,",
                        "COMMUNE," + a.code() + ",WHOLE,COMMUNE," + a.code() + ",,Nhập toàn bộ",
                        "COMMUNE," + bb.code() + ",WHOLE,COMMUNE," + a.code() + ",,Nhập toàn bộ",
                        "COMMUNE," + c.code() + ",SPLIT,COMMUNE,,,",
                        "COMMUNE," + e.code() + ",WHOLE,COMMUNE," + e.code() + ",,Đổi loại hình")
                + "\n";
        String splits = "old_code,old_name,new_code,new_name,nso_note\n"
                + c.code() + ",Xã C," + c.code() + ",Xã C Mới,Nhập một phần\n"
                + c.code() + ",Xã C," + c.code() + "b,Xã C Hai,Nhập một phần\n";

        String[] ours = {
            merged.code(), kept.code(), d1.code(), d2.code(), a.code(), bb.code(), c.code(), c.code() + "b", e.code()
        };
        long unitsBefore = unitsCoded(ours);
        ReformImport.Report dry = apply(before, after, succession, splits, true);
        assertThat(dry.householdsMoved()).isEqualTo(2);
        assertThat(unitsCoded(ours)).as("a dry run stores nothing").isEqualTo(unitsBefore);
        assertThat(provinceOf(ha)).isEqualTo(merged.id());

        ReformImport.Report r = apply(before, after, succession, splits, false);
        assertThat(r.oldMatched()).isEqualTo(8);
        assertThat(r.newContinuing()).as("the kept province continues its unit").isEqualTo(1);
        assertThat(r.newCreated()).isEqualTo(4);
        assertThat(r.successions()).as("merged→kept, a→A, b→A, c→C, c→C2, e→E").isEqualTo(6);
        assertThat(r.villagesMoved()).isEqualTo(4);
        assertThat(r.householdsMoved())
                .as("the households of a and b, now in the kept province")
                .isEqualTo(2);
        assertThat(r.splitCommunesWaiting()).isEqualTo(1);
        assertThat(r)
                .usingRecursiveComparison()
                .ignoringFields("millis", "dryRun")
                .isEqualTo(dry);

        long newA = jdbc.sql("SELECT unit_id FROM admin_unit_listing WHERE list = '2025' AND code = :c")
                .param("c", a.code())
                .query(Long.class)
                .single();
        assertThat(units.get(bVillage.id()).parentId()).isEqualTo(newA);
        assertThat(units.get(newA).parentId()).isEqualTo(kept.id());
        assertThat(provinceOf(ha)).isEqualTo(kept.id());
        assertThat(provinceOf(hb)).isEqualTo(kept.id());
        assertThat(provinceOf(he)).isEqualTo(kept.id());
        assertThat(provinceOf(hc))
                .as("a split commune's households wait for its villages")
                .isEqualTo(merged.id());
        assertThat(units.get(merged.id()).retired()).isTrue();
        assertThat(units.get(kept.id()).retired()).isFalse();
        assertThat(units.get(d2.id()).retiredReason()).isEqualTo(ReformImport.DISTRICT_ENDED);
        assertThat(units.get(bb.id()).validTo()).isEqualTo(ReformImport.LAST_DAY);
        assertThat(registry.get(ADMIN, ha.id()).data().members()).hasSize(1);

        ReformImport.Report again = apply(before, after, succession, splits, false);
        assertThat(again.changesNothing())
                .as("a second import changes nothing: %s", again)
                .isTrue();
    }

    @Test
    void wrongListsAreRefusedWholeNamingFileLineAndCode() {
        String t = TestUnits.tag();
        String before = "code,name,level,parent_code,type\n"
                + "W" + t + ",Tỉnh Sai,PROVINCE,,Tỉnh\n"
                + "W" + t + "/x,Xã Sai,COMMUNE,W" + t + "/nowhere,Xã\n"
                + "W" + t + "/y,Xã Hai,HAMLET,W" + t + ",Xã\n";
        String after = "code,name,parent_code\nW" + t + ",Tỉnh Sai,\n";
        String succession = "old_level,old_code,status,new_level,new_code\n"
                + "PROVINCE,W" + t + ",WHOLE,PROVINCE,Q" + t + "\n"
                + "COMMUNE,W" + t + "/x,MOVED,COMMUNE,W" + t + "\n";
        String[] ours = {"W" + t + "%", "Q" + t + "%"};
        long unitsBefore = unitsCoded(ours);
        assertThatThrownBy(() -> apply(before, after, succession, null, false))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.message().code() + "@" + p.line())
                                .contains(
                                        "adminunit.lists.columns@1",
                                        "adminunit.lists.parent@3",
                                        "adminunit.lists.level@4",
                                        "adminunit.lists.unknownSuccessor@2",
                                        "adminunit.lists.unknownStatus@3"));
        assertThat(unitsCoded(ours)).isEqualTo(unitsBefore);
    }

    /** Units (of any list) whose code is one of the test's own, or matches one of its patterns. */
    private long unitsCoded(String... codes) {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE code LIKE ANY (:codes)")
                .param("codes", codes)
                .query(Long.class)
                .single();
    }
}
