package vn.giamngheo.planning;

/** The plan's own fields an official may correct after saving, with the version they loaded. */
public record PlanHeader(
        String number, String date, String issuer, String title, Integer periodFrom, Integer periodTo, int version) {}
