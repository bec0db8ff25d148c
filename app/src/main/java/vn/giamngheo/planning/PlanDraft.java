package vn.giamngheo.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import vn.giamngheo.planning.extraction.DocumentReference;
import vn.giamngheo.planning.extraction.ExtractedTask;
import vn.giamngheo.planning.extraction.HelperRow;
import vn.giamngheo.planning.extraction.PlanExtraction;
import vn.giamngheo.planning.extraction.ReportingDuty;
import vn.giamngheo.planning.extraction.TargetRow;

/**
 * A plan as the official saves it: the extraction the import answered, as reviewed and corrected
 * (same field names, so the import's JSON can be posted back as it is), plus the unit the plan is
 * for and the years it covers (guessed from the title when left out, {@link PlanPeriod}).
 */
public record PlanDraft(
        Long unitId,
        Integer periodFrom,
        Integer periodTo,
        String number,
        String symbol,
        String date,
        String place,
        String issuer,
        String title,
        @JsonProperty("implements") List<DocumentReference> implemented,
        List<String> purposes,
        List<String> targets,
        List<String> funding,
        List<ExtractedTask> tasks,
        List<ExtractedTask> organisation,
        List<ReportingDuty> reportingDuties,
        List<TargetRow> targetRows,
        List<HelperRow> helperRows,
        List<String> distribution,
        List<String> unmatched,
        List<String> warnings) {

    public PlanDraft {
        implemented = list(implemented);
        purposes = list(purposes);
        targets = list(targets);
        funding = list(funding);
        tasks = list(tasks);
        organisation = list(organisation);
        reportingDuties = list(reportingDuties);
        targetRows = list(targetRows);
        helperRows = list(helperRows);
        distribution = list(distribution);
        unmatched = list(unmatched);
        warnings = list(warnings);
    }

    /** The extraction as it was read, for a unit; the period guessed from the title. */
    public static PlanDraft of(PlanExtraction e, long unitId) {
        PlanPeriod period = PlanPeriod.guess(e.title(), e.date());
        return new PlanDraft(
                unitId,
                period.from(),
                period.to(),
                e.number(),
                e.symbol(),
                e.date(),
                e.place(),
                e.issuer(),
                e.title(),
                e.implemented(),
                e.purposes(),
                e.targets(),
                e.funding(),
                e.tasks(),
                e.organisation(),
                e.reportingDuties(),
                e.targetRows(),
                e.helperRows(),
                e.distribution(),
                e.unmatched(),
                e.warnings());
    }

    public PlanDraft withUnit(Long unit) {
        return with(unit, periodFrom, periodTo, date);
    }

    public PlanDraft withPeriod(Integer from, Integer to) {
        return with(unitId, from, to, date);
    }

    public PlanDraft withDate(String day) {
        return with(unitId, periodFrom, periodTo, day);
    }

    /** This draft with the fields a reviewer sets (unit, period, date) replaced. */
    private PlanDraft with(Long unit, Integer from, Integer to, String day) {
        return new PlanDraft(
                unit,
                from,
                to,
                number,
                symbol,
                day,
                place,
                issuer,
                title,
                implemented,
                purposes,
                targets,
                funding,
                tasks,
                organisation,
                reportingDuties,
                targetRows,
                helperRows,
                distribution,
                unmatched,
                warnings);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(l));
    }
}
