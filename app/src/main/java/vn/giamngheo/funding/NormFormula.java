package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * A norm's formula: a product of factors, each a number (Vietnamese decimal comma allowed), a
 * percentage ("4,5 %") or a reference value by code ("{LUONG_CO_SO}"), joined by "×" or "*". The
 * formulas the law writes are products: 30 kWh × the tier-1 price (QĐ 28/2014), 4.5 % × base salary
 * × support share (NĐ 146/2018), a share of the poor-household lending rate. Pure: the reference
 * values on the day come in as a map; a missing or unset one leaves the result unknown.
 */
public final class NormFormula {
    private static final Pattern FACTOR = Pattern.compile("\\s*(?:\\{([A-Z0-9_]+)\\}|(\\d+(?:[.,]\\d+)?)\\s*(%)?)\\s*");

    private NormFormula() {}

    /** The result: {@code value} null when a reference value is missing, named in {@code missing}. */
    public record Result(BigDecimal value, List<String> missing) {
        public boolean known() {
            return value != null;
        }
    }

    /** The codes of the reference values the formula reads, in order; refuses a malformed formula. */
    public static List<String> references(String formula) {
        List<String> codes = new ArrayList<>();
        for (Factor f : parse(formula)) {
            if (f.reference() != null) {
                codes.add(f.reference());
            }
        }
        return codes;
    }

    /** The formula's value with the given reference values; {@code scale} decimals, half up. */
    public static Result evaluate(String formula, Map<String, BigDecimal> values, int scale) {
        BigDecimal product = BigDecimal.ONE;
        List<String> missing = new ArrayList<>();
        for (Factor f : parse(formula)) {
            if (f.reference() != null) {
                BigDecimal v = values.get(f.reference());
                if (v == null) {
                    missing.add(f.reference());
                } else {
                    product = product.multiply(v);
                }
            } else {
                product = product.multiply(f.number());
            }
        }
        return missing.isEmpty()
                ? new Result(product.setScale(scale, RoundingMode.HALF_UP), List.of())
                : new Result(null, List.copyOf(missing));
    }

    private record Factor(BigDecimal number, String reference) {}

    private static List<Factor> parse(String formula) {
        if (formula == null || formula.isBlank()) {
            throw invalid(formula);
        }
        List<Factor> factors = new ArrayList<>();
        for (String part : formula.split("[×*]", -1)) {
            Matcher m = FACTOR.matcher(part);
            if (!m.matches()) {
                throw invalid(formula);
            }
            if (m.group(1) != null) {
                factors.add(new Factor(null, m.group(1)));
            } else {
                BigDecimal n = new BigDecimal(m.group(2).replace(',', '.'));
                factors.add(new Factor(m.group(3) != null ? n.movePointLeft(2) : n, null));
            }
        }
        return factors;
    }

    private static InvalidInput invalid(String formula) {
        return InvalidInput.of("formula", Message.of("funding.formulaInvalid", formula == null ? "" : formula));
    }
}
