package vn.giamngheo.review;

import java.util.List;

/** What {@link ReviewSteps} answers to a requested step change: allowed (with warnings) or refused with every reason. */
public sealed interface StepDecision {

    record Allowed(Step from, Step to, List<String> warnings) implements StepDecision {
        public Allowed {
            warnings = List.copyOf(warnings);
        }
    }

    record Refused(Step from, Step to, List<String> reasons) implements StepDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
