package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the text of a task is read when it is written in the less tidy ways plans are. */
class AssignmentEdgeCasesTest {

    static PlanExtraction extract(String text) {
        return new PlanExtractor(AgencyNameCatalogue.standard())
                .extract(PlanDocuments.text(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String plan(String tasks) {
        return """
                Số: 12/KH-UBND
                Kon Rẫy, ngày 05 tháng 3 năm 2022
                KẾ HOẠCH
                Thực hiện công tác giảm nghèo năm 2022
                II. NỘI DUNG
                %s
                III. TỔ CHỨC THỰC HIỆN
                1. Giao Phòng LĐ-TB&XH làm đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này./.
                """.formatted(tasks);
    }

    @Test
    void aTaskWithoutAnAssignmentIsKeptAndReported() {
        PlanExtraction p = extract(plan("""
                1. Tăng cường công tác tuyên truyền về giảm nghèo.
                2. Rà soát hộ nghèo.
                * Phân công thực hiện: Phòng Tài chính - Kế hoạch chủ trì triển khai thực hiện thường xuyên.
                """));
        assertThat(p.tasks()).extracting(ExtractedTask::number).containsExactly("1", "2");
        ExtractedTask first = p.tasks().get(0);
        assertThat(first.lead()).isEmpty();
        assertThat(first.schedule()).isNull();
        assertThat(first.warnings()).containsExactly("no lead or assignee stated", "no schedule stated");
        assertThat(p.tasks().get(1).lead()).containsExactly("Phòng Tài chính - Kế hoạch");
    }

    @Test
    void unitsListedAcrossALineBreakAreAllRead() {
        PlanExtraction p = extract(plan("""
                1. Tập huấn cho cán bộ làm công tác giảm nghèo.
                * Phân công thực hiện: Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Lao động -
                Thương binh và Xã hội, Phòng Nông nghiệp và
                Phát triển nông thôn,

                Phòng Dân tộc và các đơn vị liên quan triển khai thực hiện trong tháng 4/2022.
                """));
        ExtractedTask task = p.tasks().get(0);
        assertThat(task.lead()).containsExactly("Phòng Tài chính - Kế hoạch");
        assertThat(task.coordinators())
                .containsExactly(
                        "Phòng Lao động - Thương binh và Xã hội",
                        "Phòng Nông nghiệp và Phát triển nông thôn",
                        "Phòng Dân tộc");
        assertThat(task.collective()).containsExactly("các đơn vị liên quan");
        assertThat(task.schedule().kind()).isEqualTo(ScheduleKind.MONTH);
    }

    @Test
    void andTheRelatedUnitsIsACollectiveCoordinatorNotDroppedAndNotMatched() {
        PlanExtraction p = extract(plan("""
                1. Hỗ trợ nhà ở cho hộ nghèo.
                * Phân công thực hiện: Phòng Kinh tế - Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch và các đơn vị liên quan triển khai thực hiện hàng năm.
                """));
        ExtractedTask task = p.tasks().get(0);
        assertThat(task.units())
                .extracting(AssignedUnit::role, AssignedUnit::mention, AssignedUnit::name, AssignedUnit::collective)
                .containsExactly(
                        tuple(UnitRole.LEAD, "Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế - Hạ tầng", false),
                        tuple(UnitRole.COORDINATOR, "Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch", false),
                        tuple(UnitRole.COORDINATOR, "các đơn vị liên quan", null, true));
        assertThat(task.unmatched()).isEmpty();
        assertThat(task.schedule().kind()).isEqualTo(ScheduleKind.ONGOING);
    }

    @Test
    void theUnitAdvisedOrReportedToIsNotAnAssignee() {
        PlanExtraction p = extract(plan("""
                1. Phân bổ kinh phí.
                * Phân công thực hiện: Phòng Tài chính - Kế hoạch tham mưu UBND huyện trình Hội đồng nhân dân huyện xem xét trong tháng 2 hàng năm.
                """));
        assertThat(p.tasks().get(0).units())
                .extracting(AssignedUnit::display)
                .containsExactly("Phòng Tài chính - Kế hoạch");
    }

    @Test
    void anUnknownUnitIsKeptAsWrittenAndListedAsUnmatched() {
        PlanExtraction p = extract(plan("""
                1. Ứng dụng công nghệ thông tin.
                * Phân công thực hiện: Phòng Khoa học và Công nghệ chủ trì, phối hợp với Phòng LĐTBXH triển khai thực hiện khi có yêu cầu.
                """));
        ExtractedTask task = p.tasks().get(0);
        assertThat(task.lead()).containsExactly("Phòng Khoa học và Công nghệ");
        assertThat(task.coordinators()).containsExactly("Phòng Lao động - Thương binh và Xã hội");
        assertThat(task.unmatched()).containsExactly("Phòng Khoa học và Công nghệ");
        assertThat(p.unmatched()).containsExactly("Phòng Khoa học và Công nghệ");
        assertThat(task.schedule().kind()).isEqualTo(ScheduleKind.ON_REQUEST);
    }

    @Test
    void whenTheTasksNameNobodyTheOrganisationItemsAreTasksAndGiaoNamesTheFocalPoint() {
        PlanExtraction p = extract(plan("1. Rà soát hộ nghèo."));
        assertThat(p.number()).isEqualTo("12/KH-UBND");
        assertThat(p.date()).isEqualTo("2022-03-05");
        assertThat(p.place()).isEqualTo("Kon Rẫy");
        assertThat(p.organisation()).isEmpty();
        assertThat(p.tasks())
                .extracting(ExtractedTask::section, ExtractedTask::number, ExtractedTask::lead)
                .containsExactly(
                        tuple("II. NỘI DUNG", "1", List.of()),
                        tuple("III. TỔ CHỨC THỰC HIỆN", "1", List.of("Phòng Lao động - Thương binh và Xã hội")));
    }

    @Test
    void whenTheTasksCarryTheirOwnAssignmentTheOrganisationItemsAreReturnedApart() {
        PlanExtraction p = extract(plan("""
                1. Rà soát hộ nghèo.
                * Phân công thực hiện: UBND các xã, thị trấn triển khai thực hiện trong tháng 9 hàng năm.
                """));
        assertThat(p.tasks()).extracting(ExtractedTask::number).containsExactly("1");
        assertThat(p.tasks().get(0).collective()).containsExactly("UBND các xã, thị trấn");
        assertThat(p.organisation())
                .singleElement()
                .satisfies(o -> assertThat(o.lead()).containsExactly("Phòng Lao động - Thương binh và Xã hội"));
    }

    @Test
    void severalSchedulesInOneLineAreReported() {
        PlanExtraction p = extract(plan("""
                1. Thành lập Ban Chỉ đạo.
                * Phân công thực hiện: Phòng Nội vụ chủ trì thực hiện trong tháng 4/2022 và trước ngày 30/6/2022.
                """));
        ExtractedTask task = p.tasks().get(0);
        assertThat(task.schedule().kind()).isEqualTo(ScheduleKind.BEFORE_DATE);
        assertThat(task.warnings()).singleElement().asString().startsWith("several schedules");
    }

    @Test
    void aPartyPlanNumberKeepsItsPartySymbol() {
        PlanExtraction p = extract("""
                ĐẢNG BỘ TỈNH THÁI NGUYÊN
                HUYỆN ỦY VÕ NHAI
                Số 51-KH/HU
                Võ Nhai, ngày 23 tháng 11 năm 2021
                KẾ HOẠCH
                Thực hiện Chỉ thị số 05-CT/TW
                """);
        assertThat(p.number()).isEqualTo("51-KH/HU");
        assertThat(p.symbol()).isEqualTo("KH/HU");
        assertThat(p.issuer()).isEqualTo("ĐẢNG BỘ TỈNH THÁI NGUYÊN HUYỆN ỦY VÕ NHAI");
        assertThat(p.implemented()).extracting(DocumentReference::number).containsExactly("05-CT/TW");
        assertThat(p.tasks()).isEmpty();
        assertThat(p.warnings()).contains("no numbered tasks found");
    }

    @Test
    void aDocumentWithNothingButTextStillAnswersWithWhatItFound() {
        PlanExtraction p = extract("Một văn bản không có cấu trúc kế hoạch.");
        assertThat(p.tasks()).isEmpty();
        assertThat(p.warnings())
                .contains(
                        "no plan number found",
                        "no date of issue found",
                        "no issuing body found",
                        "no numbered tasks found");
        assertThat(List.of(p.number() == null, p.date() == null, p.title() == null))
                .containsOnly(true);
    }

    @Test
    void aMarkdownPipeTableIsReadLikeATabSeparatedOne() {
        PlanExtraction p = extract("""
                KẾ HOẠCH Thực hiện công tác giảm nghèo năm 2024
                II. NHIỆM VỤ
                1. Phòng Dân tộc chủ trì thực hiện thường xuyên.

                CHỈ TIÊU GIẢM NGHÈO NĂM 2024

                | TT | Tên đơn vị | Chỉ tiêu giao giảm hộ nghèo năm 2024 (hộ) | Hộ không có KNLĐ | Hộ có KNLĐ | Ghi chú |
                |---|---|:---:|---|---|---|
                | 1 | TT Lam Sơn | 6 | 2 | 4 | |
                | | TỔNG CỘNG | 6 | 2 | 4 | |
                """);
        assertThat(p.title()).isEqualTo("KẾ HOẠCH Thực hiện công tác giảm nghèo năm 2024");
        assertThat(p.targetRows())
                .extracting(
                        TargetRow::unit,
                        TargetRow::withoutLabourCapacity,
                        TargetRow::withLabourCapacity,
                        TargetRow::total)
                .containsExactly(tuple("TT Lam Sơn", 2L, 4L, false), tuple("TỔNG CỘNG", 2L, 4L, true));
    }
}
