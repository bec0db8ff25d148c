package vn.giamngheo.household;

import java.util.List;

/**
 * A citizen ID held by members of several current households, for the official to resolve: the
 * codes of those inside the reader's jurisdiction and how many hold it elsewhere (not named).
 */
public record DuplicateCitizenId(String citizenId, List<String> householdCodes, int heldElsewhere) {}
