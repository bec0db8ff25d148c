package vn.giamngheo.review;

import java.time.Instant;

/** One recorded step change of a campaign: who, when, from, to, forward or back, and why. */
public record StepChange(Step from, Step to, String direction, String reason, String data, Instant at, String by) {}
