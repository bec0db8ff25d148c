package vn.giamngheo.planning;

/** A stored plan that implements this one (the chain followed downwards). */
public record PlanLink(long planId, String number, String date, String title, long unitId, String unitName) {}
