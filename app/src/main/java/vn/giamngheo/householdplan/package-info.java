/**
 * Household plans (kế hoạch thoát nghèo của hộ): for each poor or near-poor household and year, its
 * reviewed causes, the deprivations of its latest survey, the solutions chosen (support contents of
 * the funding catalogue, loans, job connection, training), the helper with the household's consent,
 * the target year and the follow-up visits; drafted from a mapping held as data. From them the
 * commune's "able to escape this year" list, submitted as a reporting obligation and compared at year
 * end with the recognised escapes, and the analysis of poverty by cause and by deprivation.
 * Households and the lists in force are read through the registry's and the review's published views.
 */
@ApplicationModule(
        allowedDependencies = {"adminunit", "agency", "audit", "funding", "identity", "planning", "shared", "standard"})
package vn.giamngheo.householdplan;

import org.springframework.modulith.ApplicationModule;
