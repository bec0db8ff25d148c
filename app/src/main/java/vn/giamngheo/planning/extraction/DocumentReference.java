package vn.giamngheo.planning.extraction;

/**
 * A document the plan cites as what it implements: "Chỉ thị số 05-CT/TW ngày 23/6/2021 của Ban Bí
 * thư" is kind "Chỉ thị", number "05-CT/TW", date "2021-06-23", issuer "Ban Bí thư".
 */
public record DocumentReference(String kind, String number, String date, String issuer, String source) {}
