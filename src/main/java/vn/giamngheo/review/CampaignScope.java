package vn.giamngheo.review;

import java.util.HashMap;
import java.util.Map;
import vn.giamngheo.shared.Actor;

/**
 * The jurisdiction condition for campaign data: every query joins the campaign's commune as
 * {@code cu} ({@code admin_unit}) and puts this condition on {@code cu.path} in its WHERE clause.
 */
record CampaignScope(String condition, Map<String, Object> params) {

    static CampaignScope of(Actor actor) {
        return new CampaignScope(
                actor.jurisdiction().sqlCondition("cu.path"),
                actor.jurisdiction().sqlParameters());
    }

    /** The condition that the campaign {@code campaignId} (a column of the outer statement) is within reach. */
    String campaign(String campaignId) {
        return "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = "
                + campaignId + " AND " + condition + ")";
    }

    /** The parameters with more added. */
    Map<String, Object> with(Object... keysAndValues) {
        Map<String, Object> all = new HashMap<>(params);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            all.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return all;
    }
}
