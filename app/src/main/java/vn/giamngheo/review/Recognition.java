package vn.giamngheo.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.household.HouseholdBulk;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Jurisdiction;

/**
 * What the chairman's decision brings (QĐ 24/2021 Art. 4 step 6): the outcome is frozen (the lists
 * in force and the flows), each household's class is recorded in the registry, the requests are
 * answered, and the poor and near-poor households get certificate numbers (Mẫu 03, "…/GCN-HN.HCN").
 */
@Component
class Recognition {
    private final OutcomeStore outcomes;
    private final CampaignStore campaigns;
    private final ProcedureStore procedure;
    private final HouseholdBulk registry;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Recognition(
            OutcomeStore outcomes,
            CampaignStore campaigns,
            ProcedureStore procedure,
            HouseholdBulk registry,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.campaigns = campaigns;
        this.procedure = procedure;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Called inside the transaction that moved the campaign to RECOGNISED. */
    void recognise(Actor actor, ReviewCampaign c, StepFacts.Decision decision) {
        Jurisdiction scope = actor.jurisdiction();
        // before the recognition is numbered: the open outcome is computed against the lists in force now
        outcomes.freeze(c.id(), scope);
        campaigns.setDecision(scope, c.id(), decision, clock.instant(), actor.username());
        Map<Long, String> classes = new LinkedHashMap<>();
        jdbc.sql("SELECT household_id, household_class FROM review_household WHERE campaign_id = :id"
                        + " AND household_class IN ('POOR', 'NEAR_POOR', 'MIDDLE', 'NOT_POOR') ORDER BY id")
                .param("id", c.id())
                .query(rs -> {
                    classes.put(rs.getLong(1), rs.getString(2));
                });
        registry.recordRecognisedClasses(actor, classes, c.standardId(), c.listYear());
        procedure.decideRequests(
                c.id(), decision.date() == null ? null : decision.date(), clock.instant(), actor.username());
        jdbc.sql("""
                        UPDATE review_household rh SET certificate_no = n.no FROM (
                            SELECT rh2.id, row_number() OVER (ORDER BY v.name NULLS FIRST, h.search_name, rh2.id) AS no
                            FROM review_household rh2 JOIN household_register h ON h.id = rh2.household_id
                            LEFT JOIN admin_unit v ON v.id = rh2.village_id
                            WHERE rh2.campaign_id = :id AND rh2.household_class IN ('POOR', 'NEAR_POOR')) n
                        WHERE rh.id = n.id
                        """).param("id", c.id()).update();
        events.publishEvent(new ReviewRecognised(c.id(), c.unitId(), c.listYear()));
    }
}
