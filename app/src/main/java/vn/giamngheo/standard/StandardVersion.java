package vn.giamngheo.standard;

import java.time.Instant;

/** One version of a standard as listed: its status, who made it and when, who published it and when. */
public record StandardVersion(
        String standardId,
        int version,
        String status,
        Instant createdAt,
        String createdBy,
        Instant publishedAt,
        String publishedBy) {}
