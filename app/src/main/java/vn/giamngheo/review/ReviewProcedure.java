package vn.giamngheo.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.Permission;

/**
 * The procedure around the survey (QĐ 24/2021 Art. 4–5): requests (Mẫu 01, Mẫu 04) and their
 * screening (Phiếu A), village meetings, the public posting and its complaints. Each operation is
 * allowed only at its step and audited.
 */
@Service
public class ReviewProcedure {
    private static final Set<String> FORMS = Set.of("M01", "M04");
    private static final Set<String> CHANNELS = Set.of("IN_PERSON", "POST", "ONLINE");
    private final Reviews reviews;
    private final ProcedureStore store;
    private final ReviewHouseholdStore rows;
    private final HouseholdRegistry registry;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    ReviewProcedure(
            Reviews reviews,
            ProcedureStore store,
            ReviewHouseholdStore rows,
            HouseholdRegistry registry,
            AdminUnits units,
            AuditLog audit,
            Clock clock) {
        this.reviews = reviews;
        this.store = store;
        this.rows = rows;
        this.registry = registry;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A request as received: form, date, channel, the registered household (code), who brought it. */
    public record NewRequest(
            String form, LocalDate receivedOn, String channel, String householdCode, String applicant) {}

    @Transactional
    public ReviewRequest receiveRequest(Actor actor, long campaignId, NewRequest r) {
        ReviewCampaign c = editable(actor, campaignId);
        atStep(c, "review.action.requests", Step.LISTING, Step.REQUESTS, Step.SCREENING);
        if (c.kind() == CampaignKind.BASELINE) {
            throw InvalidInput.of("campaignId", Message.of("review.baselineNoRequests"));
        }
        if (r.form() == null || !FORMS.contains(r.form())) {
            throw InvalidInput.of("form", Message.of("review.requestForm"));
        }
        if (r.channel() == null || !CHANNELS.contains(r.channel())) {
            throw InvalidInput.of("channel", Message.of("review.requestChannel"));
        }
        LocalDate received = r.receivedOn() == null ? LocalDate.now(clock) : r.receivedOn();
        if (received.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.of("receivedOn", Message.of("review.future"));
        }
        long householdId = householdInCommune(actor, c, r.householdCode());
        long id = store.insertRequest(
                c.id(),
                r.form(),
                received,
                r.channel(),
                householdId,
                r.householdCode().trim(),
                r.applicant(),
                c.decisionDue(),
                clock.instant(),
                actor.username());
        ReviewRequest created = request(actor, campaignId, id);
        audit.change(actor, "RECEIVE_REQUEST", "ReviewRequest", id, reviews.unitRef(c), null, created);
        return created;
    }

    public List<ReviewRequest> requests(Actor actor, long campaignId) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        List<ReviewRequest> found = store.requests(campaignId, actor.jurisdiction());
        audit.read(actor, "ReviewRequestList", campaignId, reviews.unitRef(c), null);
        return found;
    }

    public ReviewRequest request(Actor actor, long campaignId, long requestId) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        ReviewRequest found = store.request(campaignId, requestId, actor.jurisdiction())
                .orElseThrow(() -> new NotFound("ReviewRequest", requestId));
        audit.read(actor, "ReviewRequest", requestId, reviews.unitRef(c), null);
        return found;
    }

    /**
     * The screening result (Phiếu A): a passing household goes on to the survey; a refusal needs
     * its written reason, kept and printable for the answer to the household.
     */
    @Transactional
    public ReviewRequest screen(
            Actor actor, long campaignId, long requestId, boolean passed, String reason, int version) {
        ReviewCampaign c = editable(actor, campaignId);
        atStep(c, "requests are screened", Step.LISTING, Step.REQUESTS, Step.SCREENING);
        ReviewRequest before = request(actor, campaignId, requestId);
        if (!passed && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("reason", Message.of("review.refusalReason"));
        }
        if (!"RECEIVED".equals(before.status())) {
            throw InvalidInput.of("status", Message.of("review.requestAnswered"));
        }
        if (!store.answerRequest(
                actor.jurisdiction(),
                requestId,
                passed ? "PASSED" : "REFUSED",
                passed ? null : reason.trim(),
                passed ? null : LocalDate.now(clock),
                version,
                clock.instant(),
                actor.username())) {
            throw new ConcurrentEdit("ReviewRequest", requestId);
        }
        if (passed) {
            rows.addHousehold(c.id(), before.householdId(), "REQUEST", clock.instant(), actor.username());
        }
        ReviewRequest after = request(actor, campaignId, requestId);
        audit.change(
                actor,
                passed ? "PASS_REQUEST" : "REFUSE_REQUEST",
                "ReviewRequest",
                requestId,
                reviews.unitRef(c),
                before,
                after);
        return after;
    }

    /** A village meeting: passes with at least half of the attendees; a failed one sends the campaign back to the survey. */
    @Transactional
    public VillageMeeting recordMeeting(
            Actor actor, long campaignId, long villageId, LocalDate heldOn, int attendees, int agreeing, String note) {
        ReviewCampaign c = editable(actor, campaignId);
        atStep(c, "village meetings are held", Step.VILLAGE_MEETING);
        if (!rows.meetingUnits(actor.jurisdiction(), c.id(), c.unitId()).contains(villageId)) {
            AdminUnit unit = units.find(villageId).orElseThrow(() -> new NotFound("AdminUnit", villageId));
            throw InvalidInput.of("villageId", Message.of("review.villageEmpty", unit.fullName()));
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.of("heldOn", Message.of("review.meetingDate"));
        }
        boolean passed;
        try {
            passed = ReviewCalendar.meetingPasses(attendees, agreeing);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(
                    attendees <= 0 ? "attendees" : "agreeing",
                    attendees <= 0
                            ? Message.of("review.meetingAttendees")
                            : Message.of("review.meetingAgreeing", attendees));
        }
        long id = store.insertMeeting(
                c.id(), villageId, heldOn, attendees, agreeing, passed, note, clock.instant(), actor.username());
        VillageMeeting meeting = store.meetings(c.id(), actor.jurisdiction()).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow();
        audit.change(actor, "MEETING", "VillageMeeting", id, reviews.unitRef(c), null, meeting);
        if (!passed) {
            reviews.goBack(
                    actor,
                    c,
                    Step.SURVEY,
                    Message.of(
                            "review.meetingFailed",
                            meeting.villageName(),
                            heldOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                            agreeing,
                            attendees));
        }
        return meeting;
    }

    public List<VillageMeeting> meetings(Actor actor, long campaignId) {
        reviews.get(actor, campaignId);
        return store.meetings(campaignId, actor.jurisdiction());
    }

    /** The posting's start and length in working days (the usual 3 stays marked provisional until a length is given). */
    @Transactional
    public ReviewCampaign setPosting(Actor actor, long campaignId, LocalDate start, Integer workingDays) {
        ReviewCampaign c = editable(actor, campaignId);
        atStep(c, "the posting is set", Step.POSTING);
        ReviewCampaign after = reviews.setPosting(actor, c, start, workingDays);
        audit.change(
                actor,
                "POSTING",
                Reviews.ENTITY,
                c.id(),
                reviews.unitRef(c),
                Map.of("start", String.valueOf(c.postingStart()), "days", c.postingDays()),
                Map.of(
                        "start",
                        String.valueOf(after.postingStart()),
                        "days",
                        after.postingDays(),
                        "end",
                        String.valueOf(after.postingEnd())));
        return after;
    }

    @Transactional
    public Complaint receiveComplaint(
            Actor actor, long campaignId, String householdCode, LocalDate receivedOn, String text) {
        ReviewCampaign c = editable(actor, campaignId);
        atStep(c, "review.action.complaints", Step.POSTING, Step.REPORTING, Step.RECOGNITION);
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("text", Message.of("review.complaintText"));
        }
        LocalDate received = receivedOn == null ? LocalDate.now(clock) : receivedOn;
        Long householdId =
                householdCode == null || householdCode.isBlank() ? null : householdInCommune(actor, c, householdCode);
        long id = store.insertComplaint(c.id(), householdId, received, text.trim(), clock.instant(), actor.username());
        Complaint created = complaint(actor, campaignId, id);
        audit.change(actor, "COMPLAINT", "ReviewComplaint", id, reviews.unitRef(c), null, created);
        return created;
    }

    /** Records the re-check (phúc tra) of a complaint; until then recognition is refused. */
    @Transactional
    public Complaint resolveComplaint(Actor actor, long campaignId, long complaintId, String result, int version) {
        ReviewCampaign c = editable(actor, campaignId);
        if (result == null || result.isBlank()) {
            throw InvalidInput.of("result", Message.of("review.recheckResult"));
        }
        Complaint before = complaint(actor, campaignId, complaintId);
        if (!store.resolveComplaint(
                actor.jurisdiction(),
                c.id(),
                complaintId,
                result.trim(),
                LocalDate.now(clock),
                version,
                clock.instant(),
                actor.username())) {
            throw new ConcurrentEdit("ReviewComplaint", complaintId);
        }
        Complaint after = complaint(actor, campaignId, complaintId);
        audit.change(actor, "RESOLVE_COMPLAINT", "ReviewComplaint", complaintId, reviews.unitRef(c), before, after);
        return after;
    }

    public List<Complaint> complaints(Actor actor, long campaignId) {
        ReviewCampaign c = reviews.get(actor, campaignId);
        List<Complaint> found = store.complaints(campaignId, actor.jurisdiction());
        audit.read(actor, "ReviewComplaintList", campaignId, reviews.unitRef(c), null);
        return found;
    }

    private Complaint complaint(Actor actor, long campaignId, long complaintId) {
        return complaints(actor, campaignId).stream()
                .filter(x -> x.id() == complaintId)
                .findFirst()
                .orElseThrow(() -> new NotFound("ReviewComplaint", complaintId));
    }

    private ReviewCampaign editable(Actor actor, long campaignId) {
        actor.require(Permission.REVIEW_EDIT);
        return reviews.get(actor, campaignId);
    }

    private long householdInCommune(Actor actor, ReviewCampaign c, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("householdCode", Message.of("review.householdCodeMissing"));
        }
        long id = registry.idByCode(actor, code.trim())
                .orElseThrow(
                        () -> InvalidInput.of("householdCode", Message.of("review.householdUnknown", code.trim())));
        var h = registry.get(actor, id);
        String communePath = units.get(c.unitId()).path();
        if (h.voided() || !units.get(h.data().unitId()).path().startsWith(communePath)) {
            throw InvalidInput.of(
                    "householdCode",
                    Message.of("review.householdElsewhere", h.data().code(), c.communeName()));
        }
        return id;
    }

    private static void atStep(ReviewCampaign c, String what, Step... steps) {
        if (!List.of(steps).contains(c.step())) {
            throw InvalidInput.of(
                    "step",
                    Message.of(
                            "review.wrongStep",
                            Message.of(what),
                            String.join(
                                    ", ",
                                    List.of(steps).stream().map(s -> s.name()).toList()),
                            Message.of("step." + c.step())));
        }
    }
}
