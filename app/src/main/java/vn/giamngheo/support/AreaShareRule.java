package vn.giamngheo.support;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which area share applies to a household, pure: among the shares of its class in force on the
 * period's first day whose kind is designated for the household's unit (the unit or one above it)
 * that day, the highest (NĐ 146/2018 Art. 8(2): a person in several groups gets the highest support).
 * A designation whose kind has no determined share gives nothing here but is reported as such, so
 * the page can say the area rule is "chưa xác định" rather than silently apply the general amount.
 */
final class AreaShareRule {
    private AreaShareRule() {}

    /** A share with the designation that makes it apply. */
    record Applied(AreaShare share, AreaDesignation designation) {}

    static Optional<Applied> highest(
            List<AreaShare> shares,
            List<AreaDesignation> designations,
            String householdClass,
            String unitPath,
            LocalDate day) {
        return matches(shares, designations, householdClass, unitPath, day).stream()
                .filter(a -> a.share().determined())
                .max(Comparator.comparing(a -> a.share().sharePercent()));
    }

    /** Every share of the class in force on the day whose kind is designated there on the day, determined or not. */
    static List<Applied> matches(
            List<AreaShare> shares,
            List<AreaDesignation> designations,
            String householdClass,
            String unitPath,
            LocalDate day) {
        return shares.stream()
                .filter(s -> s.householdClass().equals(householdClass) && s.inForceOn(day))
                .flatMap(s -> designations.stream()
                        .filter(d -> d.kind() == s.areaKind() && d.inForceOn(day) && d.covers(unitPath))
                        .map(d -> new Applied(s, d)))
                .toList();
    }
}
