package vn.giamngheo.planning;

import java.util.List;
import vn.giamngheo.planning.extraction.ReportPeriod;
import vn.giamngheo.planning.extraction.Schedule;

/** A stored reporting duty: who reports to whom, for which period and by when. */
public record Duty(
        long id,
        long planId,
        int position,
        String section,
        String item,
        List<Party> reporters,
        List<String> recipients,
        String via,
        ReportPeriod period,
        Schedule schedule,
        String source) {

    /** A reporter as written: matched to an agency, a collective ("UBND các xã"), or neither. */
    public record Party(String mention, Long agencyId, boolean collective) {}
}
