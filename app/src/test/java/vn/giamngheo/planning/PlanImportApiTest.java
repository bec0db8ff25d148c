package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.giamngheo.planning.extraction.AgencyResolver;
import vn.giamngheo.planning.extraction.ResolvedAgency;
import vn.giamngheo.shared.InvalidInput;

/**
 * The import endpoint on its own, without the application context: it answers with the extraction
 * and saves nothing, so there is nothing else to wire.
 */
class PlanImportApiTest {
    static final String PLAN = """
            Số: 12/KH-UBND
            Kon Rẫy, ngày 05 tháng 3 năm 2022
            KẾ HOẠCH
            Thực hiện công tác giảm nghèo năm 2022
            II. NỘI DUNG
            1.3. Tiếp tục thực hiện Chương trình phát triển công tác xã hội.
            * Phân công thực hiện: Phòng LĐ-TB&XH chủ trì, phối hợp với các đơn vị liên quan, Ủy ban nhân dân các xã, thị trấn triển khai thực hiện thường xuyên.
            """;

    static MockMvc mvc(AgencyResolver... registered) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < registered.length; i++) {
            beans.registerSingleton("resolver" + i, registered[i]);
        }
        return MockMvcBuilders.standaloneSetup(new PlanImportApi(beans.getBeanProvider(AgencyResolver.class)))
                .build();
    }

    @Test
    void aTextBodyIsAnsweredWithTheExtractionInTheDocumentedShape() throws Exception {
        mvc().perform(post("/api/v1/plans/import")
                        .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                        .content(PLAN.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("12/KH-UBND"))
                .andExpect(jsonPath("$.date").value("2022-03-05"))
                .andExpect(jsonPath("$.tasks[0].number").value("1.3"))
                .andExpect(jsonPath("$.tasks[0].lead[0]").value("Phòng Lao động - Thương binh và Xã hội"))
                .andExpect(jsonPath("$.tasks[0].collective[1]").value("Ủy ban nhân dân các xã, thị trấn"))
                .andExpect(jsonPath("$.tasks[0].schedule.kind").value("ONGOING"))
                .andExpect(jsonPath("$.tasks[0].schedule.source").value("thường xuyên"))
                .andExpect(jsonPath("$.tasks[0].unmatched").isEmpty())
                .andExpect(jsonPath("$.implements").isArray())
                .andExpect(jsonPath("$.reportingDuties").isArray())
                .andExpect(jsonPath("$.warnings").isArray());
    }

    @Test
    void anUploadedSeedFileIsReadByItsExtension() throws Exception {
        Path seed = vn.giamngheo.planning.extraction.Seeds.file("003");
        MockMultipartFile file =
                new MockMultipartFile("file", "ke-hoach-252.txt", "text/plain", Files.readAllBytes(seed));
        mvc().perform(multipart("/api/v1/plans/import").file(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("252/KH-UBND"))
                .andExpect(jsonPath("$.tasks.length()").value(18))
                .andExpect(jsonPath("$.targetRows[2].unit").value("Xã Đăk Ang"))
                .andExpect(jsonPath("$.targetRows[2].rateStart").value(27.42));
    }

    @Test
    void aRegisteredResolverIsUsedInsteadOfTheBuiltInCatalogue() throws Exception {
        AgencyResolver registry = mention -> mention.startsWith("Phòng LĐ")
                ? Optional.of(new ResolvedAgency(7L, "Phòng Lao động - Thương binh và Xã hội huyện Kon Rẫy"))
                : Optional.empty();
        mvc(registry)
                .perform(post("/api/v1/plans/import")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(PLAN.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].lead[0]").value("Phòng Lao động - Thương binh và Xã hội huyện Kon Rẫy"))
                .andExpect(jsonPath("$.tasks[0].units[0].agencyId").value(7));
    }

    @Test
    void aBrokenDocxIsRefusedAsInvalidInput() {
        MockMultipartFile file =
                new MockMultipartFile("file", "ke-hoach.docx", PlanImportApi.DOCX, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> mvc().perform(multipart("/api/v1/plans/import").file(file)))
                .rootCause()
                .isInstanceOf(InvalidInput.class)
                .satisfies(e ->
                        assertThat(((InvalidInput) e).problems().get(0).code()).isEqualTo("file.notDocx"));
    }
}
