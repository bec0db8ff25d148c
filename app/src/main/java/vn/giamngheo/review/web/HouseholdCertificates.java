package vn.giamngheo.review.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household page's link to its certificate (Mẫu 03): the household's row in the latest
 * recognised campaign that put it on the poor or near-poor list. Template bean {@code
 * householdCertificates}; the certificate itself is served, within the reader's jurisdiction, by
 * {@code GET /api/v1/reviews/{id}/certificates/{rowId}/pdf}.
 */
@Component("householdCertificates")
public class HouseholdCertificates {
    private final JdbcClient jdbc;

    HouseholdCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A certificate: the campaign, the household's row, the list's year and class. */
    public record Link(long campaignId, long rowId, int listYear, String householdClass) {}

    public List<Link> of(long householdId) {
        return jdbc.sql("""
                        SELECT o.campaign_id, o.review_row_id, c.list_year, o.household_class
                        FROM review_outcome o JOIN review_campaign c ON c.id = o.campaign_id
                        WHERE o.household_id = :h AND o.household_class IN ('POOR', 'NEAR_POOR')
                          AND o.review_row_id IS NOT NULL AND c.recognition_seq IS NOT NULL
                        ORDER BY c.recognition_seq DESC LIMIT 1
                        """)
                .param("h", householdId)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .list();
    }
}
