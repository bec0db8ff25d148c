package vn.giamngheo.householdplan;

import java.time.LocalDate;
import java.util.List;

/**
 * What the commune edits in a plan, as received (codes as text, so an unknown one is reported on its
 * field). {@code version} is the version the editor read: a plan changed since is refused.
 */
public record PlanEdit(
        List<String> causes,
        Integer targetYear,
        Boolean agreed,
        String helperKind,
        String helperName,
        Long helperAgencyId,
        String helperPhone,
        Boolean consent,
        LocalDate consentOn,
        LocalDate nextVisitOn,
        String note,
        List<SolutionInput> solutions,
        Integer version) {

    public PlanEdit {
        causes = causes == null ? List.of() : causes;
        agreed = Boolean.TRUE.equals(agreed);
        consent = Boolean.TRUE.equals(consent);
        solutions = solutions == null ? List.of() : solutions;
    }

    /** A solution as entered. */
    public record SolutionInput(
            String kind, String contentCode, String description, List<String> addresses, Boolean done) {
        public SolutionInput {
            done = Boolean.TRUE.equals(done);
            addresses = addresses == null ? List.of() : addresses;
        }
    }
}
