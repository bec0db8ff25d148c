package vn.giamngheo.support;

import java.math.BigDecimal;

/** Amounts in đồng as message arguments: decimals, so the bundles group their thousands. */
final class Amounts {
    private Amounts() {}

    static BigDecimal arg(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
