package vn.giamngheo.householdplan;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up visit to the household: when, by whom, what progress was seen and what was noted. */
public record Visit(
        long id,
        LocalDate visitedOn,
        Progress progress,
        String note,
        String visitedBy,
        Instant recordedAt,
        String recordedBy) {}
