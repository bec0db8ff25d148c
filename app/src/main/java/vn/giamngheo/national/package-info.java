/**
 * National jobs as the application sees them (docs/decisions/1801, 1802): a whole-country user
 * requests a run (the country re-classified under a chosen standard, Alkire–Foster for the country
 * with its decomposition, citizen IDs held twice), the Spark jobs of the {@code spark} module carry
 * it out and write its results to this module's tables, and the national what-if and analytics
 * pages show the latest finished run.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "identity", "shared", "standard"})
package vn.giamngheo.national;

import org.springframework.modulith.ApplicationModule;
