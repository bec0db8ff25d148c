package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.giamngheo.planning.extraction.ScheduleKind.ONGOING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: Thọ Xuân district's 2024 plan — duties per office under headings, report deadlines
 * 20/3, 20/6 and 30/10, Appendix 1 (targets by labour capacity) and Appendix 2 (helpers).
 */
class ThoXuanAnnualPlanTest {
    final PlanExtraction plan = Seeds.extraction("004");

    @Test
    void aBlankNumberAndAnUnfilledDayAndMonthLeaveTheFormAndTheYear() {
        assertThat(plan.number()).isNull();
        assertThat(plan.symbol()).isEqualTo("KH-UBND");
        assertThat(plan.date()).isEqualTo("2024");
        assertThat(plan.place()).isEqualTo("Thọ Xuân");
        assertThat(plan.issuer()).isEqualTo("UBND huyện Thọ Xuân");
        assertThat(plan.title()).isEqualTo("KẾ HOẠCH Thực hiện công tác giảm nghèo bền vững năm 2024");
        assertThat(plan.implemented())
                .extracting(DocumentReference::kind, DocumentReference::number, DocumentReference::date)
                .containsExactly(
                        tuple("Quyết định", "5050/QĐ-UBND", "2023-12-28"),
                        tuple("Nghị quyết", "09-NQ/TU", "2023-12-10"),
                        tuple("Nghị quyết", "239/NQ-HĐND", "2023-12-20"),
                        tuple("Quyết định", "19/QĐ-UBND", "2024-01-05"),
                        tuple("Quyết định", "07-QĐ/BCĐ", "2024-02-20"));
    }

    @Test
    void twentyFourTasksTheOfficeHeadingsNamingTheirLeads() {
        assertThat(plan.tasks())
                .extracting(ExtractedTask::number, ExtractedTask::lead, Seeds::kind)
                .containsExactly(
                        tuple("1.1", List.of(), null),
                        tuple("1.2", List.of(), null),
                        tuple("1.3", List.of(), null),
                        tuple("1.4", List.of(), null),
                        tuple("1.5", List.of(), null),
                        tuple("1.6", List.of(), ONGOING),
                        tuple("1.7", List.of(), null),
                        tuple("1.8", List.of(), null),
                        tuple("2.1", List.of(), null),
                        tuple("2.2", List.of(), null),
                        tuple("2.3", List.of("Phòng Lao động - Thương binh và Xã hội"), null),
                        tuple("2.4", List.of("Phòng Nông nghiệp và Phát triển nông thôn"), null),
                        tuple("2.5", List.of("Phòng Văn hóa - Thông tin"), null),
                        tuple("2.6", List.of("Phòng Tài chính - Kế hoạch"), null),
                        tuple("2.7", List.of("Phòng Giáo dục và Đào tạo"), null),
                        tuple("2.8", List.of("Văn phòng HĐND - UBND"), null),
                        tuple("2.9", List.of("Phòng Kinh tế - Hạ tầng"), null),
                        tuple("2.10", List.of("Phòng Tư pháp"), null),
                        tuple("2.11", List.of("Phòng Tài nguyên và Môi trường"), null),
                        tuple("2.12", List.of("Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch"), null),
                        tuple("2.12", List.of("Ngân hàng Chính sách xã hội"), null),
                        tuple("2.13", List.of("Bảo hiểm xã hội"), null),
                        tuple("2.14", List.of(), null),
                        tuple("2.15", List.of(), ONGOING));
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void collectiveAssigneesAreKeptAsCollectiveEntries() {
        assertThat(plan.tasks().get(6).collective())
                .containsExactly("Các phòng, ban, ngành, đơn vị có liên quan", "UBND các xã, thị trấn");
        assertThat(plan.tasks().get(7).collective())
                .containsExactly("Ủy ban Mặt trận Tổ quốc các cấp", "các tổ chức chính trị - xã hội");
        assertThat(plan.tasks().get(22).collective()).containsExactly("Các phòng, ban, ngành khác");
        assertThat(plan.tasks().get(23).collective()).containsExactly("UBND các xã, thị trấn");
        assertThat(plan.tasks().get(15).coordinators()).containsExactly("Bảo hiểm xã hội");
    }

    @Test
    void theNumberPrintedTwiceIsKeptTwiceAndReported() {
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("number 2.12 appears twice"));
    }

    @Test
    void communesReportTheirListByTwentyMarchSixMonthsByTwentyJuneAndTheYearByThirtyOctober() {
        assertThat(plan.reportingDuties())
                .extracting(
                        ReportingDuty::item,
                        ReportingDuty::reporter,
                        ReportingDuty::recipient,
                        ReportingDuty::via,
                        ReportingDuty::period,
                        d -> LocalDate.of(
                                d.schedule().year(),
                                d.schedule().month(),
                                d.schedule().day()))
                .containsExactly(
                        tuple(
                                "2.15",
                                List.of("UBND các xã, thị trấn"),
                                List.of("Ủy ban nhân dân huyện"),
                                "Phòng Lao động - Thương binh và Xã hội",
                                null,
                                LocalDate.of(2024, 3, 20)),
                        tuple(
                                "2.15",
                                List.of("UBND các xã, thị trấn"),
                                List.of("Ủy ban nhân dân huyện"),
                                "Phòng Lao động - Thương binh và Xã hội",
                                ReportPeriod.SIX_MONTHS,
                                LocalDate.of(2024, 6, 20)),
                        tuple(
                                "2.15",
                                List.of("UBND các xã, thị trấn"),
                                List.of("Ủy ban nhân dân huyện"),
                                "Phòng Lao động - Thương binh và Xã hội",
                                ReportPeriod.YEAR,
                                LocalDate.of(2024, 10, 30)));
        assertThat(plan.reportingDuties())
                .allSatisfy(d -> assertThat(d.schedule().kind()).isEqualTo(ScheduleKind.BEFORE_DATE));
    }

    @Test
    void appendixOneSplitsTheReductionOfOneHundredEightyIntoFiftyWithoutAndOneHundredThirtyWithLabourCapacity() {
        List<TargetRow> rows = plan.targetRows();
        assertThat(rows).hasSize(31);
        TargetRow total = rows.get(30);
        assertThat(total.total()).isTrue();
        assertThat(total.unit()).isEqualTo("TỔNG CỘNG");
        assertThat(total.plannedReduction()).isEqualTo(180);
        assertThat(total.withoutLabourCapacity()).isEqualTo(50);
        assertThat(total.withLabourCapacity()).isEqualTo(130);
        List<TargetRow> communes = rows.subList(0, 30);
        assertThat(communes.stream().mapToLong(TargetRow::withoutLabourCapacity).sum())
                .isEqualTo(50);
        assertThat(communes.stream().mapToLong(TargetRow::withLabourCapacity).sum())
                .isEqualTo(130);
        assertThat(communes)
                .allSatisfy(r -> assertThat(r.withoutLabourCapacity() + r.withLabourCapacity())
                        .isEqualTo(r.plannedReduction()));
        assertThat(rows.get(0))
                .extracting(TargetRow::number, TargetRow::unit, TargetRow::year, TargetRow::plannedReduction)
                .containsExactly("1", "TT Lam Sơn", 2024, 6L);
    }

    @Test
    void aDashOrAnEmptyCellInAppendixOneCountsAsZero() {
        assertThat(plan.targetRows())
                .filteredOn(r -> List.of("Xuân Phú", "Xuân Giang", "Bắc Lương").contains(r.unit()))
                .extracting(TargetRow::unit, TargetRow::withoutLabourCapacity, TargetRow::withLabourCapacity)
                .containsExactly(tuple("Xuân Phú", 0L, 4L), tuple("Xuân Giang", 0L, 1L), tuple("Bắc Lương", 3L, 0L));
    }

    @Test
    void appendixTwoNamesTheHelpingAgencyAndSteeringCommitteeMemberForEachOfThirtyCommunes() {
        assertThat(plan.helperRows()).hasSize(30);
        assertThat(plan.helperRows().get(0))
                .extracting(HelperRow::number, HelperRow::commune, HelperRow::agency, HelperRow::member)
                .containsExactly("1", "TT Lam Sơn", "Ngân hàng NN&PTNT Lam Sơn", "Phạm Văn Luận");
        assertThat(plan.helperRows().get(27))
                .extracting(HelperRow::commune, HelperRow::agency, HelperRow::member)
                .containsExactly("Xã Thọ Lộc", "Phòng Tư Pháp, Bệnh viện Đa khoa huyện", "Dương Thị Hiền");
        assertThat(plan.helperRows().get(29).commune()).isEqualTo("Xã Xuân Hồng");
    }
}
