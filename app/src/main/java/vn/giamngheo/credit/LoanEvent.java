package vn.giamngheo.credit;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a loan's status history: the status from a day, what was owed, who recorded it and how. */
public record LoanEvent(
        LoanStatus status, LocalDate statusOn, long outstanding, String note, String origin, Instant at, String by) {}
