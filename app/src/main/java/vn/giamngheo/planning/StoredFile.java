package vn.giamngheo.planning;

import java.time.Instant;

/** A stored file's description (the bytes are fetched apart): the plan it belongs to and what it is for. */
public record StoredFile(
        long id,
        long planId,
        String purpose,
        String name,
        String contentType,
        long size,
        String sha256,
        Instant createdAt,
        String createdBy) {}
