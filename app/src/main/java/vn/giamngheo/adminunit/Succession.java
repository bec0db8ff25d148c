package vn.giamngheo.adminunit;

import java.time.LocalDate;

/** A reorganisation link: {@code predecessorId} was continued by {@code successorId} from the date. */
public record Succession(
        long predecessorId, long successorId, String kind, LocalDate effectiveDate, String legalBasis) {}
