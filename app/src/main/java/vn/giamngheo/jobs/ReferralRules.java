package vn.giamngheo.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;

/** The checks of referrals, their steps and follow-ups: pure functions giving every problem on its field. */
public final class ReferralRules {
    private ReferralRules() {}

    /** A new referral to a vacancy (or, with {@code vacancy} null, to a course). */
    public static List<Problem> refer(
            Matching.Opening vacancy,
            String course,
            boolean consentInForce,
            LocalDate referredOn,
            String referredBy,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (vacancy == null && (course == null || course.isBlank())) {
            problems.add(Problem.of("vacancyId", "jobs.referralTargetMissing"));
        }
        if (vacancy != null && course != null && !course.isBlank()) {
            problems.add(Problem.of("course", "jobs.referralTwoTargets"));
        }
        if (referredOn == null) {
            problems.add(Problem.of("referredOn", "jobs.dateMissing"));
        } else if (referredOn.isAfter(today)) {
            problems.add(Problem.of("referredOn", "jobs.dateInFuture", referredOn));
        }
        if (referredBy == null || referredBy.isBlank()) {
            problems.add(Problem.of("referredBy", "jobs.referredByMissing"));
        }
        if (vacancy != null && referredOn != null && !vacancy.openOn(referredOn)) {
            problems.add(Problem.of("vacancyId", "jobs.vacancyClosed", vacancy.vacancyId(), vacancy.closingDate()));
        }
        if (vacancy != null && !consentInForce) {
            problems.add(Problem.of("consent", "jobs.consentMissing"));
        }
        return problems;
    }

    /** A step of a referral from {@code from} to {@code to} on {@code on}. */
    public static List<Problem> step(
            ReferralStatus from, ReferralStatus to, LocalDate referredOn, LocalDate on, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (to == null) {
            problems.add(Problem.of("status", "jobs.statusMissing"));
        } else if (!from.next().contains(to)) {
            problems.add(Problem.of(
                    "status",
                    "jobs.stepNotAllowed",
                    Message.of("referral.status." + from),
                    Message.of("referral.status." + to)));
        }
        if (on == null) {
            problems.add(Problem.of("onDate", "jobs.dateMissing"));
        } else if (on.isBefore(referredOn)) {
            problems.add(Problem.of("onDate", "jobs.stepBeforeReferral", on, referredOn));
        } else if (on.isAfter(today)) {
            problems.add(Problem.of("onDate", "jobs.dateInFuture", on));
        }
        return problems;
    }

    /** The follow-up {@code months} after a hire or training dated {@code outcomeOn}. */
    public static List<Problem> followUp(
            ReferralStatus status, LocalDate outcomeOn, int months, LocalDate checkedOn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (months != 3 && months != 6) {
            problems.add(Problem.of("months", "jobs.followUpMonths", months));
        }
        if (!status.followedUp()) {
            problems.add(Problem.of("status", "jobs.followUpNoHire", Message.of("referral.status." + status)));
            return problems;
        }
        if (checkedOn == null) {
            problems.add(Problem.of("checkedOn", "jobs.dateMissing"));
        } else if (checkedOn.isBefore(outcomeOn)) {
            problems.add(Problem.of("checkedOn", "jobs.followUpBeforeHire", checkedOn, outcomeOn));
        } else if ((months == 3 || months == 6) && checkedOn.isBefore(outcomeOn.plusMonths(months))) {
            problems.add(Problem.of("checkedOn", "jobs.followUpTooEarly", months, outcomeOn.plusMonths(months)));
        } else if (checkedOn.isAfter(today)) {
            problems.add(Problem.of("checkedOn", "jobs.dateInFuture", checkedOn));
        }
        return problems;
    }
}
