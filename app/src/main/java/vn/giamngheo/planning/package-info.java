/**
 * Planning: plan documents and their tasks, reporting duties, poverty-reduction targets per unit
 * and year (seed 003's table, seed 004's split by labour capacity) and the helpers assigned to
 * communes and households.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "agency", "audit", "household", "identity", "shared"})
package vn.giamngheo.planning;

import org.springframework.modulith.ApplicationModule;
