package vn.giamngheo.planning.extraction;

import java.util.List;

/**
 * A report the plan demands: who reports (names as matched, else as written), to whom and through
 * whom if stated, for which period ("6 tháng") and by when ("trước 20/6/2024"); at least one of
 * period and schedule is present. {@code item} is the number of the task or item it was read from,
 * {@code source} the sentence.
 */
public record ReportingDuty(
        String section,
        String item,
        List<String> reporter,
        List<String> recipient,
        String via,
        ReportPeriod period,
        Schedule schedule,
        String source) {}
