package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 003: Ngọc Hồi district's 2020 plan 252/KH-UBND — activities without assignees, duties per
 * office in its organisation part, quarterly reports, and the commune target table.
 */
class NgocHoiAnnualPlanTest {
    static final String CONTENT = "II. NỘI DUNG HOẠT ĐỘNG";
    static final String ORGANISATION = "III. TỔ CHỨC THỰC HIỆN";

    final PlanExtraction plan = Seeds.extraction("003");

    @Test
    void theHeaderGivesNumberDateIssuerAndTheSixDocumentsItIsBasedOn() {
        assertThat(plan.number()).isEqualTo("252/KH-UBND");
        assertThat(plan.symbol()).isEqualTo("KH-UBND");
        assertThat(plan.date()).isEqualTo("2020-02-19");
        assertThat(plan.place()).isEqualTo("Ngọc Hồi");
        assertThat(plan.issuer()).isEqualTo("Ủy ban Nhân dân huyện Ngọc Hồi");
        assertThat(plan.title())
                .isEqualTo(
                        "KẾ HOẠCH Triển khai thực hiện Đề án giảm nghèo bền vững trên địa bàn huyện Ngọc Hồi năm 2020");
        assertThat(plan.implemented())
                .extracting(DocumentReference::number, DocumentReference::date)
                .containsExactly(
                        tuple("63-CTr/HU", "2016-11-10"),
                        tuple("06-NQ/TU", "2016-08-24"),
                        tuple("32/2016/NQ-HĐND", "2016-12-22"),
                        tuple("1646/KH-UBND", "2016-12-30"),
                        tuple("1767/QĐ-UBND", "2019-12-24"),
                        tuple("1725/QĐ-UBND", "2019-12-24"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void nineActivitiesAndNineOfficeDutiesTheHeadingsOfWhichNameTheLead() {
        assertThat(plan.tasks())
                .extracting(ExtractedTask::section, ExtractedTask::number, ExtractedTask::lead, Seeds::kind)
                .containsExactly(
                        tuple(CONTENT, "1", List.of(), null),
                        tuple(CONTENT, "2", List.of(), null),
                        tuple(CONTENT, "3", List.of(), null),
                        tuple(CONTENT, "4", List.of(), null),
                        tuple(CONTENT, "5", List.of(), null),
                        tuple(CONTENT, "6", List.of(), null),
                        tuple(CONTENT, "7", List.of(), null),
                        tuple(CONTENT, "8", List.of(), null),
                        tuple(CONTENT, "9", List.of(), null),
                        tuple(ORGANISATION, "1", List.of("Phòng Lao động - Thương binh và Xã hội"), null),
                        tuple(ORGANISATION, "2", List.of("Phòng Nông nghiệp và Phát triển nông thôn"), null),
                        tuple(ORGANISATION, "3", List.of("Phòng Tài chính - Kế hoạch"), null),
                        tuple(ORGANISATION, "4", List.of("Phòng Dân tộc"), null),
                        tuple(
                                ORGANISATION,
                                "5",
                                List.of(
                                        "Phòng Văn hóa - Thông tin",
                                        "Trung tâm Văn hóa - Thể thao, Du lịch và Truyền thông"),
                                null),
                        tuple(ORGANISATION, "6", List.of("Phòng Kinh tế - Hạ tầng"), null),
                        tuple(ORGANISATION, "7", List.of("Ngân hàng Chính sách xã hội"), null),
                        tuple(ORGANISATION, "8", List.of(), null),
                        tuple(ORGANISATION, "9", List.of(), null));
        assertThat(plan.tasks().get(17).collective()).containsExactly("Ủy ban nhân dân các xã, thị trấn");
        assertThat(plan.tasks().get(16).collective()).containsExactly("Các phòng, ban");
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void coordinatorsListedAcrossASemicolonAreCoordinatorsNotLeads() {
        ExtractedTask labour = plan.tasks().get(9);
        assertThat(labour.units())
                .filteredOn(u -> u.role() == UnitRole.LEAD)
                .extracting(AssignedUnit::display)
                .containsExactly("Phòng Lao động - Thương binh và Xã hội");
        assertThat(plan.tasks().get(15).units())
                .filteredOn(u -> u.role() == UnitRole.COORDINATOR)
                .extracting(AssignedUnit::mention)
                .containsExactly("các cơ quan, đơn vị liên quan", "Ủy ban nhân dân các xã, thị trấn");
    }

    @Test
    void reportsAreQuarterlySixMonthlyAndYearlyAndTheReviewResultsAreDueBeforeFifteenOctober() {
        assertThat(plan.reportingDuties())
                .extracting(
                        ReportingDuty::reporter,
                        ReportingDuty::recipient,
                        ReportingDuty::period,
                        d -> d.schedule() == null ? null : d.schedule().kind())
                .containsExactly(
                        tuple(
                                List.of("Phòng Lao động - Thương binh và Xã hội"),
                                List.of(
                                        "Sở Nông nghiệp và Phát triển nông thôn",
                                        "Sở Lao động - Thương binh và Xã hội"),
                                null,
                                ScheduleKind.ON_REQUEST),
                        tuple(
                                List.of("Phòng Nông nghiệp và Phát triển nông thôn"),
                                List.of(
                                        "Sở Nông nghiệp và Phát triển nông thôn",
                                        "Sở Lao động - Thương binh và Xã hội"),
                                null,
                                ScheduleKind.ON_REQUEST),
                        tuple(
                                List.of("Các cơ quan, đơn vị"),
                                List.of("Ủy ban nhân dân huyện"),
                                ReportPeriod.QUARTER,
                                null),
                        tuple(
                                List.of("Các cơ quan, đơn vị"),
                                List.of("Ủy ban nhân dân huyện"),
                                ReportPeriod.SIX_MONTHS,
                                null),
                        tuple(
                                List.of("Các cơ quan, đơn vị"),
                                List.of("Ủy ban nhân dân huyện"),
                                ReportPeriod.YEAR,
                                null),
                        tuple(List.of("UBND các xã, thị trấn"), List.of("huyện"), null, ScheduleKind.BEFORE_DATE));
        ReportingDuty review = plan.reportingDuties().get(5);
        assertThat(review.schedule())
                .isEqualTo(new Schedule(ScheduleKind.BEFORE_DATE, 2020, 10, 15, null, "trước ngày 15/10/2020"));
        assertThat(plan.reportingDuties().get(2).via()).isEqualTo("Phòng Lao động - Thương binh và Xã hội");
    }

    @Test
    void theTargetTableGivesEveryCommuneWithValuesAsPrinted() {
        assertThat(plan.targetRows())
                .extracting(TargetRow::unit)
                .containsExactly(
                        "Thị trấn Plei Kần",
                        "Xã Đăk Kan",
                        "Xã Đăk Ang",
                        "Xã Đăk Dục",
                        "Xã Đăk Nông",
                        "Xã Đăk Xú",
                        "Xã Bờ Y",
                        "Xã Sa Loong",
                        "Tổng cộng I + II");
        TargetRow dakAng = plan.targetRows().get(2);
        assertThat(dakAng.table()).isEqualTo("CHỈ TIÊU GIẢM NGHÈO NĂM 2020");
        assertThat(dakAng.year()).isEqualTo(2020);
        assertThat(dakAng.group()).isEqualTo("Khu vực nông thôn");
        assertThat(dakAng.totalHouseholds()).isEqualTo(1094);
        assertThat(dakAng.minorityHouseholds()).isEqualTo(1094);
        assertThat(dakAng.poorStart()).isEqualTo(300);
        assertThat(dakAng.rateStart()).isEqualByComparingTo("27.42");
        assertThat(dakAng.plannedReduction()).isEqualTo(73);
        assertThat(dakAng.remaining()).isEqualTo(227);
        assertThat(dakAng.projectedRate()).isEqualByComparingTo("20.7");
        assertThat(plan.targetRows().get(0).group()).isEqualTo("Khu vực thành thị");
    }

    @Test
    void theTotalRowSumsTheCommunesAndEveryRowLeavesPoorMinusReduction() {
        List<TargetRow> communes = plan.targetRows().subList(0, 8);
        TargetRow total = plan.targetRows().get(8);
        assertThat(total.total()).isTrue();
        assertThat(total.totalHouseholds()).isEqualTo(15954);
        assertThat(total.rateStart()).isEqualByComparingTo(new BigDecimal("4.96"));
        assertThat(communes.stream().mapToLong(TargetRow::totalHouseholds).sum())
                .isEqualTo(total.totalHouseholds());
        assertThat(communes.stream().mapToLong(TargetRow::poorStart).sum()).isEqualTo(791);
        assertThat(communes.stream().mapToLong(TargetRow::plannedReduction).sum())
                .isEqualTo(199);
        assertThat(plan.targetRows())
                .allSatisfy(r -> assertThat(r.remaining()).isEqualTo(r.poorStart() - r.plannedReduction()));
    }
}
