package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyNameCatalogueTest {
    final AgencyNameCatalogue catalogue = AgencyNameCatalogue.standard();

    Optional<String> name(String mention) {
        return catalogue.resolve(mention).map(ResolvedAgency::name);
    }

    @Test
    void theLabourOfficeIsKnownByEveryWayPlansWriteIt() {
        for (String mention : List.of(
                "Phòng LĐ-TB&XH",
                "Phòng Lao động - TBXH",
                "Phòng Lao động – Thương binh và Xã hội",
                "Phòng Lao động-Thương binh và Xã hội",
                "phòng Lao động - Thương binh và Xã hội",
                "Phòng Lao động- TBXH",
                "Phòng LĐTBXH huyện",
                "Phòng Lao động - TB&XH")) {
            assertThat(name(mention)).as(mention).contains("Phòng Lao động - Thương binh và Xã hội");
        }
    }

    @Test
    void theSocialPolicyBankIsKnownByItsAbbreviations() {
        for (String mention : List.of(
                "NHCSXH",
                "Ngân hàng CSXH",
                "Ngân hàng Chính sách xã hội",
                "Ngân hàng CSXH huyện",
                "Ngân hàng Chính sách - xã hội huyện")) {
            assertThat(name(mention)).as(mention).contains("Ngân hàng Chính sách xã hội");
        }
    }

    @Test
    void commonAbbreviationsAreWrittenOut() {
        assertThat(name("BHXH huyện")).contains("Bảo hiểm xã hội");
        assertThat(name("cơ quan Bảo hiểm xã hội huyện")).contains("Bảo hiểm xã hội");
        assertThat(name("Phòng NN&PTNT")).contains("Phòng Nông nghiệp và Phát triển nông thôn");
        assertThat(name("Phòng Nông nghiệp và PTNT")).contains("Phòng Nông nghiệp và Phát triển nông thôn");
        assertThat(name("Phòng TC-KH")).contains("Phòng Tài chính - Kế hoạch");
        assertThat(name("Phòng GD&ĐT")).contains("Phòng Giáo dục và Đào tạo");
        assertThat(name("Phòng TN&MT")).contains("Phòng Tài nguyên và Môi trường");
        assertThat(name("Phòng VH-TT")).contains("Phòng Văn hóa - Thông tin");
        assertThat(name("Phòng KT-HT")).contains("Phòng Kinh tế - Hạ tầng");
        assertThat(name("Ủy ban MTTQ Việt Nam huyện")).contains("Ủy ban Mặt trận Tổ quốc Việt Nam");
        assertThat(name("Văn phòng HĐND&UBND xã")).contains("Văn phòng HĐND - UBND");
        assertThat(name("HĐND huyện")).contains("Hội đồng nhân dân huyện");
    }

    @Test
    void aTrailingLevelWordDoesNotPreventAMatchButKeepsTheCommitteesOfEachLevelApart() {
        assertThat(name("Phòng Tài chính - Kế hoạch huyện")).contains("Phòng Tài chính - Kế hoạch");
        assertThat(name("Trạm y tế xã")).contains("Trạm Y tế");
        assertThat(name("UBND huyện")).contains("Ủy ban nhân dân huyện");
        assertThat(name("Ủy ban nhân dân xã")).contains("Ủy ban nhân dân xã");
        assertThat(name("Ủy ban nhân dân")).isEmpty();
    }

    @Test
    void anUnknownNameIsNotMatched() {
        assertThat(name("Phòng Khoa học và Công nghệ")).isEmpty();
        assertThat(name("")).isEmpty();
    }

    @Test
    void aCatalogueBuiltFromARegistryGivesTheRegistryIds() {
        AgencyNameCatalogue registry = new AgencyNameCatalogue(List.of(new AgencyNameCatalogue.Entry(
                42L, "Phòng Lao động - Thương binh và Xã hội huyện Kon Rẫy", List.of("Phòng LĐ-TB&XH"))));
        assertThat(registry.resolve("Phòng LĐ-TB&XH"))
                .contains(new ResolvedAgency(42L, "Phòng Lao động - Thương binh và Xã hội huyện Kon Rẫy"));
    }
}
