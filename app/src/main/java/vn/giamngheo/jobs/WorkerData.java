package vn.giamngheo.jobs;

import java.util.List;
import vn.giamngheo.jobs.LabourStatus.EmploymentKind;
import vn.giamngheo.jobs.LabourStatus.InactiveReason;
import vn.giamngheo.jobs.Schooling.General;
import vn.giamngheo.jobs.Schooling.Qualification;

/**
 * What an official records of a worker: the fields of TT 01/2022 Mẫu 01 that apply (identity, education
 * and qualification, main job or unemployment or the reason for inactivity, training and job needs) and
 * what matching needs (skills, willingness to commute, move or work abroad, registration on the
 * national employment exchange). Null = not known.
 */
public record WorkerData(
        long householdId,
        int memberOrd,
        String fullName,
        String citizenId,
        Integer birthYear,
        String sex,
        String ethnicity,
        String phone,
        General generalEducation,
        Qualification qualification,
        String qualificationField,
        LabourStatus labourStatus,
        InactiveReason inactiveReason,
        String currentJob,
        EmploymentKind employmentKind,
        ContractType contractType,
        String workplace,
        String previousJob,
        Integer monthsUnemployed,
        List<String> skills,
        String trainingNeed,
        String jobNeed,
        Boolean willingCommute,
        Boolean willingMove,
        Boolean willingAbroad,
        Boolean exchangeRegistered) {

    public WorkerData {
        skills = skills == null
                ? List.of()
                : skills.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
    }

    /** Looking for a job: unemployed, or working and saying what job they need. */
    public boolean needsJob() {
        return labourStatus == LabourStatus.UNEMPLOYED
                || labourStatus == LabourStatus.EMPLOYED && jobNeed != null && !jobNeed.isBlank();
    }
}
