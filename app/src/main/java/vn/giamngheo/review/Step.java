package vn.giamngheo.review;

/**
 * The steps of a review campaign (QĐ 24/2021/QĐ-TTg Art. 4 and 5). Which of them a campaign goes
 * through, and in which order, depends on its {@link CampaignKind}.
 */
public enum Step {
    /** Periodic step 1: the households on the current lists and those that filed a request. */
    LISTING,
    /** Regular review: requests received (Mẫu 01, Mẫu 04). */
    REQUESTS,
    /** Quick identification (Phiếu A) of requesting households; only those that pass go on. */
    SCREENING,
    /** Collect the household facts and classify under the campaign's standard. */
    SURVEY,
    /** Each village meeting agrees the results (≥ 50 % of attendees). */
    VILLAGE_MEETING,
    /** Lists posted at the village and the commune office for a number of working days. */
    POSTING,
    /** Report and consult upward: the commune's parent unit in the hierarchy at the time. */
    REPORTING,
    /** The commune chairman decides. */
    RECOGNITION,
    /** Decided: the lists are in force, certificates can be issued. */
    RECOGNISED
}
