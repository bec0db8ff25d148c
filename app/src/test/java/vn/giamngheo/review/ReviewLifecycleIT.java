package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.HouseholdClass;

class ReviewLifecycleIT extends ReviewFixtures {
    @Autowired
    HouseholdRegistry registry;

    @Test
    void everyTransitionFromBaselineThroughARegularRoundToThePeriodicReviewIsFoundAndTheFlowsBalance() {
        AdminUnit xuanPhu = commune("Thử Xuân Phú");
        AdminUnit thoDien = commune("Thử Thọ Diên");
        AdminUnit thoLap = commune("Thử Thọ Lập");
        long village1 = village(xuanPhu, "1").id();

        // opening balance: the lists recognised by the 2030 review (for 2031)
        ReviewCampaign baseline = campaign(xuanPhu, CampaignKind.BASELINE, 2030, null);
        importJsonl(
                baseline,
                village1,
                aHousehold("XP-A").poor().recognised(HouseholdClass.POOR).withMembers(4),
                aHousehold("XP-B").poor().recognised(HouseholdClass.POOR).withMembers(3),
                aHousehold("XP-C")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(5),
                aHousehold("XP-D")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(2),
                aHousehold("XP-E").poor().recognised(HouseholdClass.POOR).withMembers(6),
                aHousehold("XP-I").poor().recognised(HouseholdClass.POOR).withMembers(1));
        assertThat(recogniseBaseline(baseline).step()).isEqualTo(Step.RECOGNISED);
        ReviewCampaign otherBaseline = campaign(thoDien, CampaignKind.BASELINE, 2030, null);
        importJsonl(
                otherBaseline,
                null,
                aHousehold("TD-H").poor().recognised(HouseholdClass.POOR).withMembers(2));
        recogniseBaseline(otherBaseline);
        assertThat(transitions(baseline)).containsEntry("XP-A", "NEWLY_POOR").containsEntry("XP-C", "NEWLY_NEAR_POOR");

        // a regular round in March 2031: XP-I asks to be recognised as escaped (Mẫu 04)
        ReviewCampaign march = campaign(xuanPhu, CampaignKind.REGULAR, 2031, 3);
        ReviewRequest request = procedure.receiveRequest(
                ADMIN, march.id(), new ReviewProcedure.NewRequest("M04", today(), "ONLINE", "XP-I", "Lê Văn XP-I"));
        assertThat(request.decisionDue()).isEqualTo(java.time.LocalDate.of(2031, 3, 30));
        reviews.advance(ADMIN, march.id(), StepRequest.to(Step.SCREENING));
        procedure.screen(ADMIN, march.id(), request.id(), true, null, request.version());
        reviews.advance(ADMIN, march.id(), StepRequest.to(Step.SURVEY));
        importJsonl(march, null, aHousehold("XP-I").notPoor().withMembers(1));
        walkToRecognised(march);
        assertThat(transitions(march))
                .containsEntry("XP-I", "ESCAPED_POVERTY")
                .containsEntry("XP-A", "STAYED")
                .hasSize(6);
        assertThat(procedure.requests(ADMIN, march.id()).get(0).status()).isEqualTo("DECIDED");

        // between the lists: XP-E moves to Thọ Lập, TD-H moves in from Thọ Diên
        long e = registry.idByCode(ADMIN, "XP-E").orElseThrow();
        registry.move(
                ADMIN, e, village(thoLap, "2").id(), registry.get(ADMIN, e).version());
        long h = registry.idByCode(ADMIN, "TD-H").orElseThrow();
        registry.move(
                ADMIN, h, village(xuanPhu, "2").id(), registry.get(ADMIN, h).version());

        // the periodic review of 2031 lists the households on the lists in force that are still here
        ReviewCampaign periodic = campaign(xuanPhu, CampaignKind.PERIODIC, 2031, null);
        assertThat(survey.households(ADMIN, periodic.id(), null, null, 0, 100))
                .extracting(ReviewHousehold::householdCode)
                .containsExactlyInAnyOrder("XP-A", "XP-B", "XP-C", "XP-D");
        assertThatThrownBy(() -> reviews.advance(ADMIN, periodic.id(), StepRequest.to(Step.SURVEY)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("review.step.noSkip[step.LISTING, step.SURVEY");
        reviews.advance(ADMIN, periodic.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(ADMIN, periodic.id(), StepRequest.to(Step.SURVEY));
        importJsonl(
                periodic,
                village1,
                aHousehold("XP-A").poor().withMembers(4),
                aHousehold("XP-B").notPoor().withMembers(3),
                aHousehold("XP-C").poor().withMembers(5),
                aHousehold("XP-D").nearPoor().withMembers(2),
                aHousehold("XP-G").poor().withMembers(7),
                aHousehold("TD-H").poor().withMembers(2),
                aHousehold("XP-I").poor().withMembers(1));

        ReviewFlows preview = results.flows(ADMIN, periodic.id());
        assertThat(preview.provisional()).isTrue();
        ReviewCampaign done = walkToRecognised(periodic);
        assertThat(done.recognised()).isTrue();
        assertThat(transitions(periodic))
                .containsEntry("XP-A", "STAYED")
                .containsEntry("XP-B", "ESCAPED_POVERTY")
                .containsEntry("XP-C", "NEAR_POOR_TO_POOR")
                .containsEntry("XP-D", "STAYED")
                .containsEntry("XP-E", "MOVED_OUT")
                .containsEntry("XP-G", "NEWLY_POOR")
                .containsEntry("TD-H", "MOVED_IN")
                .containsEntry("XP-I", "FELL_BACK_POOR");

        ReviewFlows flows = results.flows(ADMIN, periodic.id());
        assertThat(flows.provisional()).isFalse();
        assertThat(flows.poor()).isEqualTo(new PoorFlow(3, 1, 0, 1, 1, 1, 1, 1, 5));
        assertThat(flows.nearPoor()).isEqualTo(new NearPoorFlow(2, 0, 1, 0, 0, 0, 0, 0, 1));
        assertThat(flows.persons().poor()).isEqualTo(new PoorFlow(13, 3, 0, 5, 1, 7, 2, 6, 19));
        assertThat(flows.households().balances() && flows.persons().balances()).isTrue();
        assertThat(preview.poor()).isEqualTo(flows.poor());
        assertThat(flows.netReduction().poor()).isEqualTo(1 - 1 - 2);

        // the registry holds the recognised class, with a snapshot readable as of today
        Household a = registry.get(ADMIN, registry.idByCode(ADMIN, "XP-B").orElseThrow());
        assertThat(a.currentClass()).isEqualTo("NOT_POOR");
        assertThat(a.classYear()).isEqualTo(2032);
        assertThat(registry.asOf(ADMIN, a.id(), today()).currentClass()).isEqualTo("NOT_POOR");
        assertThat(registry.asOf(ADMIN, registry.idByCode(ADMIN, "XP-G").orElseThrow(), today())
                        .data()
                        .members())
                .hasSize(7);

        // lists and certificates
        assertThat(results.list(ADMIN, periodic.id(), ListKind.POOR).rows())
                .extracting(ReviewListRow::householdCode)
                .containsExactlyInAnyOrder("XP-A", "XP-C", "XP-G", "TD-H", "XP-I");
        assertThat(results.list(ADMIN, periodic.id(), ListKind.FELL_BACK).rows())
                .extracting(ReviewListRow::householdCode)
                .containsExactly("XP-I");
        List<CertificateData> certificates = results.certificates(ADMIN, periodic.id(), null);
        assertThat(certificates).hasSize(6);
        assertThat(certificates.get(0).number()).isEqualTo("1/GCN-HN.HCN");
        assertThat(certificates.get(0).districtName()).isEqualTo(districtName(xuanPhu));
        assertThat(certificates).allSatisfy(c -> assertThat(c.members()).isNotEmpty());
        assertThat(certificates.stream().flatMap(c -> c.members().stream()).map(CertificateMember::relation))
                .contains("Chủ hộ", "Vợ/chồng");
    }

    @Test
    void aFailedVillageMeetingSendsTheCampaignBackToTheSurveyAndTheVillageMeetsAgain() {
        AdminUnit xuanHung = commune("Thử Xuân Hưng");
        ReviewCampaign c = campaign(xuanHung, CampaignKind.PERIODIC, 2031, null);
        long v1 = village(xuanHung, "1").id();
        long v2 = village(xuanHung, "2").id();
        importJsonl(c, v1, aHousehold("XH-1").poor());
        importJsonl(c, v2, aHousehold("XH-2").nearPoor());
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.SURVEY));
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.VILLAGE_MEETING));

        procedure.recordMeeting(ADMIN, c.id(), v1, today(), 40, 20, "đúng một nửa đồng ý");
        assertThatThrownBy(() -> reviews.advance(ADMIN, c.id(), StepRequest.to(Step.POSTING)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Thôn 2");
        VillageMeeting failed = procedure.recordMeeting(ADMIN, c.id(), v2, today(), 41, 20, null);
        assertThat(failed.passed()).isFalse();
        ReviewCampaignView view = reviews.view(ADMIN, c.id());
        assertThat(view.campaign().step()).isEqualTo(Step.SURVEY);
        assertThat(view.history().get(view.history().size() - 1).because())
                .satisfies(m -> assertThat(m.code()).isEqualTo("review.meetingFailed"))
                .satisfies(m -> assertThat(m.args()).contains(20, 41));

        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.VILLAGE_MEETING));
        assertThatThrownBy(() -> reviews.advance(ADMIN, c.id(), StepRequest.to(Step.POSTING)))
                .hasMessageContaining("Thôn 2");
        procedure.recordMeeting(ADMIN, c.id(), v2, today(), 41, 21, null);
        // the posting shows what the meetings agreed: it cannot start before the last of them
        assertThatThrownBy(() -> reviews.advance(
                        ADMIN,
                        c.id(),
                        new StepRequest(Step.POSTING, null, today().minusDays(1), null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).message().code()).isEqualTo("review.postingBeforeMeeting"));
        assertThat(reviews.get(ADMIN, c.id()).step()).isEqualTo(Step.VILLAGE_MEETING);
        assertThat(reviews.advance(
                                ADMIN,
                                c.id(),
                                new StepRequest(Step.POSTING, null, today(), null, null, null, null, null))
                        .postingDaysProvisional())
                .isTrue();
    }

    @Test
    void recognitionIsRefusedWhileAComplaintIsUnresolvedAndTheReportGoesToTheDistrict() {
        AdminUnit xuanSinh = commune("Thử Xuân Sinh");
        ReviewCampaign c = campaign(xuanSinh, CampaignKind.PERIODIC, 2031, null);
        importJsonl(c, null, aHousehold("XS-1").poor(), aHousehold("XS-2").notPoor());
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.SURVEY));
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.VILLAGE_MEETING));
        meetEveryVillage(c);
        reviews.advance(
                ADMIN, c.id(), new StepRequest(Step.POSTING, null, today().minusDays(10), 3, null, null, null, null));
        Complaint complaint =
                procedure.receiveComplaint(ADMIN, c.id(), "XS-2", today().minusDays(9), "Hộ XS-2 khó khăn");
        ReviewCampaign reporting = reviews.advance(ADMIN, c.id(), StepRequest.to(Step.REPORTING));
        assertThat(reporting.reportUnitName()).isEqualTo(districtName(xuanSinh));
        reviews.advance(ADMIN, c.id(), new StepRequest(Step.RECOGNITION, null, null, null, today(), null, null, null));
        StepRequest decision =
                new StepRequest(Step.RECOGNISED, null, null, null, null, "3/QĐ-UBND", today(), "Trần Văn Chủ Tịch");
        assertThatThrownBy(() -> reviews.advance(ADMIN, c.id(), decision))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("review.step.complaintsOpen[1]");
        procedure.resolveComplaint(ADMIN, c.id(), complaint.id(), "Phúc tra: giữ nguyên kết quả", complaint.version());
        assertThat(reviews.advance(ADMIN, c.id(), decision).step()).isEqualTo(Step.RECOGNISED);
        assertThatThrownBy(() -> reviews.back(ADMIN, c.id(), StepRequest.back(Step.SURVEY, "sửa")))
                .hasMessageContaining("final");
    }

    @Test
    void aCommuneDirectlyUnderItsProvinceReportsToTheProvince() {
        AdminUnit thoHai = commune("Thử Thọ Hải");
        AdminUnit province = units.ancestry(thoHai).get(0);
        units.move(ADMIN, thoHai.id(), province.id(), today(), "NQ 202/2025/QH15");
        ReviewCampaign c = campaign(thoHai, CampaignKind.PERIODIC, 2031, null);
        importJsonl(c, null, aHousehold("TH-1").poor());
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.SCREENING));
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.SURVEY));
        reviews.advance(ADMIN, c.id(), StepRequest.to(Step.VILLAGE_MEETING));
        meetEveryVillage(c);
        reviews.advance(
                ADMIN, c.id(), new StepRequest(Step.POSTING, null, today().minusDays(10), 3, null, null, null, null));
        assertThat(reviews.advance(ADMIN, c.id(), StepRequest.to(Step.REPORTING))
                        .reportUnitName())
                .isEqualTo(province.kind() + " " + province.name());
    }

    @Test
    void theDefaultStandardIsTheOneInForceForTheListsAndTheAutumn2026OneIsProvisional() {
        AdminUnit xuanThien = commune("Thử Xuân Thiên");
        ReviewCampaign y2025 =
                reviews.create(ADMIN, new NewReview(xuanThien.id(), 2025, null, CampaignKind.PERIODIC, null));
        assertThat(y2025.standardId()).isEqualTo("ND07_2021");
        assertThat(y2025.listYear()).isEqualTo(2026);
        assertThat(y2025.standardProvisional()).isFalse();
        ReviewCampaign y2026 =
                reviews.create(ADMIN, new NewReview(xuanThien.id(), 2026, null, CampaignKind.PERIODIC, null));
        assertThat(y2026.standardId()).isEqualTo("ND351_2025");
        assertThat(y2026.standardProvisional()).isTrue();
        assertThatThrownBy(() ->
                        reviews.create(ADMIN, new NewReview(xuanThien.id(), 2025, null, CampaignKind.PERIODIC, null)))
                .hasMessageContaining("review.exists");
    }
}
