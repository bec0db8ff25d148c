package vn.giamngheo.national;

import java.time.Instant;
import java.util.List;

/**
 * A national run as the pages and the API show it: what was asked (job, list year, standard, cut-offs
 * and indicators), by whom and when, and how it went (status, households or IDs counted, engine,
 * failure). {@code seconds}: from start to finish, when finished.
 */
public record NationalRun(
        long id,
        String job,
        Integer listYear,
        String standardId,
        Integer standardVersion,
        List<Double> ks,
        List<String> codes,
        String status,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        Long households,
        String engine,
        String failure) {

    public Double seconds() {
        return startedAt == null || finishedAt == null
                ? null
                : (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }
}
