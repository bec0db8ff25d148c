package vn.giamngheo.review;

import java.time.Instant;
import java.time.LocalDate;

/** A village meeting (họp dân) on the results: passes with at least half of the attendees agreeing. */
public record VillageMeeting(
        long id,
        long campaignId,
        long villageId,
        String villageName,
        LocalDate heldOn,
        int attendees,
        int agreeing,
        boolean passed,
        String note,
        Instant recordedAt,
        String recordedBy)
        implements java.io.Serializable {} // shown after a redirect: a flash attribute, kept in the session table
