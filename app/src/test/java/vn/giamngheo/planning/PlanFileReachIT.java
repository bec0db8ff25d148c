package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * A commune's report is stored on the district plan that asks for it, which every commune of the
 * district reads: the file itself belongs to the commune, and a sibling commune cannot download it.
 */
class PlanFileReachIT extends PlanTestBase {
    @Autowired
    Obligations obligations;

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    static Actor official(AdminUnit commune) {
        return new Actor(
                "official-" + commune.id(),
                Jurisdiction.subtrees(List.of(commune.path())),
                EnumSet.allOf(Permission.class));
    }

    @Test
    void aSiblingCommuneCannotDownloadACommunesReportStoredOnTheDistrictPlan() {
        PlanFixtures.Place place = newPlace(2);
        AdminUnit district = place.district();
        AdminUnit owner = place.commune(1);
        AdminUnit sibling = place.commune(2);
        // the district's plan that asks every commune for its reports (seed 004)
        PlanFixtures.saveSeed(plans, district, "004_33768970df9aca94.txt");
        ObligationView owed = obligations
                .completeness(PlanFixtures.SYSTEM, owner.id(), 2024, LocalDate.of(2024, 12, 31))
                .obligations()
                .get(0);
        obligations.submit(
                official(owner),
                owed.id(),
                new UploadedFile("bao-cao.txt", "text/plain", "Báo cáo của xã".getBytes(StandardCharsets.UTF_8)),
                null,
                null);
        long fileId = jdbc.sql("SELECT max(id) FROM plan_file WHERE plan_id = :p AND purpose = 'SUBMISSION'")
                .param("p", owed.planId())
                .query(Long.class)
                .single();
        assertThat(plans.get(official(sibling), owed.planId()).plan().unitId())
                .as("the sibling reads the district's plan")
                .isEqualTo(district.id());
        assertThatThrownBy(() -> plans.file(official(sibling), owed.planId(), fileId))
                .isInstanceOf(OutsideJurisdiction.class);
        assertThat(new String(plans.file(official(owner), owed.planId(), fileId).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("Báo cáo của xã");
        assertThat(plans.file(official(district), owed.planId(), fileId).file().name())
                .as("the district that asked for it")
                .isEqualTo("bao-cao.txt");
    }
}
