package vn.giamngheo.adminunit;

import java.time.LocalDate;

/**
 * One administrative unit. {@code name} is the proper name ("Xuân Bái"), {@code kind} the word
 * officials put before it ("Xã", "Thị trấn", "Huyện"); {@code validTo} is set once it is retired.
 */
public record AdminUnit(
        long id,
        String code,
        String name,
        String kind,
        String level,
        Long parentId,
        String path,
        LocalDate validFrom,
        LocalDate validTo,
        String retiredReason,
        int version) {

    public String fullName() {
        return kind == null || kind.isBlank() ? name : kind + " " + name;
    }

    public boolean retired() {
        return validTo != null;
    }

    public boolean activeOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Depth in the tree, 1 for a root: the path "/1/7/42/" has three ids. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
