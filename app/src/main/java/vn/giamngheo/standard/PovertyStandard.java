package vn.giamngheo.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;

/**
 * One version of a poverty standard as data: the income lines per area, the middle-living band
 * where known, the indicator set, the deprivation cut-off and the figures for deriving indicators,
 * each with its confidence. A PUBLISHED version never changes; a correction is a new version.
 *
 * <p>A LOCAL standard is derived from a national one for a province ({@code parentId}, {@code
 * provinceUnitId}) with higher lines, as Hồ Chí Minh City did.
 */
public record PovertyStandard(
        String id,
        int version,
        String name,
        String legalBasis,
        Kind kind,
        String parentId,
        Long provinceUnitId,
        Status status,
        Validity validity,
        Rule rule,
        IncomeLines lines,
        Figure deprivationCutoff,
        Figure scoreBFrom,
        Confidence indicatorListConfidence,
        List<IndicatorDefinition> indicators,
        DerivationRules derivation) {

    public enum Kind {
        NATIONAL,
        LOCAL
    }

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    /**
     * SINGLE_LINE (NĐ 07/2021, NĐ 351/2025): at or under the line, d ≥ cut-off is poor, else
     * near-poor. TWO_LINES (QĐ 59/2015): at or under P poor; in (P, N] d decides.
     */
    public enum Rule {
        SINGLE_LINE,
        TWO_LINES
    }

    public PovertyStandard {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The indicators this standard uses, as a mask for the classifier. */
    public IndicatorSet indicatorSet() {
        int bits = 0;
        for (int i = 0; i < indicators.size(); i++) {
            bits |= indicators.get(i).code().bit();
        }
        return new IndicatorSet(bits);
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public PovertyStandard withVersion(int newVersion, Status newStatus) {
        return new PovertyStandard(
                id,
                newVersion,
                name,
                legalBasis,
                kind,
                parentId,
                provinceUnitId,
                newStatus,
                validity,
                rule,
                lines,
                deprivationCutoff,
                scoreBFrom,
                indicatorListConfidence,
                indicators,
                derivation);
    }

    /**
     * A local standard derived from this one for a province: same indicators, rule and derivation,
     * the given (higher) lines, FIRM because they come from the province's own decision. Score-A
     * thresholds are dropped: they stand for the national line, not the higher local one, and no
     * source gives local ones.
     */
    public PovertyStandard deriveLocal(
            String localId,
            long provinceUnitId,
            String localName,
            String localLegalBasis,
            Map<Area, LineValues> newLines) {
        List<Problem> problems = new ArrayList<>();
        LineValues rural = newLines == null ? null : newLines.get(Area.RURAL);
        LineValues urban = newLines == null ? null : newLines.get(Area.URBAN);
        checkHigher(Area.RURAL, lines.rural(), rural, problems);
        checkHigher(Area.URBAN, lines.urban(), urban, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        IncomeLines local = new IncomeLines(
                lines.rural()
                        .withLines(rural.lowerLine(), rural.line(), rural.middleUpper(), Confidence.FIRM)
                        .withoutScoreA(),
                lines.urban()
                        .withLines(urban.lowerLine(), urban.line(), urban.middleUpper(), Confidence.FIRM)
                        .withoutScoreA());
        return new PovertyStandard(
                        localId,
                        1,
                        localName,
                        localLegalBasis,
                        Kind.LOCAL,
                        id,
                        provinceUnitId,
                        Status.DRAFT,
                        validity,
                        rule,
                        local,
                        deprivationCutoff,
                        scoreBFrom,
                        indicatorListConfidence,
                        indicators,
                        derivation)
                .validated();
    }

    private void checkHigher(Area area, AreaLines national, LineValues given, List<Problem> problems) {
        String field = "lines." + area.name();
        if (given == null) {
            problems.add(Problem.of(field, "standard.linesRequired", Message.of("area." + area.name())));
            return;
        }
        if (given.line() < national.line().value()) {
            problems.add(Problem.of(
                    field + ".line",
                    "standard.underNational",
                    Vnd.format(national.line().value()),
                    id));
        }
        if (rule == Rule.TWO_LINES) {
            if (given.lowerLine() == null) {
                problems.add(Problem.of(field + ".lowerLine", "standard.lowerLineRequired", id));
            } else if (given.lowerLine() < national.lowerLine().value()) {
                problems.add(Problem.of(
                        field + ".lowerLine",
                        "standard.underNational",
                        Vnd.format(national.lowerLine().value()),
                        id));
            }
        } else if (given.lowerLine() != null) {
            problems.add(Problem.of(field + ".lowerLine", "standard.noLowerLine", id));
        }
    }

    /** Lines as an administrator gives them for a local standard, VND per person per month. */
    public record LineValues(Long lowerLine, long line, Long middleUpper) {}

    /** This standard if it is consistent, else {@link InvalidInput} naming every problem. */
    public PovertyStandard validated() {
        List<Problem> problems = StandardChecks.problems(this);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return this;
    }
}
