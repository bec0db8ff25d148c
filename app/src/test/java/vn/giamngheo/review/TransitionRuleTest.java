package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TransitionRule.Found;
import static vn.giamngheo.review.TransitionRule.ListClass;
import static vn.giamngheo.review.TransitionRule.reviewed;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionRuleTest {

    static Transition t(ListClass before, Found found) {
        return reviewed(before, found, false, false).transition();
    }

    @Test
    void aPoorHouseholdFoundPoorAgainStayed() {
        assertThat(t(ListClass.POOR, Found.POOR)).isEqualTo(Transition.STAYED);
        assertThat(t(ListClass.NEAR_POOR, Found.NEAR_POOR)).isEqualTo(Transition.STAYED);
    }

    @Test
    void aPoorHouseholdAboveTheNearPoorLineEscapedPoverty() {
        assertThat(reviewed(ListClass.POOR, Found.ABOVE, false, true))
                .isEqualTo(new TransitionRule.Outcome(Transition.ESCAPED_POVERTY, ListClass.NONE));
        assertThat(t(ListClass.NEAR_POOR, Found.ABOVE)).isEqualTo(Transition.ESCAPED_NEAR_POVERTY);
    }

    @Test
    void movesBetweenPoorAndNearPoorAreTheirOwnTransitions() {
        assertThat(t(ListClass.POOR, Found.NEAR_POOR)).isEqualTo(Transition.POOR_TO_NEAR_POOR);
        assertThat(t(ListClass.NEAR_POOR, Found.POOR)).isEqualTo(Transition.NEAR_POOR_TO_POOR);
    }

    @Test
    void aHouseholdOnNoListBeforeIsNewlyPoorOrNearPoor() {
        assertThat(t(ListClass.NONE, Found.POOR)).isEqualTo(Transition.NEWLY_POOR);
        assertThat(t(ListClass.NONE, Found.NEAR_POOR)).isEqualTo(Transition.NEWLY_NEAR_POOR);
    }

    @Test
    void aHouseholdThatWasOnAnEarlierListButNotThePreviousOneFellBack() {
        assertThat(reviewed(ListClass.NONE, Found.POOR, false, true).transition())
                .isEqualTo(Transition.FELL_BACK_POOR);
        assertThat(reviewed(ListClass.NONE, Found.NEAR_POOR, false, true).transition())
                .isEqualTo(Transition.FELL_BACK_NEAR_POOR);
    }

    @Test
    void aHouseholdOnAnotherCommunesListInForceMovedIn() {
        assertThat(reviewed(ListClass.NONE, Found.POOR, true, true).transition())
                .isEqualTo(Transition.MOVED_IN);
        assertThat(reviewed(ListClass.NONE, Found.NEAR_POOR, true, false).transition())
                .isEqualTo(Transition.MOVED_IN);
    }

    @Test
    void aHouseholdAboveTheLineAndOnNoListBeforeHasNoTransition() {
        assertThat(reviewed(ListClass.NONE, Found.ABOVE, true, true))
                .isEqualTo(new TransitionRule.Outcome(null, ListClass.NONE));
    }

    @Test
    void aHouseholdNotYetClassifiedKeepsItsPreviousClassInAPreview() {
        assertThat(reviewed(ListClass.POOR, Found.UNKNOWN, false, false))
                .isEqualTo(new TransitionRule.Outcome(Transition.STAYED, ListClass.POOR));
        assertThat(reviewed(ListClass.NONE, Found.UNKNOWN, false, false))
                .isEqualTo(new TransitionRule.Outcome(null, ListClass.NONE));
    }

    @Test
    void aHouseholdOfThePreviousListNowRegisteredElsewhereMovedOutAndOneStillHereIsCarriedOver() {
        assertThat(TransitionRule.notReviewed(ListClass.NEAR_POOR, false))
                .isEqualTo(new TransitionRule.Outcome(Transition.MOVED_OUT, ListClass.NONE));
        assertThat(TransitionRule.notReviewed(ListClass.POOR, true))
                .isEqualTo(new TransitionRule.Outcome(Transition.STAYED, ListClass.POOR));
    }

    @Test
    void theTableCoversEveryCaseAndEveryReviewedTransition() {
        assertThat(TransitionRule.table()).hasSize(3 * 4 * 2 * 2);
        Set<Transition> seen = EnumSet.noneOf(Transition.class);
        TransitionRule.table().forEach(c -> {
            if (c.outcome().transition() != null) {
                seen.add(c.outcome().transition());
            }
        });
        assertThat(seen).isEqualTo(EnumSet.complementOf(EnumSet.of(Transition.MOVED_OUT)));
    }
}
