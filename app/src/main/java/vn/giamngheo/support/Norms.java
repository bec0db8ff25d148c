package vn.giamngheo.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.NormValue;

/**
 * The norm a grant applies: for its content and the household's class (or any beneficiary), the
 * most specific level in force on the period's first day whose unit holds the household (a project's
 * amount, else the province's People's Council level, else the central ceiling). Its ceiling for the
 * grant is the norm's amount, times the months of the period for a monthly norm; null when no norm
 * is configured (a reference value not set), and then no amount is refused for exceeding it.
 */
final class Norms {
    private static final List<String> LEVELS = List.of("PROJECT", "PROVINCE", "CENTRAL_CEILING");
    private final Catalogue catalogue;
    private final Map<LocalDate, List<NormValue>> byDay = new HashMap<>();

    Norms(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The norm applied: its id (null: none exists), ceiling for the period (null: not configured), source. */
    record Applied(Long normId, Long ceiling, String legalSource) {}

    Applied applied(long contentId, String householdClass, String unitPath, LocalDate from, LocalDate endExclusive) {
        String beneficiary =
                "POOR".equals(householdClass) || "NEAR_POOR".equals(householdClass) ? householdClass : "ESCAPED";
        List<NormValue> norms = byDay.computeIfAbsent(from, d -> catalogue.norms(d, false));
        for (String level : LEVELS) {
            for (NormValue v : norms) {
                var n = v.norm();
                if (n.contentId() != contentId
                        || !n.level().equals(level)
                        || !n.measure().equals("AMOUNT")
                        || n.basis().equals("LOAN")
                        || !(n.beneficiary().equals(beneficiary)
                                || n.beneficiary().equals("ANY"))
                        || !n.validOn(from)
                        || (n.unitId() != null && !unitPath.contains("/" + n.unitId() + "/"))) {
                    continue;
                }
                if (!v.configured()) {
                    return new Applied(n.id(), null, n.legalSource());
                }
                BigDecimal value = v.value();
                if (n.basis().equals("MONTH") && endExclusive != null) {
                    value = value.multiply(
                            BigDecimal.valueOf(Math.max(1, ChronoUnit.MONTHS.between(from, endExclusive))));
                }
                return new Applied(
                        n.id(), value.setScale(0, RoundingMode.HALF_UP).longValueExact(), n.legalSource());
            }
        }
        return new Applied(null, null, null);
    }
}
