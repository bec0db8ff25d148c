package vn.giamngheo.funding;

/** "The same content" for the no-double-support rule (TT 60/2026 Art. 2(3)(b)), whichever program pays. */
public record ContentGroup(long id, String code, String name) {}
