package vn.giamngheo.review;

import java.util.List;
import vn.giamngheo.shared.Message;

/** What {@link ReviewSteps} answers to a requested step change: allowed (with warnings) or refused with every reason. */
public sealed interface StepDecision {

    record Allowed(Step from, Step to, List<Message> warnings) implements StepDecision {
        public Allowed {
            warnings = List.copyOf(warnings);
        }
    }

    record Refused(Step from, Step to, List<Message> reasons) implements StepDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
