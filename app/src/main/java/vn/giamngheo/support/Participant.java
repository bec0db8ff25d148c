package vn.giamngheo.support;

import java.time.LocalDate;

/**
 * A household in one round of a production project: the grant it received under the project and
 * what it owes back under the recovery rule. {@code due} / {@code dueOn} null: not determined (no
 * recovery share, no rule's days, or the round not accepted yet). {@code withdrawn}: its grant was
 * cancelled, {@code withdrawnReason} saying why.
 */
public record Participant(
        long id,
        long projectId,
        int round,
        long householdId,
        String householdCode,
        String headName,
        String householdClass,
        long grantId,
        GrantState state,
        long granted,
        long received,
        Long due,
        LocalDate dueOn,
        long returned,
        Long outstanding,
        boolean overdue,
        boolean rotationFunded,
        boolean withdrawn,
        String withdrawnReason) {}
