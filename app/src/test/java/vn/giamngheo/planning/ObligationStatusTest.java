package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObligationStatusTest {
    static final LocalDate DUE = LocalDate.of(2024, 6, 20);

    @Test
    void nothingSubmittedIsPendingUntilTheDueDayAndMissingAfterIt() {
        assertThat(ObligationStatus.of(DUE, null, LocalDate.of(2024, 6, 1))).isEqualTo(ObligationStatus.PENDING);
        assertThat(ObligationStatus.of(DUE, null, DUE)).isEqualTo(ObligationStatus.PENDING);
        assertThat(ObligationStatus.of(DUE, null, LocalDate.of(2024, 6, 21))).isEqualTo(ObligationStatus.MISSING);
    }

    @Test
    void aReportSentByTheDueDayIsOnTimeAndAfterItLate() {
        LocalDate later = LocalDate.of(2025, 1, 1);
        assertThat(ObligationStatus.of(DUE, LocalDate.of(2024, 6, 18), later)).isEqualTo(ObligationStatus.ON_TIME);
        assertThat(ObligationStatus.of(DUE, DUE, later)).isEqualTo(ObligationStatus.ON_TIME);
        assertThat(ObligationStatus.of(DUE, LocalDate.of(2024, 6, 21), later)).isEqualTo(ObligationStatus.LATE);
    }

    @Test
    void theStatusMovesFromPendingToMissingToLateAsDaysPassAndAReportArrives() {
        LocalDate sent = LocalDate.of(2024, 7, 2);
        assertThat(ObligationStatus.of(DUE, null, LocalDate.of(2024, 6, 20))).isEqualTo(ObligationStatus.PENDING);
        assertThat(ObligationStatus.of(DUE, null, LocalDate.of(2024, 7, 1))).isEqualTo(ObligationStatus.MISSING);
        assertThat(ObligationStatus.of(DUE, sent, LocalDate.of(2024, 7, 2))).isEqualTo(ObligationStatus.LATE);
    }

    @Test
    void onAGivenDayAReportSentLaterDoesNotCountYet() {
        var row = new ObligationStore.ObligationRow(
                1,
                2,
                null,
                "KH",
                3,
                null,
                2024,
                "SIX_MONTHS",
                DUE,
                false,
                4,
                "Xã Xuân Bái",
                5L,
                "Xã Xuân Bái",
                java.util.List.of(),
                null,
                "/1/",
                "/1/",
                LocalDate.of(2024, 7, 2),
                1);
        assertThat(Obligations.view(row, LocalDate.of(2024, 6, 1)).status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(Obligations.view(row, LocalDate.of(2024, 6, 25)).status()).isEqualTo(ObligationStatus.MISSING);
        assertThat(Obligations.view(row, LocalDate.of(2024, 7, 2)).status()).isEqualTo(ObligationStatus.LATE);
    }
}
