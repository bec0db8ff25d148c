package vn.giamngheo.jobs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.giamngheo.jobs.LabourStatus.EmploymentKind;
import vn.giamngheo.jobs.LabourStatus.InactiveReason;
import vn.giamngheo.jobs.Schooling.General;
import vn.giamngheo.jobs.Schooling.Qualification;

/** The columns of a worker profile, written once for every statement that reads or writes one. */
final class WorkerRows {
    private WorkerRows() {}

    /** The selected columns of {@code jobs_worker w} and the household code, in the order {@link #map} reads them. */
    static final String COLUMNS = """
            w.id, w.unit_id, hr.code, w.household_class, w.household_id, w.member_ord, w.full_name, w.citizen_id,
            w.birth_year, w.sex, w.ethnicity, w.phone, w.general_education, w.qualification, w.qualification_field,
            w.labour_status, w.inactive_reason, w.current_job, w.employment_kind, w.contract_type, w.workplace,
            w.previous_job, w.months_unemployed, w.skills, w.training_need, w.job_need, w.willing_commute,
            w.willing_move, w.willing_abroad, w.exchange_registered, w.version, w.changed_at, w.changed_by""";

    static Worker map(ResultSet rs) throws SQLException {
        WorkerData data = new WorkerData(
                rs.getLong("household_id"),
                rs.getInt("member_ord"),
                rs.getString("full_name"),
                rs.getString("citizen_id"),
                (Integer) rs.getObject("birth_year"),
                rs.getString("sex"),
                rs.getString("ethnicity"),
                rs.getString("phone"),
                code(General.class, rs.getString("general_education")),
                code(Qualification.class, rs.getString("qualification")),
                rs.getString("qualification_field"),
                code(LabourStatus.class, rs.getString("labour_status")),
                code(InactiveReason.class, rs.getString("inactive_reason")),
                rs.getString("current_job"),
                code(EmploymentKind.class, rs.getString("employment_kind")),
                code(ContractType.class, rs.getString("contract_type")),
                rs.getString("workplace"),
                rs.getString("previous_job"),
                (Integer) rs.getObject("months_unemployed"),
                texts(rs.getArray("skills")),
                rs.getString("training_need"),
                rs.getString("job_need"),
                (Boolean) rs.getObject("willing_commute"),
                (Boolean) rs.getObject("willing_move"),
                (Boolean) rs.getObject("willing_abroad"),
                (Boolean) rs.getObject("exchange_registered"));
        return new Worker(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("code"),
                Worker.HouseholdStanding.valueOf(rs.getString("household_class")),
                data,
                rs.getInt("version"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("changed_by"));
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static <E extends Enum<E>> E code(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
