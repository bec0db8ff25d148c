package vn.giamngheo.householdplan;

import java.util.List;

/**
 * A solution chosen for a household: its kind, the support content of the funding catalogue it uses
 * (its code; null for help outside the catalogue), what it is, which deprivations and causes it
 * addresses, and whether it has been delivered.
 */
public record Solution(
        SolutionKind kind, String contentCode, String description, List<String> addresses, boolean done) {
    public Solution {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
