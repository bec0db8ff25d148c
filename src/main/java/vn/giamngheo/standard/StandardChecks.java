package vn.giamngheo.standard;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput.Problem;

/** Whether a standard's data is consistent; each problem names the field as the JSON spells it. */
final class StandardChecks {
    private StandardChecks() {}

    static List<Problem> problems(PovertyStandard s) {
        List<Problem> problems = new ArrayList<>();
        if (s.id() == null || !s.id().matches("[A-Z][A-Z0-9_]{1,59}")) {
            problems.add(problem("id", "1 to 60 capital letters, digits or _, starting with a letter"));
        }
        if (s.version() < 1) {
            problems.add(problem("version", "must be 1 or more"));
        }
        if (s.name() == null || s.name().isBlank()) {
            problems.add(problem("name", "a name is required"));
        }
        if (s.kind() == null) {
            problems.add(problem("kind", "NATIONAL or LOCAL is required"));
        } else if (s.kind() == PovertyStandard.Kind.LOCAL && (s.parentId() == null || s.provinceUnitId() == null)) {
            problems.add(problem("parentId", "a local standard names its national standard and its province"));
        } else if (s.kind() == PovertyStandard.Kind.NATIONAL && (s.parentId() != null || s.provinceUnitId() != null)) {
            problems.add(problem("parentId", "a national standard has no parent and no province"));
        }
        if (s.status() == null) {
            problems.add(problem("status", "DRAFT or PUBLISHED is required"));
        }
        if (s.validity() == null || s.validity().firstListYear() > s.validity().lastListYear()) {
            problems.add(problem("validity", "first and last list year, first ≤ last"));
        }
        if (s.rule() == null) {
            problems.add(problem("rule", "SINGLE_LINE or TWO_LINES is required"));
        } else if (s.lines() == null) {
            problems.add(problem("lines", "rural and urban lines are required"));
        } else {
            checkLines(s.rule(), "lines.rural", s.lines().rural(), problems);
            checkLines(s.rule(), "lines.urban", s.lines().urban(), problems);
        }
        checkIndicators(s, problems);
        checkDerivation(s.derivation(), problems);
        return problems;
    }

    private static void checkLines(PovertyStandard.Rule rule, String field, AreaLines lines, List<Problem> problems) {
        if (lines == null || lines.line() == null || lines.line().value() <= 0) {
            problems.add(problem(field + ".line", "a positive line is required"));
            return;
        }
        long line = lines.line().value();
        if (rule == PovertyStandard.Rule.TWO_LINES) {
            if (lines.lowerLine() == null
                    || lines.lowerLine().value() <= 0
                    || lines.lowerLine().value() >= line) {
                problems.add(problem(field + ".lowerLine", "two lines need a poor line P with 0 < P < line"));
            }
            if (lines.scoreAMax() != null) {
                problems.add(problem(field + ".scoreAMax", "a score-A threshold stands for a single line only"));
            }
        } else if (lines.lowerLine() != null) {
            problems.add(problem(field + ".lowerLine", "a single-line standard has no lower line"));
        }
        if (lines.middleUpper() != null && lines.middleUpper().value() <= line) {
            problems.add(problem(field + ".middleUpper", "the middle-living band must end above the line"));
        }
        if (lines.scoreAMax() != null && lines.scoreAMax().value() <= 0) {
            problems.add(problem(field + ".scoreAMax", "must be positive"));
        }
    }

    private static void checkIndicators(PovertyStandard s, List<Problem> problems) {
        if (s.indicators().isEmpty()) {
            problems.add(problem("indicators", "at least one indicator is required"));
            return;
        }
        int seen = 0;
        for (IndicatorDefinition d : s.indicators()) {
            if ((seen & d.code().bit()) != 0) {
                problems.add(problem("indicators", d.code() + " is listed twice"));
            }
            seen |= d.code().bit();
            if (d.dimension() == null) {
                problems.add(problem("indicators", d.code() + " needs a dimension"));
            }
        }
        if (s.deprivationCutoff() == null
                || s.deprivationCutoff().value() < 1
                || s.deprivationCutoff().value() > s.indicators().size()) {
            problems.add(problem("deprivationCutoff", "between 1 and the number of indicators"));
        }
    }

    private static void checkDerivation(DerivationRules r, List<Problem> problems) {
        if (r == null) {
            problems.add(problem("derivation", "the derivation figures are required"));
            return;
        }
        range("derivation.workingAge", r.workingAgeFrom(), r.workingAgeBelow(), problems);
        range("derivation.schoolingAge", r.schoolingAgeFrom(), r.schoolingAgeBelow(), problems);
        required("derivation.childAgeBelow", r.childAgeBelow(), problems);
        required("derivation.elderlyAgeFrom", r.elderlyAgeFrom(), problems);
        required("derivation.dependantShareAbovePercent", r.dependantShareAbovePercent(), problems);
        required("derivation.insuranceAgeFrom", r.insuranceAgeFrom(), problems);
        required("derivation.livingAreaPerPersonBelowM2", r.livingAreaPerPersonBelowM2(), problems);
        DerivationRules.AdultEducationRule a = r.adultEducation();
        if (a == null || a.ageFrom() == null) {
            problems.add(problem("derivation.adultEducation", "an age from is required"));
        } else if (a.ageTo() == null && (a.bornFromYear() == null || a.referenceYear() == null)) {
            problems.add(
                    problem("derivation.adultEducation", "ageTo, or bornFromYear with referenceYear, is required"));
        } else if (a.maxAge() < a.ageFrom().value()) {
            problems.add(problem("derivation.adultEducation", "the maximum age is under the age from"));
        }
    }

    private static void range(String field, Figure from, Figure below, List<Problem> problems) {
        if (from == null || below == null || from.value() >= below.value()) {
            problems.add(problem(field, "from and below are required, from < below"));
        }
    }

    private static void required(String field, Figure figure, List<Problem> problems) {
        if (figure == null) {
            problems.add(problem(field, "is required"));
        }
    }

    private static Problem problem(String field, String reason) {
        return new Problem(0, field, reason);
    }
}
