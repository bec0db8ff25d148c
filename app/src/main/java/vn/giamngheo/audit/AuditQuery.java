package vn.giamngheo.audit;

import java.time.LocalDate;

/** Filters for browsing the trail; null means "any". {@code unitPath} selects a subtree. */
public record AuditQuery(String unitPath, String username, LocalDate from, LocalDate to, int page, int size) {
    public AuditQuery {
        size = size <= 0 ? 50 : Math.min(size, 500);
        page = Math.max(page, 0);
    }
}
