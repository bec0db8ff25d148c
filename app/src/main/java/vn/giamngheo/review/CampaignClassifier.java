package vn.giamngheo.review;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.IndicatorSet;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.Reason;
import vn.giamngheo.standard.Warning;

/**
 * Classifies one household for a campaign: under the campaign's standard for a periodic or regular
 * review; for a baseline the recognised class is taken as given (its {@code recognizedClass}, the class recognised
 * before the system was used: docs/domain/household-format.md), the ticks still checked against the standard.
 * Pure; problems come as {@link InvalidInput} naming the field.
 */
final class CampaignClassifier {
    private CampaignClassifier() {}

    static Classification classify(CampaignKind kind, PovertyStandard standard, HouseholdInput h) {
        if (kind == CampaignKind.BASELINE) {
            if (h.recognizedClass() == null) {
                throw InvalidInput.of("recognizedClass", Message.of("review.baselineClass"));
            }
            Classification checked = PovertyClassifier.classify(h, standard);
            List<Reason> reasons = List.of(new Reason.RecognisedBefore(h.recognizedClass()));
            return new Classification(
                    standard.id(),
                    standard.version(),
                    h.recognizedClass(),
                    h.deprivations() == null ? checked.deprivations() : h.deprivations(),
                    IndicatorSet.EMPTY,
                    reasons,
                    warnings(checked.warnings(), h));
        }
        if (h.recognizedClass() != null) {
            throw InvalidInput.of("recognizedClass", Message.of("review.classOnlyBaseline"));
        }
        Classification c = PovertyClassifier.classify(h, standard);
        if (h.members() == null || h.members().isEmpty()) {
            return new Classification(
                    c.standardId(),
                    c.standardVersion(),
                    c.householdClass(),
                    c.deprivations(),
                    c.unknown(),
                    c.reasons(),
                    warnings(c.warnings(), h));
        }
        return c;
    }

    static int persons(HouseholdInput h) {
        return h.members() == null ? 0 : h.members().size();
    }

    private static List<Warning> warnings(List<Warning> given, HouseholdInput h) {
        if (h.members() != null && !h.members().isEmpty()) {
            return given;
        }
        List<Warning> more = new ArrayList<>(given);
        more.add(Warning.NoMembers.INSTANCE);
        return more;
    }
}
