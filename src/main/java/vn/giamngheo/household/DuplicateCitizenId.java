package vn.giamngheo.household;

import java.util.List;

/** A citizen ID held by members of several current households (by code), for the official to resolve. */
public record DuplicateCitizenId(String citizenId, List<String> householdCodes) {}
