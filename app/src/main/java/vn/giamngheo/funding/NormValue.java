package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A norm as read on a day: its fixed amount, or its formula evaluated with the reference values in
 * force that day. {@code value} null means not configured: no amount, or a reference value it needs
 * ({@code missing}) is not set.
 */
public record NormValue(
        Norm norm, String contentName, String groupName, LocalDate on, BigDecimal value, List<String> missing) {
    public boolean configured() {
        return value != null;
    }
}
