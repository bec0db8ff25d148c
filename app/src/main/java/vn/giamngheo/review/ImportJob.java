package vn.giamngheo.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.giamngheo.shared.InvalidInput;

/**
 * An import into a campaign and how far it got: {@code processed} households read of {@code total}
 * (known once the file is read), the phase (READING, CHECKING, STORING), and at the end DONE with
 * a summary, FAILED with every error, or ABANDONED when the application stopped midway (nothing
 * of it is stored: the import is one transaction).
 */
public record ImportJob(
        long id,
        long campaignId,
        String format,
        boolean dryRun,
        String status,
        String phase,
        int processed,
        Integer total,
        int errorCount,
        List<InvalidInput.Problem> errors,
        Map<String, Object> summary,
        Instant startedAt,
        Instant finishedAt,
        String startedBy) {}
