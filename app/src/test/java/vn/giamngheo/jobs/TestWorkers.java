package vn.giamngheo.jobs;

import java.util.List;

/** Test-data builder for worker profiles: {@code aWorker().unemployed().withSkills("may")}. */
final class TestWorkers {
    private String name = "Nguyễn Văn A";
    private Integer birthYear = 1995;
    private LabourStatus status = LabourStatus.UNEMPLOYED;
    private LabourStatus.InactiveReason reason;
    private String job;
    private String need = "Công nhân";
    private List<String> skills = List.of();
    private Boolean commute = true;
    private Boolean move;
    private long household = 1;
    private int ord = 0;

    static TestWorkers aWorker() {
        return new TestWorkers();
    }

    TestWorkers named(String n) {
        name = n;
        return this;
    }

    TestWorkers bornIn(Integer year) {
        birthYear = year;
        return this;
    }

    TestWorkers unemployed() {
        status = LabourStatus.UNEMPLOYED;
        return this;
    }

    TestWorkers employedAs(String currentJob, String jobNeed) {
        status = LabourStatus.EMPLOYED;
        job = currentJob;
        need = jobNeed;
        return this;
    }

    TestWorkers inactive(LabourStatus.InactiveReason why) {
        status = LabourStatus.INACTIVE;
        reason = why;
        need = null;
        return this;
    }

    TestWorkers withSkills(String... s) {
        skills = List.of(s);
        return this;
    }

    TestWorkers stayingHome() {
        commute = false;
        return this;
    }

    TestWorkers willingToMove() {
        move = true;
        return this;
    }

    TestWorkers of(long householdId, int memberOrd) {
        household = householdId;
        ord = memberOrd;
        return this;
    }

    WorkerData data() {
        return new WorkerData(
                household,
                ord,
                name,
                null,
                birthYear,
                "M",
                "Kinh",
                null,
                Schooling.General.LOWER_SECONDARY,
                Schooling.Qualification.NONE,
                null,
                status,
                reason,
                job,
                status == LabourStatus.EMPLOYED ? LabourStatus.EmploymentKind.WAGE : null,
                null,
                null,
                null,
                null,
                skills,
                null,
                need,
                commute,
                move,
                null,
                null);
    }
}
