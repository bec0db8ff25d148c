package vn.giamngheo.support;

import java.time.LocalDate;
import java.util.List;

/**
 * A grant as proposed: the household (its id, or its code in a batch), a member by order or citizen
 * ID for a content given per person, the content, the source, optionally the production project,
 * the period (its first day; its last day for a range), the amount in đồng and in-kind items.
 */
public record NewGrant(
        Long householdId,
        String householdCode,
        Integer memberOrd,
        String memberCitizenId,
        Long contentId,
        String source,
        Long projectId,
        LocalDate from,
        LocalDate until,
        Long amount,
        List<SupportGrant.Item> items) {}
