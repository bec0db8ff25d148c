package vn.giamngheo.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.PovertyStandards;

/**
 * The survey of one household of a campaign (TT 07/2021 forms): read it, preview its
 * classification while the form is filled in, save it. A save names the version it was based on
 * and is refused (409) when another official saved the household in between — never a silent
 * overwrite.
 */
@Service
public class ReviewSurvey {
    static final String ENTITY = "ReviewHousehold";
    private final Reviews reviews;
    private final ReviewHouseholdStore rows;
    private final OutcomeStore outcomes;
    private final PovertyStandards standards;
    private final AuditLog audit;
    private final Clock clock;
    private final HouseholdRegistry registry;

    ReviewSurvey(
            Reviews reviews,
            ReviewHouseholdStore rows,
            OutcomeStore outcomes,
            PovertyStandards standards,
            AuditLog audit,
            Clock clock,
            HouseholdRegistry registry) {
        this.registry = registry;
        this.reviews = reviews;
        this.rows = rows;
        this.outcomes = outcomes;
        this.standards = standards;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the campaign's households; {@code klass} may be UNCLASSIFIED. */
    public List<ReviewHousehold> households(Actor actor, long campaignId, String klass, String q, int page, int size) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        List<ReviewHousehold> found = rows.page(
                campaignId, actor.jurisdiction(), klass, q, Math.max(0, page), Math.max(1, Math.min(size, 1000)));
        audit.read(
                actor, ENTITY + "List", campaignId, reviews.unitRef(c), "class=" + klass + " q=" + q + " page=" + page);
        return found;
    }

    public ReviewHousehold household(Actor actor, long campaignId, long rowId) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        ReviewHousehold row =
                rows.find(campaignId, rowId, actor.jurisdiction()).orElseThrow(() -> new NotFound(ENTITY, rowId));
        audit.read(actor, ENTITY, rowId, reviews.unitRef(c), null);
        return row;
    }

    /**
     * What the form shows: the answers saved in this campaign, or, before the first save, the
     * registry's members and dwelling with the last survey's answers ({@link SurveyStart}).
     */
    public HouseholdInput startingInput(Actor actor, ReviewHousehold row) {
        if (row.input() != null) {
            return ExchangeFormat.parse(row.input());
        }
        ReviewCampaign c = reviews.get(actor, row.campaignId());
        HouseholdInput last = rows.lastAnswers(row.householdId(), row.campaignId(), actor.jurisdiction())
                .map(line -> {
                    try {
                        return ExchangeFormat.parse(line);
                    } catch (InvalidInput unreadableOldLine) {
                        return null;
                    }
                })
                .orElse(null);
        return SurveyStart.of(row.householdCode(), registry.get(actor, row.householdId()), last, c.year());
    }

    /** The next household of the campaign not surveyed yet ("save and next"), if any. */
    public java.util.Optional<Long> nextToSurvey(Actor actor, long campaignId, long rowId) {
        reviews.get(actor, campaignId);
        return rows.nextToSurvey(campaignId, rowId, actor.jurisdiction());
    }

    public PovertyStandard standard(ReviewCampaign c) {
        return standards.get(c.standardId(), c.standardVersion());
    }

    /** The classification a household would get in this campaign, without saving anything. */
    public Classification preview(Actor actor, long campaignId, HouseholdInput input) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        return CampaignClassifier.classify(c.kind(), standard(c), input);
    }

    /** Saves a survey given as one exchange-format line (read strictly). */
    @Transactional
    public ReviewHousehold save(Actor actor, long campaignId, long rowId, String line, int expectedVersion) {
        return save(actor, campaignId, rowId, ExchangeFormat.parse(line), expectedVersion);
    }

    @Transactional
    public ReviewHousehold save(Actor actor, long campaignId, long rowId, HouseholdInput input, int expectedVersion) {
        actor.require(Permission.REVIEW_EDIT);
        ReviewCampaign c = reviews.get(actor, campaignId);
        if (!c.kind().surveyOpen(c.step())) {
            throw InvalidInput.of("step", Message.of("review.surveyClosed", Message.of("step." + c.step())));
        }
        return store(actor, c, household(actor, campaignId, rowId), input, expectedVersion);
    }

    /**
     * Classifies and stores a survey of a row already read in the actor's reach (the form, or a
     * village reviewer's phone through {@link FieldSurvey}); {@link ConcurrentEdit} when the row is
     * no longer at {@code expectedVersion}. Runs in the caller's transaction.
     */
    ReviewHousehold store(
            Actor actor, ReviewCampaign c, ReviewHousehold before, HouseholdInput input, int expectedVersion) {
        actor.require(Permission.REVIEW_EDIT);
        if (!c.kind().surveyOpen(c.step())) {
            throw InvalidInput.of("step", Message.of("review.surveyClosed", Message.of("step." + c.step())));
        }
        long rowId = before.id();
        if (!input.ref().trim().equals(before.householdCode())) {
            throw InvalidInput.of("ref", Message.of("review.refMismatch", input.ref(), before.householdCode()));
        }
        Classification classification = CampaignClassifier.classify(c.kind(), standard(c), input);
        if (!rows.saveSurvey(
                actor.jurisdiction(),
                rowId,
                ExchangeFormat.write(input),
                classification,
                CampaignClassifier.persons(input),
                expectedVersion,
                clock.instant(),
                actor.username())) {
            throw new ConcurrentEdit(ENTITY, before.householdCode());
        }
        outcomes.refreshRow(c, rowId);
        ReviewHousehold after =
                rows.findInReach(c.id(), rowId, actor.jurisdiction()).orElseThrow(() -> new NotFound(ENTITY, rowId));
        audit.change(
                actor,
                "SURVEY",
                ENTITY,
                rowId,
                reviews.unitRef(c, before.villageId()),
                Map.of("class", String.valueOf(before.householdClass()), "input", String.valueOf(before.input())),
                Map.of("class", after.householdClass(), "input", after.input()));
        return after;
    }
}
