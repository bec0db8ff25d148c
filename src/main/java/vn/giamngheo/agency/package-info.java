/**
 * The bodies that plans assign work to — offices, banks, insurers, the Fatherland Front and mass
 * organisations, commune official positions, health stations, villages — each attached to a unit,
 * with the short names and abbreviations documents use, so text can be matched to them.
 */
package vn.giamngheo.agency;
