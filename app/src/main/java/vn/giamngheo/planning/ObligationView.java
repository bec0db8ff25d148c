package vn.giamngheo.planning;

import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.planning.extraction.ReportPeriod;

/**
 * A report owed, with its status on the day asked: which plan and duty, the period ("Q2",
 * "SIX_MONTHS", "ONCE" for a one-off deadline), the due date (and whether the plan gave it), who
 * reports, to whom, and the first submission.
 */
public record ObligationView(
        long id,
        long planId,
        String planNumber,
        String planTitle,
        long dutyId,
        int year,
        String periodKey,
        ReportPeriod period,
        LocalDate due,
        boolean dueAssumed,
        long reporterUnitId,
        String reporterUnitName,
        Long reporterAgencyId,
        String reporterName,
        List<String> recipients,
        String via,
        ObligationStatus status,
        LocalDate submittedOn,
        int submissions) {}
