/**
 * The household review (rà soát hộ nghèo, hộ cận nghèo) of QĐ 24/2021/QĐ-TTg and TT 07/2021/TT-BLĐTBXH:
 * periodic (1 September – 14 December), regular (monthly from the 15th) and baseline campaigns of a
 * commune, their steps as a state machine that refuses with reasons, requests (Mẫu 01, Mẫu 04),
 * survey and bulk import of the households, village meetings, public posting and complaints,
 * recognition by the commune chairman, and from it the transitions, flows (diễn biến) and lists.
 * Every read and write of campaign data carries the user's jurisdiction inside its SQL.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "household", "identity", "shared", "standard"})
package vn.giamngheo.review;

import org.springframework.modulith.ApplicationModule;
