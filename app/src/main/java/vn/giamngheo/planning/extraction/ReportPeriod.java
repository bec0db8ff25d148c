package vn.giamngheo.planning.extraction;

/** The periods reports are made for: "hàng quý, 6 tháng, 9 tháng và cả năm". */
public enum ReportPeriod {
    QUARTER,
    SIX_MONTHS,
    NINE_MONTHS,
    YEAR
}
