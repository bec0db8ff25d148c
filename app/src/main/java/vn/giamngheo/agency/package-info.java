/**
 * The bodies that plans assign work to — offices, banks, insurers, the Fatherland Front and mass
 * organisations, commune official positions, health stations, villages — each attached to a unit,
 * with the short names and abbreviations documents use, so text can be matched to them.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "identity", "shared"})
package vn.giamngheo.agency;

import org.springframework.modulith.ApplicationModule;
