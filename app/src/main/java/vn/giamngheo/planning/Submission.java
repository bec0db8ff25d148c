package vn.giamngheo.planning;

import java.time.Instant;
import java.time.LocalDate;

/** A report submitted for an obligation: the day, the file and/or figures (JSON), who entered it. */
public record Submission(
        long id,
        long obligationId,
        LocalDate submittedOn,
        Long fileId,
        String figures,
        String note,
        Instant createdAt,
        String createdBy) {}
