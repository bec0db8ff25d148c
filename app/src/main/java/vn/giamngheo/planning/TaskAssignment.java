package vn.giamngheo.planning;

/**
 * Who does a task: {@code role} LEAD (chủ trì), COORDINATOR (phối hợp) or COLLECTIVE ("UBND các xã,
 * thị trấn"); the agency when matched in the registry, the mention as written always, and the name
 * shown (the agency's name when matched).
 */
public record TaskAssignment(long id, String role, Long agencyId, String mention, String name) {
    public static final String LEAD = "LEAD";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String COLLECTIVE = "COLLECTIVE";
}
