package vn.giamngheo.planning.extraction;

/**
 * A row of a helpers appendix (seed 004 Appendix 2): the commune, the agency that helps it and the
 * steering-committee member assigned to it, as printed.
 */
public record HelperRow(String table, String number, String commune, String agency, String member) {}
