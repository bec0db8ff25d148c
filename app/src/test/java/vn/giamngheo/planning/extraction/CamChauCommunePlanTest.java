package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 001: Cẩm Châu commune's plan for the National Target Program — projects and sub-projects
 * each with "c) Phân công thực hiện", lettered items, commune officials as leads, periodic reports.
 */
class CamChauCommunePlanTest {
    static final String VH_CS = "Công chức Văn hóa - Chính sách";
    static final String VH_XH = "Công chức Văn hóa - Xã hội";
    static final String DC_NN = "Công chức Địa chính - Nông nghiệp";
    static final String TC_KT = "Công chức Tài chính - Kế toán";

    final PlanExtraction plan = Seeds.extraction("001");

    @Test
    void aBlankNumberKeepsItsFormAndAPartialDateKeepsMonthAndYear() {
        assertThat(plan.number()).isNull();
        assertThat(plan.symbol()).isEqualTo("KH-UBND");
        assertThat(plan.date()).isEqualTo("2022-05");
        assertThat(plan.place()).isEqualTo("Cẩm Châu");
        assertThat(plan.issuer()).isEqualTo("UBND xã");
        assertThat(plan.implemented())
                .extracting(DocumentReference::number, DocumentReference::date, DocumentReference::issuer)
                .containsExactly(tuple("82/KH-UBND", "2022-04-07", "UBND huyện Cẩm Thủy"));
        assertThat(plan.warnings()).contains("the plan number is blank (\"Số: /KH-UBND\")");
    }

    @Test
    void theTargetOfOneAndAHalfPercentAYearIsUnderItsTargets() {
        assertThat(plan.targets())
                .contains(
                        "Tỷ lệ hộ nghèo giảm bình quân hằng năm theo tiêu chí mới của giai đoạn 2021 - 2025 từ 1,5% trở lên.");
        assertThat(plan.funding()).hasSize(1);
    }

    @Test
    void projectsAndSubProjectsAreTasksLedByTheCommuneOfficialTheirAssignmentLineNames() {
        assertThat(plan.tasks())
                .extracting(ExtractedTask::number, ExtractedTask::lead, Seeds::kind)
                .containsExactly(
                        tuple("1.1", List.of(VH_CS), null),
                        tuple("1.2.1", List.of(DC_NN), null),
                        tuple("1.2.2", List.of("Trạm Y tế"), null),
                        tuple("1.3.1", List.of(VH_CS), null),
                        tuple("1.4.1", List.of(VH_XH), null),
                        tuple("1.4.2", List.of(VH_CS), null),
                        tuple("1.5.1", List.of(VH_CS), null),
                        tuple("1.5.2", List.of(VH_CS), null),
                        tuple("2.a", List.of(), null),
                        tuple("2.b", List.of(), null),
                        tuple("3", List.of("Ban Chỉ đạo"), null),
                        tuple("4.a", List.of(), null),
                        tuple("4.b", List.of(), null),
                        tuple("4.c", List.of(), null),
                        tuple("4.d", List.of(), null),
                        tuple("5.a", List.of(), null),
                        tuple("5.b", List.of(), null),
                        tuple("6.a", List.of(), null),
                        tuple("6.b", List.of(), null));
        assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.warnings()).contains("no schedule stated"));
    }

    @Test
    void theProjectsGoalAndFundingLabelsStayInTheTaskAndTheAssignmentLineIsKeptApart() {
        ExtractedTask task = Seeds.task(plan, "1.2.2");
        assertThat(task.group()).isEqualTo("Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng");
        assertThat(task.text()).startsWith("Tiểu dự án 2: Cải thiện dinh dưỡng\nMục tiêu:");
        assertThat(task.assignment()).startsWith("Phân công thực hiện: Trạm y tế xã chủ trì");
        assertThat(task.coordinators()).containsExactly("Văn phòng HĐND - UBND", VH_CS, TC_KT);
        assertThat(task.collective()).containsExactly("các cơ quan, đơn vị có liên quan", "các thôn");
        assertThat(Seeds.task(plan, "1.2.1").collective()).containsExactly("thôn");
    }

    @Test
    void aMentionNoAgencyIsKnownForIsReportedAsUnmatched() {
        assertThat(Seeds.task(plan, "3").unmatched()).containsExactly("Ban Chỉ đạo");
        assertThat(plan.unmatched()).containsExactly("Ban Chỉ đạo");
    }

    @Test
    void theOrganisationPartNamesTheOfficialsItsLetteredDutiesBelongTo() {
        assertThat(plan.organisation())
                .extracting(ExtractedTask::number)
                .containsExactly(
                        "1.1.a", "1.1.b", "1.2.a", "1.2.b", "1.2.c", "1.2.d", "1.2.d", "1.3.a", "1.3.b", "1.4", "1.5",
                        "1.6.a", "1.6.b", "1.6.c", "2.a", "2.b");
        assertThat(plan.organisation().get(2).lead()).containsExactly(DC_NN, VH_XH, "Trạm Y tế");
        assertThat(plan.organisation().get(0).lead()).containsExactly(VH_CS);
    }

    @Test
    void reportsAreDueEachQuarterSixMonthsNineMonthsAndYearToTheCommuneCommittee() {
        assertThat(plan.reportingDuties())
                .extracting(
                        ReportingDuty::period, ReportingDuty::recipient, ReportingDuty::via, ReportingDuty::schedule)
                .containsExactly(
                        tuple(ReportPeriod.QUARTER, List.of("Ủy ban nhân dân xã"), VH_CS, null),
                        tuple(ReportPeriod.SIX_MONTHS, List.of("Ủy ban nhân dân xã"), VH_CS, null),
                        tuple(ReportPeriod.NINE_MONTHS, List.of("Ủy ban nhân dân xã"), VH_CS, null),
                        tuple(ReportPeriod.YEAR, List.of("Ủy ban nhân dân xã"), VH_CS, null));
    }
}
