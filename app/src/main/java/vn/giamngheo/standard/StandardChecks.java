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
            problems.add(problem("id", "standard.idFormat"));
        }
        if (s.version() < 1) {
            problems.add(problem("version", "standard.versionPositive"));
        }
        if (s.name() == null || s.name().isBlank()) {
            problems.add(problem("name", "standard.nameMissing"));
        }
        if (s.kind() == null) {
            problems.add(problem("kind", "standard.kindMissing"));
        } else if (s.kind() == PovertyStandard.Kind.LOCAL && (s.parentId() == null || s.provinceUnitId() == null)) {
            problems.add(problem("parentId", "standard.localNeedsParent"));
        } else if (s.kind() == PovertyStandard.Kind.NATIONAL && (s.parentId() != null || s.provinceUnitId() != null)) {
            problems.add(problem("parentId", "standard.nationalNoParent"));
        }
        if (s.status() == null) {
            problems.add(problem("status", "standard.statusMissing"));
        }
        if (s.validity() == null || s.validity().firstListYear() > s.validity().lastListYear()) {
            problems.add(problem("validity", "standard.validity"));
        }
        if (s.rule() == null) {
            problems.add(problem("rule", "standard.ruleMissing"));
        } else if (s.lines() == null) {
            problems.add(problem("lines", "standard.linesMissing"));
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
            problems.add(problem(field + ".line", "standard.linePositive"));
            return;
        }
        long line = lines.line().value();
        if (rule == PovertyStandard.Rule.TWO_LINES) {
            if (lines.lowerLine() == null
                    || lines.lowerLine().value() <= 0
                    || lines.lowerLine().value() >= line) {
                problems.add(problem(field + ".lowerLine", "standard.lowerLineRange"));
            }
            if (lines.scoreAMax() != null) {
                problems.add(problem(field + ".scoreAMax", "standard.scoreASingleOnly"));
            }
        } else if (lines.lowerLine() != null) {
            problems.add(problem(field + ".lowerLine", "standard.singleNoLower"));
        }
        if (lines.middleUpper() != null && lines.middleUpper().value() <= line) {
            problems.add(problem(field + ".middleUpper", "standard.middleAbove"));
        }
        if (lines.scoreAMax() != null && lines.scoreAMax().value() <= 0) {
            problems.add(problem(field + ".scoreAMax", "standard.positive"));
        }
    }

    private static void checkIndicators(PovertyStandard s, List<Problem> problems) {
        if (s.indicators().isEmpty()) {
            problems.add(problem("indicators", "standard.indicatorsMissing"));
            return;
        }
        int seen = 0;
        for (IndicatorDefinition d : s.indicators()) {
            if ((seen & d.code().bit()) != 0) {
                problems.add(problem(
                        "indicators", "standard.indicatorTwice", d.code().name()));
            }
            seen |= d.code().bit();
            if (d.dimension() == null) {
                problems.add(problem(
                        "indicators", "standard.indicatorDimension", d.code().name()));
            }
        }
        if (s.deprivationCutoff() == null
                || s.deprivationCutoff().value() < 1
                || s.deprivationCutoff().value() > s.indicators().size()) {
            problems.add(problem("deprivationCutoff", "standard.cutoffRange"));
        }
    }

    private static void checkDerivation(DerivationRules r, List<Problem> problems) {
        if (r == null) {
            problems.add(problem("derivation", "standard.derivationMissing"));
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
            problems.add(problem("derivation.adultEducation", "standard.ageFromMissing"));
        } else if (a.ageTo() == null && (a.bornFromYear() == null || a.referenceYear() == null)) {
            problems.add(problem("derivation.adultEducation", "standard.ageToMissing"));
        } else if (a.maxAge() < a.ageFrom().value()) {
            problems.add(problem("derivation.adultEducation", "standard.ageMaxUnder"));
        }
    }

    private static void range(String field, Figure from, Figure below, List<Problem> problems) {
        if (from == null || below == null || from.value() >= below.value()) {
            problems.add(problem(field, "standard.rangeFromBelow"));
        }
    }

    private static void required(String field, Figure figure, List<Problem> problems) {
        if (figure == null) {
            problems.add(problem(field, "line.required"));
        }
    }

    private static Problem problem(String field, String code, Object... args) {
        return Problem.of(field, code, args);
    }
}
