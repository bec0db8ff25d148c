package vn.giamngheo.standard;

/**
 * The income figures of one area, in VND per person per month (docs/domain/poverty-standards.md §2).
 *
 * <ul>
 *   <li>{@code lowerLine}: QĐ 59/2015's poor line P (at or under it a household is poor whatever its
 *       deprivations); null for single-line standards.
 *   <li>{@code line}: the line up to which deprivations decide between poor and near-poor — QĐ 59's
 *       near-poor line N, or NĐ 07/351's line L.
 *   <li>{@code middleUpper}: upper bound M of the middle-living band (line, M]; null when not known —
 *       never invented.
 *   <li>{@code scoreAMax}: the proxy score A at or under which a household counts as under {@code line}
 *       (TT 07/2021 for NĐ 07: rural 140, urban 175); null where no source gives one.
 * </ul>
 */
public record AreaLines(Figure lowerLine, Figure line, Figure middleUpper, Figure scoreAMax) {

    public static AreaLines single(Figure line, Figure middleUpper, Figure scoreAMax) {
        return new AreaLines(null, line, middleUpper, scoreAMax);
    }

    public static AreaLines twoLines(Figure lowerLine, Figure line, Figure middleUpper) {
        return new AreaLines(lowerLine, line, middleUpper, null);
    }

    public AreaLines withLines(Long newLower, long newLine, Long newMiddleUpper, Confidence confidence) {
        return new AreaLines(
                newLower == null ? null : Figure.of(newLower, confidence),
                Figure.of(newLine, confidence),
                newMiddleUpper == null ? null : Figure.of(newMiddleUpper, confidence),
                scoreAMax);
    }

    public AreaLines withoutScoreA() {
        return new AreaLines(lowerLine, line, middleUpper, null);
    }
}
