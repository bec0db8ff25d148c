package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
    @Test
    void aReaderThatNeverEndsIsStoppedWithAProblemOnTheField() {
        CountDownLatch never = new CountDownLatch(1);
        assertThatThrownBy(() -> TimeLimit.within(Duration.ofMillis(200), "file", () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "late";
                }))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("file");
                    assertThat(e.problems().get(0).code()).isEqualTo("input.tooSlow");
                });
    }

    @Test
    void theReadersResultAndItsProblemsComeBackAsTheyAre() {
        assertThat(TimeLimit.within(Duration.ofSeconds(30), "file", () -> "ok")).isEqualTo("ok");
        assertThatThrownBy(() -> TimeLimit.within(Duration.ofSeconds(30), "file", () -> {
                    throw InvalidInput.of("file", Message.of("input.unreadable"));
                }))
                .isInstanceOf(InvalidInput.class);
    }
}
