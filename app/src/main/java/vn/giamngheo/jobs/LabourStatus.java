package vn.giamngheo.jobs;

/**
 * Where a person stands on the labour market in the categories of TT 01/2022 Mẫu 01 and NĐ 318/2025:
 * working, unemployed and looking for work, or not economically active (with a reason).
 */
public enum LabourStatus {
    EMPLOYED,
    UNEMPLOYED,
    INACTIVE;

    /** Why a person is not economically active (Mẫu 01, "lý do không tham gia hoạt động kinh tế"). */
    public enum InactiveReason {
        STUDYING,
        HOUSEWORK,
        ILLNESS,
        OLD_AGE,
        OTHER
    }

    /** How the person works in their main job. */
    public enum EmploymentKind {
        WAGE,
        SELF_EMPLOYED,
        FAMILY
    }
}
