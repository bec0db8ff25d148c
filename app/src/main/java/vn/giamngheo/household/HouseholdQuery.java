package vn.giamngheo.household;

/**
 * Filters for the household list; null means "any". {@code unitId} selects a subtree, {@code group}
 * one of ETHNIC_MINORITY, PERSON_OF_MERIT, SOCIAL_PROTECTION, FEMALE_HEAD, NO_LABOUR_CAPACITY;
 * {@code q} searches the names of the head and the members, accent-insensitively.
 */
public record HouseholdQuery(
        Long unitId, String householdClass, String group, String q, boolean includeVoided, int page, int size) {
    public HouseholdQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, 200);
    }
}
