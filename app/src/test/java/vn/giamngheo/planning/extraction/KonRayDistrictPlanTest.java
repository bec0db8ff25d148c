package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.giamngheo.planning.extraction.ScheduleKind.EVENT;
import static vn.giamngheo.planning.extraction.ScheduleKind.MONTH;
import static vn.giamngheo.planning.extraction.ScheduleKind.ONGOING;
import static vn.giamngheo.planning.extraction.ScheduleKind.ON_REQUEST;
import static vn.giamngheo.planning.extraction.ScheduleKind.YEARLY_BEFORE_DAY;
import static vn.giamngheo.planning.extraction.ScheduleKind.YEARLY_MONTH;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 000: Kon Rẫy district implements Directive 05-CT/TW, tasks 1.1–4.8 each with "Phân công thực hiện". */
class KonRayDistrictPlanTest {
    static final String LDTBXH = "Phòng Lao động - Thương binh và Xã hội";
    static final String TCKH = "Phòng Tài chính - Kế hoạch";
    static final String NNPTNT = "Phòng Nông nghiệp và Phát triển nông thôn";
    static final String DAN_TOC = "Phòng Dân tộc";
    static final String VHTT = "Phòng Văn hóa - Thông tin";
    static final String NHCSXH = "Ngân hàng Chính sách xã hội";

    final PlanExtraction plan = Seeds.extraction("000");

    @Test
    void theHeaderHasNoNumberOrDateButNamesTheDistrictCommitteeAndTheDocumentsItImplements() {
        assertThat(plan.number()).isNull();
        assertThat(plan.date()).isNull();
        assertThat(plan.issuer()).isEqualTo("Ủy ban nhân dân huyện");
        assertThat(plan.title()).startsWith("KẾ HOẠCH Triển khai thực hiện Kế hoạch số 51-KH/HU ngày 23-11-2021");
        assertThat(plan.implemented())
                .extracting(DocumentReference::kind, DocumentReference::number, DocumentReference::date)
                .containsExactly(
                        tuple("Kế hoạch", "51-KH/HU", "2021-11-23"),
                        tuple("Chỉ thị", "05-CT/TW", "2021-06-23"),
                        tuple("Kế hoạch", "4587/KH-UBND", "2021-12-27"),
                        tuple("Kế hoạch", "31-KH/TU", "2021-10-28"));
        assertThat(plan.warnings()).contains("no plan number found", "no date of issue found");
    }

    @Test
    void everyOneOfTheTwentyFiveTasksKeepsTheLeadAndScheduleKindTheSeedWrites() {
        assertThat(plan.tasks())
                .extracting(ExtractedTask::number, ExtractedTask::lead, Seeds::kind)
                .containsExactly(
                        tuple("1.1", List.of(), ONGOING),
                        tuple("1.2", List.of(), null),
                        tuple("1.3", List.of(LDTBXH), ONGOING),
                        tuple("1.4", List.of(TCKH), MONTH),
                        tuple("1.5", List.of(VHTT), ONGOING),
                        tuple("2.1", List.of(), null),
                        tuple("2.2", List.of(), ONGOING),
                        tuple("2.3", List.of(), null),
                        tuple("2.4", List.of(LDTBXH), YEARLY_MONTH),
                        tuple("2.5", List.of(TCKH), ONGOING),
                        tuple("2.6", List.of(NNPTNT), ONGOING),
                        tuple("2.7", List.of(DAN_TOC), ONGOING),
                        tuple("2.8", List.of(), EVENT),
                        tuple("3.1", List.of(TCKH), ONGOING),
                        tuple("3.2", List.of(TCKH), null),
                        tuple("3.3", List.of(NHCSXH), ONGOING),
                        tuple("3.4", List.of(TCKH), YEARLY_MONTH),
                        tuple("4.1", List.of(LDTBXH), ONGOING),
                        tuple("4.2", List.of(TCKH), MONTH),
                        tuple("4.3", List.of(LDTBXH), YEARLY_MONTH),
                        tuple("4.4", List.of(), ONGOING),
                        tuple("4.5", List.of(LDTBXH), YEARLY_MONTH),
                        tuple("4.6", List.of(), null),
                        tuple("4.7", List.of(), null),
                        tuple("4.8", List.of(LDTBXH), ONGOING));
        assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.section()).isEqualTo("II. NỘI DUNG"));
    }

    @Test
    void schedulesAreStructuredAndKeepThePhraseTheyCameFrom() {
        assertThat(Seeds.task(plan, "1.4").schedule())
                .isEqualTo(new Schedule(MONTH, 2022, 4, null, null, "trong tháng 4/2022"));
        assertThat(Seeds.task(plan, "2.4").schedule())
                .isEqualTo(new Schedule(YEARLY_MONTH, null, 1, null, null, "trong tháng 1 hàng năm"));
        assertThat(Seeds.task(plan, "3.4").schedule().month()).isEqualTo(2);
        assertThat(Seeds.task(plan, "4.3").schedule())
                .isEqualTo(new Schedule(YEARLY_MONTH, null, 6, null, null, "vào tháng 6 hàng năm"));
        assertThat(Seeds.task(plan, "4.5").schedule().month()).isEqualTo(9);
        assertThat(Seeds.task(plan, "2.8").schedule().event())
                .isEqualTo("có kết quả rà soát hộ nghèo, hộ cận nghèo của năm đó");
        assertThat(Seeds.task(plan, "1.1").schedule().source()).isEqualTo("thường xuyên");
    }

    @Test
    void coordinatingUnitsAreSplitOnCommasAndVaAndCollectiveAssigneesAreKeptAsWritten() {
        ExtractedTask task = Seeds.task(plan, "1.4");
        assertThat(task.coordinators()).containsExactly(LDTBXH, NNPTNT, DAN_TOC);
        assertThat(task.collective()).containsExactly("các địa phương, đơn vị có liên quan");

        assertThat(Seeds.task(plan, "1.1").collective())
                .containsExactly("Các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện", "Ủy ban nhân dân các xã, thị trấn");
        assertThat(Seeds.task(plan, "2.8").collective()).containsExactly("Ủy ban nhân dân các xã, thị trấn");
        assertThat(Seeds.task(plan, "4.2").collective()).containsExactly("UBND các xã, thị trấn");
        assertThat(Seeds.task(plan, "1.3").units())
                .extracting(AssignedUnit::role, AssignedUnit::mention, AssignedUnit::collective)
                .containsExactly(
                        tuple(UnitRole.LEAD, "Phòng LĐ-TB&XH", false),
                        tuple(UnitRole.COORDINATOR, "các đơn vị liên quan", true),
                        tuple(UnitRole.COORDINATOR, "Ủy ban nhân dân các xã, thị trấn", true));
    }

    @Test
    void theAbbreviatedLeadIsKeptAsWrittenAndMatchedToItsFullName() {
        AssignedUnit lead = Seeds.task(plan, "4.5").units().get(0);
        assertThat(lead.mention()).isEqualTo("Phòng LĐ-TB&XH");
        assertThat(lead.name()).isEqualTo(LDTBXH);
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void tasksWithoutAnAssignmentAreReportedNotDropped() {
        assertThat(plan.tasks())
                .filteredOn(t -> t.warnings().contains("no lead or assignee stated"))
                .extracting(ExtractedTask::number)
                .containsExactly("1.2", "2.1", "2.2", "2.3", "4.6", "4.7");
        assertThat(Seeds.task(plan, "3.2").warnings()).containsExactly("no schedule stated");
    }

    @Test
    void theOrganisationPartIsReturnedApartBecauseEachTaskCarriesItsOwnAssignment() {
        assertThat(plan.organisation())
                .extracting(ExtractedTask::number, ExtractedTask::lead)
                .containsExactly(
                        tuple("1", List.of()),
                        tuple("2", List.of(LDTBXH)),
                        tuple("3", List.of("Ủy ban Mặt trận Tổ quốc Việt Nam")));
    }

    @Test
    void unitsReportBeforeFiveNovemberAndTheLabourOfficeBeforeTwentyNovemberAndOnRequest() {
        assertThat(plan.reportingDuties())
                .extracting(
                        ReportingDuty::item,
                        ReportingDuty::reporter,
                        ReportingDuty::recipient,
                        d -> d.schedule().kind(),
                        d -> d.schedule().day(),
                        d -> d.schedule().month())
                .containsExactly(
                        tuple(
                                "1",
                                List.of("Các cơ quan, đơn vị", "Ủy ban nhân dân các xã, thị trấn"),
                                List.of(LDTBXH),
                                YEARLY_BEFORE_DAY,
                                5,
                                11),
                        tuple(
                                "1",
                                List.of("Các cơ quan, đơn vị", "Ủy ban nhân dân các xã, thị trấn"),
                                List.of(LDTBXH),
                                ON_REQUEST,
                                null,
                                null),
                        tuple(
                                "2",
                                List.of(LDTBXH),
                                List.of("Ủy ban nhân dân huyện", "Sở Lao động - Thương binh và Xã hội"),
                                YEARLY_BEFORE_DAY,
                                20,
                                11),
                        tuple(
                                "2",
                                List.of(LDTBXH),
                                List.of("Ủy ban nhân dân huyện", "Sở Lao động - Thương binh và Xã hội"),
                                ON_REQUEST,
                                null,
                                null));
    }

    @Test
    void theDistributionListIsReadLineByLine() {
        assertThat(plan.distribution()).hasSize(10);
        assertThat(plan.distribution()).startsWith("Sở Lao động - TB&XH (b/c)").endsWith("Lưu VT");
    }
}
