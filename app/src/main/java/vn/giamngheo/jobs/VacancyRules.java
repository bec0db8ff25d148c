package vn.giamngheo.jobs;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput.Problem;

/** The checks of a vacancy, a pure function: every problem on its field (the import adds the line). */
public final class VacancyRules {
    private VacancyRules() {}

    public static List<Problem> check(VacancyData v) {
        List<Problem> problems = new ArrayList<>();
        if (blank(v.employer())) {
            problems.add(Problem.of("employer", "jobs.employerMissing"));
        }
        if (blank(v.jobTitle())) {
            problems.add(Problem.of("jobTitle", "jobs.jobTitleMissing"));
        }
        if (blank(v.place())) {
            problems.add(Problem.of("place", "jobs.placeMissing"));
        }
        if (v.positions() == null) {
            problems.add(Problem.of("positions", "jobs.positionsMissing"));
        } else if (v.positions() < 1 || v.positions() > 100_000) {
            problems.add(Problem.of("positions", "jobs.positionsOutOfRange", v.positions()));
        }
        if (v.wageFrom() != null && v.wageFrom() < 0) {
            problems.add(Problem.of("wageFrom", "jobs.wageNegative"));
        }
        if (v.wageFrom() != null && v.wageTo() != null && v.wageTo() < v.wageFrom()) {
            problems.add(Problem.of("wageTo", "jobs.wageRange"));
        }
        if (v.closingDate() == null) {
            problems.add(Problem.of("closingDate", "jobs.closingDateMissing"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
