/**
 * Support to households and persons: grants of a support content of the funding catalogue (proposed,
 * approved, paid in tranches, settled, or refused and cancelled with a reason), posted to the funding
 * ledger, with no double support enforced by the database (an exclusion constraint over the
 * beneficiary, the content group and the period), and each content's eligibility held as data and
 * checked against the recognised lists in force. Uses funding through its facades, the registry and
 * the review through their published views. Decisions 1401–1419.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "funding", "identity", "shared"})
package vn.giamngheo.support;

import org.springframework.modulith.ApplicationModule;
