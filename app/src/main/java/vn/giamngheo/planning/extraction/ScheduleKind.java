package vn.giamngheo.planning.extraction;

/** The forms of schedule the plans write, from "thường xuyên" to "trước ngày 20/3/2024". */
public enum ScheduleKind {
    /** "thường xuyên", or "hằng năm"/"hàng năm" on its own. */
    ONGOING,
    /** One month of one year: "trong tháng 4/2022". */
    MONTH,
    /** A month every year: "tháng 9 hàng năm", "trong tháng 1 hàng năm". */
    YEARLY_MONTH,
    /** A deadline every year: "trước ngày 05 tháng 11 hàng năm". */
    YEARLY_BEFORE_DAY,
    /** A one-off deadline: "trước ngày 20/3/2024", "trước 30/10/2024". */
    BEFORE_DATE,
    /** After something happens: "sau khi có kết quả rà soát hộ nghèo". */
    EVENT,
    /** "khi có yêu cầu", "đột xuất". */
    ON_REQUEST
}
