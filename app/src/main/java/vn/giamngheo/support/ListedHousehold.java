package vn.giamngheo.support;

/** A household on a commune's current recognised lists, as a batch from the list offers it. */
public record ListedHousehold(long householdId, String code, String headName, String householdClass, int persons) {}
