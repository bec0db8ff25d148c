package vn.giamngheo.jobs;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput.Problem;

/**
 * The checks of a worker profile, a pure function: every problem found, each on its field. The labour
 * supply TT 01/2022 Art. 6 collects is people aged 15 and over; a younger member is refused.
 */
public final class WorkerRules {
    /** TT 01/2022 Art. 6: labour-supply information covers people aged 15 and over. */
    public static final int WORKING_AGE_FROM = 15;

    private WorkerRules() {}

    public static List<Problem> check(WorkerData w, int currentYear) {
        List<Problem> problems = new ArrayList<>();
        if (w.fullName() == null || w.fullName().isBlank()) {
            problems.add(Problem.of("fullName", "jobs.nameMissing"));
        }
        if (w.birthYear() == null) {
            problems.add(Problem.of("birthYear", "jobs.birthYearMissing"));
        } else if (w.birthYear() < 1900 || w.birthYear() > currentYear) {
            problems.add(Problem.of("birthYear", "jobs.birthYearOutOfRange", w.birthYear(), currentYear));
        } else if (currentYear - w.birthYear() < WORKING_AGE_FROM) {
            problems.add(Problem.of("birthYear", "jobs.workerUnderAge", currentYear - w.birthYear(), WORKING_AGE_FROM));
        }
        if (w.citizenId() != null && !w.citizenId().isBlank() && !w.citizenId().matches("[0-9]{12}")) {
            problems.add(Problem.of("citizenId", "jobs.citizenIdFormat"));
        }
        if (w.sex() != null
                && !w.sex().isBlank()
                && !w.sex().equals("M")
                && !w.sex().equals("F")) {
            problems.add(Problem.of("sex", "jobs.sexUnknown", w.sex()));
        }
        if (w.labourStatus() == null) {
            problems.add(Problem.of("labourStatus", "jobs.labourStatusMissing"));
        } else if (w.labourStatus() == LabourStatus.INACTIVE && w.inactiveReason() == null) {
            problems.add(Problem.of("inactiveReason", "jobs.inactiveReasonMissing"));
        } else if (w.labourStatus() != LabourStatus.INACTIVE && w.inactiveReason() != null) {
            problems.add(Problem.of("inactiveReason", "jobs.inactiveReasonNotInactive"));
        } else if (w.labourStatus() == LabourStatus.EMPLOYED
                && (w.currentJob() == null || w.currentJob().isBlank())) {
            problems.add(Problem.of("currentJob", "jobs.currentJobMissing"));
        }
        if (w.monthsUnemployed() != null && (w.monthsUnemployed() < 0 || w.monthsUnemployed() > 600)) {
            problems.add(Problem.of("monthsUnemployed", "jobs.monthsOutOfRange", w.monthsUnemployed()));
        }
        return problems;
    }
}
