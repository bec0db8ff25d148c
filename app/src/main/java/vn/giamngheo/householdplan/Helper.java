package vn.giamngheo.householdplan;

import java.time.LocalDate;

/**
 * The helper assigned to a household, and whether the household agreed to be helped by them
 * (noted with the day it was given).
 */
public record Helper(HelperKind kind, String name, Long agencyId, String phone, boolean consent, LocalDate consentOn) {}
