package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.giamngheo.planning.extraction.ScheduleKind.ONGOING;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the Võ Nhai district Party plan. Its tasks (II) name nobody; its organisation part
 * (III) assigns the duties body by body, so those items are tasks too.
 */
class VoNhaiPartyPlanTest {
    static final String CONTENT = "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU";
    static final String ORGANISATION = "III. TỔ CHỨC THỰC HIỆN";

    final PlanExtraction plan = Seeds.extraction("002");

    @Test
    void theIssuerIsTheBodyThatDrewUpThePlanAndItImplementsTheProvincePlanAndTheDirective() {
        assertThat(plan.number()).isNull();
        assertThat(plan.date()).isNull();
        assertThat(plan.issuer()).isEqualTo("Ban Thường vụ Huyện ủy Võ Nhai");
        assertThat(plan.implemented())
                .extracting(DocumentReference::kind, DocumentReference::number, DocumentReference::date)
                .containsExactly(
                        tuple("Chương trình hành động", "10-CTr/TU", "2021-08-23"),
                        tuple("Chỉ thị", "05-CT/TW", "2021-06-23"));
    }

    @Test
    void theTargetsAreReadFromThePurposesForAPlanWithoutATargetsPart() {
        assertThat(plan.targets())
                .singleElement()
                .asString()
                .contains("Phấn đấu giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 3% trở lên");
    }

    @Test
    void tenTasksFiveSolutionsAndFiveDutiesOfTheBodiesTheOrganisationPartNames() {
        assertThat(plan.tasks())
                .extracting(
                        ExtractedTask::section,
                        ExtractedTask::number,
                        ExtractedTask::lead,
                        ExtractedTask::collective,
                        Seeds::kind)
                .containsExactly(
                        tuple(CONTENT, "1", List.of(), List.of(), null),
                        tuple(CONTENT, "2", List.of(), List.of("Cơ quan chuyên môn cấp huyện", "cấp xã"), null),
                        tuple(CONTENT, "3", List.of(), List.of(), null),
                        tuple(CONTENT, "4", List.of(), List.of(), null),
                        tuple(CONTENT, "5", List.of(), List.of(), null),
                        tuple(ORGANISATION, "1", List.of("Hội đồng nhân dân huyện"), List.of(), null),
                        tuple(
                                ORGANISATION,
                                "2",
                                List.of("Ủy ban nhân dân huyện"),
                                List.of("các cơ quan tham mưu, giúp việc của Huyện ủy"),
                                ONGOING),
                        tuple(
                                ORGANISATION,
                                "3",
                                List.of("Ban Tuyên giáo Huyện ủy"),
                                List.of("các cơ quan liên quan"),
                                null),
                        tuple(
                                ORGANISATION,
                                "4",
                                List.of("Ủy ban Mặt trận Tổ quốc Việt Nam"),
                                List.of("các đoàn thể chính trị - xã hội của huyện"),
                                null),
                        tuple(ORGANISATION, "5", List.of(), List.of("Các chi, đảng bộ trực thuộc Huyện ủy"), ONGOING));
        assertThat(plan.organisation()).isEmpty();
    }

    @Test
    void theCommitteeReportsEveryYearToTheStandingCommittee() {
        assertThat(plan.reportingDuties())
                .extracting(
                        ReportingDuty::item, ReportingDuty::reporter, ReportingDuty::recipient, ReportingDuty::period)
                .containsExactly(tuple(
                        "2", List.of("Ủy ban nhân dân huyện"), List.of("Ban Thường vụ Huyện ủy"), ReportPeriod.YEAR));
    }
}
