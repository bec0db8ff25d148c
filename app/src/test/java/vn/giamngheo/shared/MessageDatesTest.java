package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Days and instants given to a message are kept as Vietnamese pages write them, also through JSON. */
class MessageDatesTest {

    @Test
    void aDayBecomesDayMonthYear() {
        assertThat(Message.of("x", LocalDate.of(2025, 7, 1)).args()).containsExactly("01/07/2025");
    }

    @Test
    void anInstantIsWrittenInVietnamsTimeToTheMinute() {
        assertThat(Message.of("x", Instant.parse("2025-06-30T20:05:00Z")).args())
                .containsExactly("01/07/2025 03:05");
        assertThat(Message.of("x", LocalDateTime.of(2025, 7, 1, 14, 5)).args()).containsExactly("01/07/2025 14:05");
    }

    @Test
    void aProblemStoredAsJsonAndReadBackStillWordsItsDay() {
        InvalidInput.Problem p = InvalidInput.Problem.of(
                        "statusOn", "credit.beforeDisbursement", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 5, 31))
                .at(3, "HG-1");
        JsonMapper json = JsonMapper.builder().build();
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = json.readValue(json.writeValueAsString(p.message()), Map.class);
        Message back = Message.of("wrapper", stored);
        Message inner = (Message) back.args().get(0);
        assertThat(inner.code()).isEqualTo("credit.beforeDisbursement");
        assertThat(inner.args()).containsExactly("02/03/2024", "31/05/2024");
    }

    @Test
    void otherArgumentsAreKeptAsGiven() {
        assertThat(Message.of("x", 2024, "HG-1", null).args()).isEqualTo(List.of(2024, "HG-1", ""));
    }
}
