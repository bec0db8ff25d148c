package vn.giamngheo.jobs;

import java.time.LocalDate;
import java.util.List;

/** A referral of a worker to a vacancy or a training course, where it stands, its steps and follow-ups. */
public record Referral(
        long id,
        long workerId,
        String workerName,
        long unitId,
        Long vacancyId,
        String vacancyTitle,
        String employer,
        String course,
        LocalDate referredOn,
        String referredBy,
        ReferralStatus status,
        LocalDate interviewedOn,
        LocalDate outcomeOn,
        ContractType contractType,
        String note,
        int version,
        List<Step> steps,
        List<FollowUp> followUps) {

    public record Step(ReferralStatus status, LocalDate onDate, String note, String recordedBy) {}

    public record FollowUp(
            int months, LocalDate checkedOn, boolean stillEmployed, ContractType contractType, String note) {}

    /** The follow-ups still to make and when: 3 and 6 months after a hire or training. */
    public List<Integer> followUpsDue() {
        if (!status.followedUp()) {
            return List.of();
        }
        return java.util.stream.Stream.of(3, 6)
                .filter(m -> followUps.stream().noneMatch(f -> f.months() == m))
                .toList();
    }

    /** What an employer receives about the worker: what the hiring needs, nothing of the household. */
    public record EmployerSheet(
            String fullName,
            Integer birthYear,
            String sex,
            String phone,
            Schooling.General generalEducation,
            Schooling.Qualification qualification,
            String qualificationField,
            List<String> skills,
            String jobTitle,
            String employer,
            LocalDate consentGivenOn) {}
}
