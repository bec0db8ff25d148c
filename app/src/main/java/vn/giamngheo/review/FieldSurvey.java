package vn.giamngheo.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyStandard;

/**
 * The survey done on a reviewer's phone without a connection (decision 1701): the campaigns the
 * reviewer may survey, the download of their village (only what the form needs), and the surveys
 * sent back — each once, by the id the phone gave it, never over a row changed meanwhile.
 *
 * <p>A village reviewer's jurisdiction is their village; the campaign belongs to the commune. They
 * reach a campaign through its rows in their village and only those rows; a commune official
 * reaches all of the commune's.
 */
@Service
public class FieldSurvey {
    static final String ENTITY = "FieldSubmission";
    private final CampaignStore campaigns;
    private final ReviewHouseholdStore rows;
    private final FieldSubmissionStore submissions;
    private final ReviewSurvey survey;
    private final Reviews reviews;
    private final HouseholdRegistry registry;
    private final AuditLog audit;
    private final Clock clock;
    private final int keepDays;

    FieldSurvey(
            CampaignStore campaigns,
            ReviewHouseholdStore rows,
            FieldSubmissionStore submissions,
            ReviewSurvey survey,
            Reviews reviews,
            HouseholdRegistry registry,
            AuditLog audit,
            Clock clock,
            @Value("${giamngheo.field.keep-days:14}") int keepDays) {
        this.campaigns = campaigns;
        this.rows = rows;
        this.submissions = submissions;
        this.survey = survey;
        this.reviews = reviews;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
        this.keepDays = Math.max(1, keepDays);
    }

    /** A household as the phone gets it: its row (version, class) and where its form starts. */
    public record FieldHousehold(ReviewHousehold row, HouseholdInput start) {}

    /** What the phone keeps for a campaign, and until when at the latest. */
    public record FieldBundle(
            ReviewCampaign campaign,
            PovertyStandard standard,
            List<FieldHousehold> households,
            Instant downloadedAt,
            Instant keepUntil) {}

    /** What became of a send: STORED or CONFLICT, and the row as the server holds it now. */
    public record FieldReceipt(UUID clientId, String outcome, ReviewHousehold current, String sentInput) {}

    /** Days the phone keeps a download before it removes it (configurable, decision 1703). */
    public int keepDays() {
        return keepDays;
    }

    /** Campaigns at their survey step with households in the actor's reach. */
    public List<ReviewCampaign> campaigns(Actor actor) {
        actor.require(Permission.REVIEW_EDIT);
        return campaigns.withRowsInReach(null, actor.jurisdiction()).stream()
                .filter(c -> c.kind().surveyOpen(c.step()))
                .toList();
    }

    /** The campaign if some of its households are in reach, else NotFound / OutsideJurisdiction. */
    public ReviewCampaign campaign(Actor actor, long campaignId) {
        actor.require(Permission.REVIEW_EDIT);
        List<ReviewCampaign> found = campaigns.withRowsInReach(campaignId, actor.jurisdiction());
        if (found.isEmpty()) {
            throw campaigns.exists(campaignId)
                    ? new OutsideJurisdiction(ReviewSurvey.ENTITY, campaignId)
                    : new NotFound("ReviewCampaign", campaignId);
        }
        return found.get(0);
    }

    /**
     * The download of a campaign for the phone: the households in reach (the village's, for a
     * reviewer) with their members, dwelling and last answers, and the standard. Refused once the
     * campaign has left its survey step. One audit entry for the whole download.
     */
    public FieldBundle bundle(Actor actor, long campaignId) {
        ReviewCampaign c = campaign(actor, campaignId);
        if (!c.kind().surveyOpen(c.step())) {
            throw InvalidInput.of("step", Message.of("review.surveyClosed", Message.of("step." + c.step())));
        }
        List<ReviewHousehold> inReach = rows.allInReach(campaignId, actor.jurisdiction());
        List<Long> toStart = inReach.stream()
                .filter(r -> r.input() == null)
                .map(ReviewHousehold::householdId)
                .toList();
        Map<Long, Household> registered = new java.util.HashMap<>();
        if (!toStart.isEmpty()) {
            for (Household h : registry.getMany(actor, toStart, c.unitId(), "offline download of campaign " + c.id())) {
                registered.put(h.id(), h);
            }
        }
        Map<Long, String> last =
                toStart.isEmpty() ? Map.of() : rows.lastAnswers(toStart, campaignId, actor.jurisdiction());
        List<FieldHousehold> households = new ArrayList<>(inReach.size());
        for (ReviewHousehold r : inReach) {
            HouseholdInput start;
            if (r.input() != null) {
                start = ExchangeFormat.parse(r.input());
            } else if (registered.containsKey(r.householdId())) {
                start = SurveyStart.of(
                        r.householdCode(),
                        registered.get(r.householdId()),
                        readable(last.get(r.householdId())),
                        c.year());
            } else {
                continue; // registered now outside the reader's reach: not sent to the phone
            }
            households.add(new FieldHousehold(r, start));
        }
        audit.read(actor, ReviewSurvey.ENTITY + "List", campaignId, unitOf(c, inReach), "offline download");
        Instant now = clock.instant();
        return new FieldBundle(c, survey.standard(c), households, now, now.plus(Duration.ofDays(keepDays)));
    }

    /** Where a read of several rows is recorded: their village when they share one, else the commune. */
    private vn.giamngheo.audit.AuditLog.UnitRef unitOf(ReviewCampaign c, List<ReviewHousehold> read) {
        List<Long> villages =
                read.stream().map(ReviewHousehold::villageId).distinct().toList();
        return reviews.unitRef(c, villages.size() == 1 ? villages.get(0) : null);
    }

    private static HouseholdInput readable(String line) {
        if (line == null) {
            return null;
        }
        try {
            return ExchangeFormat.parse(line);
        } catch (InvalidInput unreadableOldLine) {
            return null;
        }
    }

    /**
     * Stores a survey sent from the phone, once per {@code clientId}: a resend answers what the
     * first send did. A row changed since {@code baseVersion} is not overwritten: the send is kept
     * as a CONFLICT and the answer carries the server's row. Bad answers are refused whole (nothing
     * recorded). {@code replaces}: the conflict this send settles by sending the phone's answers again.
     */
    @Transactional
    public FieldReceipt submit(
            Actor actor,
            long campaignId,
            UUID clientId,
            long rowId,
            int baseVersion,
            String line,
            Instant savedOnPhone,
            UUID replaces) {
        if (clientId == null) {
            throw InvalidInput.of("clientId", Message.of("review.field.clientIdMissing"));
        }
        ReviewCampaign c = campaign(actor, campaignId);
        ReviewHousehold before = rows.findInReach(campaignId, rowId, actor.jurisdiction())
                .orElseThrow(() -> new NotFound(ReviewSurvey.ENTITY, rowId));
        HouseholdInput input = ExchangeFormat.parse(line);
        String normalised = ExchangeFormat.write(input);
        Instant now = clock.instant();
        var claimed = submissions.claim(
                clientId,
                campaignId,
                rowId,
                before.householdCode(),
                baseVersion,
                normalised,
                savedOnPhone,
                now,
                actor.username());
        if (claimed.isEmpty()) {
            return again(actor, c, clientId);
        }
        try {
            ReviewHousehold after = survey.store(actor, c, before, input, baseVersion);
            submissions.stored(claimed.get(), after.version(), after.householdClass());
            if (replaces != null) {
                submissions.close(replaces, campaignId, "SENT_AGAIN", now, actor.username());
            }
            return new FieldReceipt(clientId, "STORED", after, normalised);
        } catch (ConcurrentEdit changedMeanwhile) {
            ReviewHousehold theirs = rows.findInReach(campaignId, rowId, actor.jurisdiction())
                    .orElseThrow(() -> new NotFound(ReviewSurvey.ENTITY, rowId));
            audit.change(
                    actor,
                    "FIELD_CONFLICT",
                    ENTITY,
                    claimed.get(),
                    reviews.unitRef(c, before.villageId()),
                    null,
                    Map.of(
                            "household",
                            before.householdCode(),
                            "baseVersion",
                            baseVersion,
                            "serverVersion",
                            theirs.version()));
            return new FieldReceipt(clientId, "CONFLICT", theirs, normalised);
        }
    }

    /** A send seen before: what it became, told again (only to whoever sent it). */
    private FieldReceipt again(Actor actor, ReviewCampaign c, UUID clientId) {
        FieldSubmission first = submissions.find(clientId).orElseThrow();
        if (!first.createdBy().equals(actor.username()) || first.campaignId() != c.id()) {
            throw InvalidInput.of("clientId", Message.of("review.field.clientIdTaken"));
        }
        ReviewHousehold now = rows.findInReach(c.id(), first.rowId(), actor.jurisdiction())
                .orElseThrow(() -> new NotFound(ReviewSurvey.ENTITY, first.rowId()));
        audit.read(
                actor,
                ReviewSurvey.ENTITY,
                first.rowId(),
                reviews.unitRef(c, now.villageId()),
                "resend of a field survey");
        return new FieldReceipt(clientId, first.outcome(), now, first.input());
    }

    /** The reviewer (or the commune official) keeps the server's answers: the conflict is closed. */
    @Transactional
    public void keepTheirs(Actor actor, long campaignId, UUID clientId) {
        ReviewCampaign c = campaign(actor, campaignId);
        FieldSubmission s = submissions
                .find(clientId)
                .filter(f -> f.campaignId() == campaignId)
                .orElseThrow(() -> new NotFound(ENTITY, clientId));
        ReviewHousehold row = rows.findInReach(campaignId, s.rowId(), actor.jurisdiction())
                .orElseThrow(() -> new OutsideJurisdiction(ENTITY, clientId));
        if (!submissions.close(clientId, campaignId, "KEPT_THEIRS", clock.instant(), actor.username())) {
            throw InvalidInput.of("clientId", Message.of("review.field.notOpen"));
        }
        audit.change(
                actor,
                "FIELD_KEEP_THEIRS",
                ENTITY,
                s.id(),
                reviews.unitRef(c, row.villageId()),
                null,
                Map.of("household", s.householdCode()));
    }

    /** A conflict still open, with the row as the server holds it now. */
    public record FieldConflict(FieldSubmission sent, ReviewHousehold current) {}

    /** The conflicts still open in a campaign, on rows in the actor's reach. */
    public List<FieldConflict> conflicts(Actor actor, long campaignId) {
        ReviewCampaign c = campaign(actor, campaignId);
        Map<Long, ReviewHousehold> byId = new java.util.LinkedHashMap<>();
        for (ReviewHousehold r : rows.allInReach(campaignId, actor.jurisdiction())) {
            byId.put(r.id(), r);
        }
        List<FieldConflict> open = new ArrayList<>();
        for (FieldSubmission s : submissions.openConflicts(campaignId, List.copyOf(byId.keySet()))) {
            open.add(new FieldConflict(s, byId.get(s.rowId())));
        }
        audit.read(actor, ENTITY + "List", campaignId, unitOf(c, List.copyOf(byId.values())), "open conflicts");
        return open;
    }
}
