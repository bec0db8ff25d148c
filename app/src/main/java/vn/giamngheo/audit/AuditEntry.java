package vn.giamngheo.audit;

import java.time.Instant;

/** One row of the audit trail as shown to administrators; before/after are JSON text. */
public record AuditEntry(
        long id,
        Instant at,
        String username,
        String action,
        String entityType,
        String entityId,
        Long unitId,
        String before,
        String after,
        String detail) {}
