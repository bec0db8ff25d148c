package vn.giamngheo.adminunit;

/** A named level of the hierarchy; a child's rank is always greater than its parent's. */
public record AdminLevel(String code, int rank, String nameVi, String nameEn) {}
