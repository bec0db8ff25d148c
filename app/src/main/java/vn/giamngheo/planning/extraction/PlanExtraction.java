package vn.giamngheo.planning.extraction;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a plan document says, as read, for an official to review and correct before anything is
 * saved. {@code date} is as precise as the plan ("2020-02-19", "2022-05", "2024"); {@code symbol}
 * is the form of the number ("KH-UBND") even when the number itself is blank. {@code tasks} are the
 * items of the content parts — and of "TỔ CHỨC THỰC HIỆN" when that is where the plan assigns its
 * work; otherwise that part's items are in {@code organisation}. {@code unmatched} lists every unit
 * no agency was found for; {@code warnings} everything else that could not be placed.
 */
public record PlanExtraction(
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
        List<String> warnings) {}
