package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.standard.HouseholdClass;

class ReviewImportIT extends ReviewFixtures {
    long rows(ReviewCampaign c) {
        return jdbc.sql("SELECT count(*) FROM review_household WHERE campaign_id = :id")
                .param("id", c.id())
                .query(Long.class)
                .single();
    }

    long registered(String codePrefix) {
        return jdbc.sql("SELECT count(*) FROM household WHERE code LIKE :p")
                .param("p", codePrefix + "%")
                .query(Long.class)
                .single();
    }

    static TestHousehold[] many(String prefix, int n) {
        TestHousehold[] hs = new TestHousehold[n];
        for (int i = 0; i < n; i++) {
            hs[i] = aHousehold(prefix + i).as(HouseholdClass.values()[i % 4]).withMembers(1 + i % 6);
        }
        return hs;
    }

    @Test
    void aFileWithAnyWrongRowStoresNothingAndListsEveryErrorWithRowFieldAndReason() {
        AdminUnit c1 = commune("Thử Thuận Minh");
        ReviewCampaign c = campaign(c1, CampaignKind.PERIODIC, 2032, null);
        String good = TestHousehold.jsonl(many("TM-", 300));
        String file = good
                + "{\"ref\":\"TM-X1\",\"area\":\"RURAL\",\"incomePerCapita\":\"lots\"}\n"
                + "\n"
                + "{\"ref\":\"TM-X2\",\"area\":\"RURAL\",\"colour\":\"red\"}\n"
                + "{\"ref\":\"TM-X3\",\"area\":\"RURAL\",\"deprivations\":[\"WASTE\"]}\n"
                + aHousehold("TM-5").poor().line() + "\n"
                + "not json\n";
        assertThatThrownBy(() -> imports.run(ADMIN, c.id(), jsonl(file), new ReviewImport.Options(false, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.line() + " " + p.field())
                                .containsExactly(
                                        "301 incomePerCapita",
                                        "303 colour",
                                        "304 deprivations",
                                        "304 members",
                                        "305 ref",
                                        "306 "));
        assertThat(rows(c)).isZero();
        assertThat(registered("TM-")).isZero();
        ImportJob job = imports.jobs(ADMIN, c.id()).get(0);
        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.errorCount()).isEqualTo(6);
        assertThat(job.errors().get(4).message())
                .isEqualTo(vn.giamngheo.shared.Message.of("review.import.twice", "TM-5", 6));
        assertThat(job.errors().get(4).ref()).isEqualTo("TM-5");
        assertThat(vn.giamngheo.Words.vi(job.errors().get(4)))
                .isEqualTo("Dòng 305, hộ TM-5, trường mã hộ: Hộ TM-5 xuất hiện hai lần trong tệp (lần đầu ở dòng 6).");
    }

    @Test
    void aDryRunChecksEverythingAndStoresNothing() {
        ReviewCampaign c = campaign(commune("Thử Thọ Lập"), CampaignKind.PERIODIC, 2032, null);
        ReviewImport.Result r = imports.run(
                ADMIN, c.id(), jsonl(TestHousehold.jsonl(many("TL-", 40))), new ReviewImport.Options(true, null));
        assertThat(r.dryRun()).isTrue();
        assertThat(r.households()).isEqualTo(40);
        assertThat(r.newHouseholds()).isEqualTo(40);
        assertThat(r.byClass()).containsEntry("POOR", 10);
        assertThat(rows(c)).isZero();
        assertThat(registered("TL-")).isZero();
        assertThat(imports.job(ADMIN, c.id(), r.jobId()).status()).isEqualTo("DONE");
    }

    @Test
    void reImportingTheSameFileChangesNothingAndAChangedRowIsUpdatedByItsCode() {
        ReviewCampaign c = campaign(commune("Thử Xuân Tín"), CampaignKind.PERIODIC, 2032, null);
        TestHousehold[] hs = many("XT-", 25);
        ReviewImport.Result first = importJsonl(c, null, hs);
        assertThat(first.added()).isEqualTo(25);
        List<ReviewHousehold> before = survey.households(ADMIN, c.id(), null, null, 0, 100);
        ReviewImport.Result again = importJsonl(c, null, hs);
        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(25);
        assertThat(again.newHouseholds()).isZero();
        assertThat(survey.households(ADMIN, c.id(), null, null, 0, 100)).isEqualTo(before);

        hs[3] = aHousehold("XT-3").poor().withMembers(4);
        ReviewImport.Result changed = importJsonl(c, null, hs);
        assertThat(changed.changed()).isEqualTo(1);
        assertThat(rows(c)).isEqualTo(25);
        assertThat(survey.households(ADMIN, c.id(), null, "XT-3", 0, 10).get(0).householdClass())
                .isEqualTo("POOR");
    }

    @Test
    void csvAndJsonLinesGiveTheSameResult() {
        TestHousehold[] a = many("QP-", 30);
        TestHousehold[] b = many("PX-", 30);
        ReviewCampaign viaJsonl = campaign(commune("Thử Quảng Phú"), CampaignKind.PERIODIC, 2032, null);
        ReviewCampaign viaCsv = campaign(commune("Thử Phú Xuân"), CampaignKind.PERIODIC, 2032, null);
        importJsonl(viaJsonl, null, a);
        imports.run(ADMIN, viaCsv.id(), csv(TestHousehold.csv(b)), new ReviewImport.Options(false, null));
        assertThat(stored(viaJsonl, "QP-")).hasSize(30).isEqualTo(stored(viaCsv, "PX-"));
    }

    /** What a campaign stored, with the households' code prefix taken out of codes and names. */
    List<java.util.Map<String, Object>> stored(ReviewCampaign c, String prefix) {
        return jdbc.sql("SELECT replace(household_code, :p, '') AS code, household_class, deprivations::text, persons,"
                        + " reasons::text, transition, replace((input - 'ref')::text, :p, '') AS input"
                        + " FROM review_household WHERE campaign_id = :id ORDER BY 1")
                .param("id", c.id())
                .param("p", prefix)
                .query()
                .listOfRows();
    }

    @Test
    void aCsvRowIsReportedOnTheRowAndColumnPeopleSee() {
        ReviewCampaign c = campaign(commune("Thử Xuân Lai"), CampaignKind.PERIODIC, 2032, null);
        String file = TestHousehold.CSV_HEADER + ",village\n"
                + "XL-1,RURAL,1000000,WATER,,Lê Văn A,45,M,HEAD,Kinh,true,1\n"
                + "XL-1,RURAL,1000000,WATER,,Lê Thị B,abc,F,SPOUSE,Kinh,true,1\n"
                + "XL-1,RURAL,1000000,WATER,,Lê Văn C,12,X,CHILD,Kinh,true,1\n"
                + "XL-2,RURAL,1000000,WATER,,Trần Văn D,40,M,HEAD,Kinh,maybe,9\n";
        assertThatThrownBy(() -> imports.run(ADMIN, c.id(), csv(file), new ReviewImport.Options(false, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.line() + " " + p.field())
                                .containsExactly("3 member.age", "5 member.healthInsured"));
        String ok = TestHousehold.CSV_HEADER + ",village\n"
                + "XL-1,RURAL,1000000,WATER,,Lê Văn A,45,M,HEAD,Kinh,true,Thôn 2\n"
                + "XL-1,RURAL,1000000,WATER,,Lê Văn C,12,X,CHILD,Kinh,true,Thôn 2\n";
        assertThatThrownBy(() -> imports.run(ADMIN, c.id(), csv(ok), new ReviewImport.Options(false, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.line() + " " + p.field())
                                .containsExactly("3 member.sex"));
        imports.run(ADMIN, c.id(), csv(ok.replace(",X,", ",M,")), new ReviewImport.Options(false, null));
        assertThat(survey.households(ADMIN, c.id(), null, null, 0, 10).get(0).villageName())
                .isEqualTo("Thôn 2");
    }

    @Test
    void aHouseholdRegisteredInAnotherCommuneOrANewOneWithoutItsHeadIsRefused() {
        AdminUnit xuanLap = commune("Thử Xuân Lập");
        AdminUnit xuanMinh = commune("Thử Xuân Minh");
        ReviewCampaign elsewhere = campaign(xuanLap, CampaignKind.PERIODIC, 2032, null);
        importJsonl(elsewhere, null, aHousehold("XLP-1").poor());
        ReviewCampaign c = campaign(xuanMinh, CampaignKind.PERIODIC, 2032, null);
        String headless = "{\"ref\":\"XM-1\",\"area\":\"RURAL\",\"incomePerCapita\":900000,\"deprivations\":[]}";
        String text = aHousehold("XLP-1").poor().line() + "\n" + headless + "\n";
        assertThatThrownBy(() -> imports.run(ADMIN, c.id(), jsonl(text), new ReviewImport.Options(false, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0))
                            .extracting(p -> p.line() + " " + p.ref() + " " + p.field() + " " + p.message())
                            .isEqualTo("1 XLP-1 ref "
                                    + Message.of(
                                            "review.import.elsewhere",
                                            "XLP-1",
                                            xuanLap.fullName(),
                                            xuanMinh.fullName()));
                    assertThat(e.problems().get(1))
                            .extracting(p -> p.line() + " " + p.field() + " " + p.code())
                            .isEqualTo("2 members review.import.needsHead");
                });
        // an official of Xuân Minh alone learns that the household is not theirs, not where it lives
        Actor official = new Actor(
                "xm-official", Jurisdiction.subtrees(List.of(xuanMinh.path())), EnumSet.allOf(Permission.class));
        assertThatThrownBy(() -> imports.run(official, c.id(), jsonl(text), new ReviewImport.Options(false, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).message())
                                .isEqualTo(Message.of("review.householdNotHere", "XLP-1", xuanMinh.fullName())));
    }

    @Test
    void aBaselineNeedsTheRecognisedClassAndAReviewRefusesOne() {
        ReviewCampaign baseline = campaign(commune("Thử Trường Xuân"), CampaignKind.BASELINE, 2032, null);
        assertThatThrownBy(() -> importJsonl(baseline, null, aHousehold("TX-1").poor()))
                .hasMessageContaining("recognizedClass");
        ReviewCampaign periodic = campaign(commune("Thử Trường Xuân"), CampaignKind.PERIODIC, 2033, null);
        assertThatThrownBy(() ->
                        importJsonl(periodic, null, aHousehold("TX-2").poor().recognised(HouseholdClass.POOR)))
                .hasMessageContaining("review.classOnlyBaseline");
    }

    static byte[] zipWithJunk() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types><Override".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aMalformedSpreadsheetIsAnsweredWithAProblemAndTheNextImportRuns() throws Exception {
        ReviewCampaign c = campaign(commune("Thử Thọ Lộc"), CampaignKind.PERIODIC, 2033, null);
        for (byte[] bad :
                List.of("không phải tệp Excel".getBytes(java.nio.charset.StandardCharsets.UTF_8), zipWithJunk())) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(120),
                    () -> assertThatThrownBy(() -> imports.run(
                                    ADMIN,
                                    c.id(),
                                    ReviewImport.source("XLSX", new java.io.ByteArrayInputStream(bad), 2033),
                                    new ReviewImport.Options(false, null)))
                            .isInstanceOfSatisfying(
                                    InvalidInput.class,
                                    e -> assertThat(e.problems())
                                            .extracting(p -> p.field() + " " + p.code())
                                            .containsAnyOf(
                                                    " review.sheet.notXlsx",
                                                    " review.sheet.unreadable",
                                                    " input.unreadableFile")
                                            .hasSize(1)));
        }
        ReviewImport.Result r = imports.run(
                ADMIN, c.id(), jsonl(TestHousehold.jsonl(many("TLO-", 4))), new ReviewImport.Options(true, null));
        assertThat(r.households()).isEqualTo(4);
    }
}
