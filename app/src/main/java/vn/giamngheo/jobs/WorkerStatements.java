package vn.giamngheo.jobs;

import java.util.HashMap;
import java.util.Map;

/** A profile's fields as the parameters of the insert and the update. */
final class WorkerStatements {
    private WorkerStatements() {}

    static Map<String, Object> params(WorkerData d) {
        Map<String, Object> p = new HashMap<>();
        p.put("household", d.householdId());
        p.put("ord", d.memberOrd());
        p.put("name", d.fullName() == null ? null : d.fullName().trim());
        p.put("citizenId", WorkerRows.blankToNull(d.citizenId()));
        p.put("birthYear", d.birthYear());
        p.put("sex", WorkerRows.blankToNull(d.sex()));
        p.put("ethnicity", WorkerRows.blankToNull(d.ethnicity()));
        p.put("phone", WorkerRows.blankToNull(d.phone()));
        p.put("general", WorkerRows.name(d.generalEducation()));
        p.put("qualification", WorkerRows.name(d.qualification()));
        p.put("field", WorkerRows.blankToNull(d.qualificationField()));
        p.put("status", WorkerRows.name(d.labourStatus()));
        p.put("inactive", WorkerRows.name(d.inactiveReason()));
        p.put("job", WorkerRows.blankToNull(d.currentJob()));
        p.put("kind", WorkerRows.name(d.employmentKind()));
        p.put("contract", WorkerRows.name(d.contractType()));
        p.put("workplace", WorkerRows.blankToNull(d.workplace()));
        p.put("previous", WorkerRows.blankToNull(d.previousJob()));
        p.put("months", d.monthsUnemployed());
        p.put("skills", d.skills().toArray(new String[0]));
        p.put("training", WorkerRows.blankToNull(d.trainingNeed()));
        p.put("need", WorkerRows.blankToNull(d.jobNeed()));
        p.put("commute", d.willingCommute());
        p.put("move", d.willingMove());
        p.put("abroad", d.willingAbroad());
        p.put("registered", d.exchangeRegistered());
        return p;
    }
}
