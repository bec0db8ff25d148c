package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Reading is linear: a plan of a megabyte is read in seconds, not minutes. */
class LargeDocumentTest {

    @Test
    void aOneMegabytePlanIsReadQuickly() {
        String seed = new String(Seeds.bytes("004"), StandardCharsets.UTF_8);
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append(seed).append('\n');
        }
        byte[] content = big.toString().getBytes(StandardCharsets.UTF_8);

        PlanExtraction plan =
                Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Seeds.extract("big.txt", content));

        // Everything after the first "Nơi nhận:" is distribution, signature and appendices.
        assertThat(plan.tasks()).hasSize(24);
        assertThat(plan.targetRows()).hasSizeGreaterThan(31 * 20);
    }

    @Test
    void oneHugeReportingSentenceIsReadQuickly() {
        String clause = "báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội trước ngày 20/3/2024 và đột xuất; ";
        String text = "II. NỘI DUNG\n1. Phòng Tư pháp chủ trì thực hiện thường xuyên, " + clause.repeat(8_000) + "\n";

        PlanExtraction plan = Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> Seeds.extract("big.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(plan.reportingDuties()).hasSize(2 * 8_000);
    }

    @Test
    void oneHugeParagraphWithoutPunctuationIsReadQuickly() {
        String line = "phối hợp với các đơn vị, địa phương, Phòng Lao động - Thương binh và Xã hội, ";
        String text = "II. NỘI DUNG\n1. Phòng Tư pháp chủ trì, " + line.repeat(12_000) + "\n";

        PlanExtraction plan = Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> Seeds.extract("big.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(plan.tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("Phòng Tư pháp"));
    }
}
