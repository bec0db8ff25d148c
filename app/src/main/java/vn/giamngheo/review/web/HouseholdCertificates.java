package vn.giamngheo.review.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * The household page's link to its certificate (Mẫu 03): the household's row in the latest
 * recognised campaign that put it on the poor or near-poor list. Template bean {@code
 * householdCertificates}; the certificate itself is served, within the reader's jurisdiction, by
 * {@code GET /api/v1/reviews/{id}/certificates/{rowId}/pdf}. The read binds the reader's
 * jurisdiction itself (the campaign's commune must lie inside it) rather than trusting the page
 * that calls it to have checked the household first.
 */
@Component("householdCertificates")
public class HouseholdCertificates {
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    HouseholdCertificates(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** A certificate: the campaign, the household's row, the list's year and class. */
    public record Link(long campaignId, long rowId, int listYear, String householdClass) {}

    /** The current user's view (template use). */
    public List<Link> of(long householdId) {
        return of(currentUser.actor().jurisdiction(), householdId);
    }

    /** The certificate link of a household, empty when its campaign lies outside {@code reader}. */
    public List<Link> of(Jurisdiction reader, long householdId) {
        return ScopedSql.of(jdbc, reader, """
                        SELECT o.campaign_id, o.review_row_id, c.list_year, o.household_class
                        FROM review_outcome o JOIN review_campaign c ON c.id = o.campaign_id
                        JOIN admin_unit u ON u.id = c.unit_id
                        WHERE o.household_id = :h AND o.household_class IN ('POOR', 'NEAR_POOR')
                          AND o.review_row_id IS NOT NULL AND c.recognition_seq IS NOT NULL
                          AND u.path LIKE ANY (:scope)
                        ORDER BY c.recognition_seq DESC LIMIT 1
                        """)
                .param("h", householdId)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .list();
    }
}
