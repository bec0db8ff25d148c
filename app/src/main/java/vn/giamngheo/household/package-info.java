/**
 * The household registry: households and their members within a village or commune, every change
 * kept (a household can be shown as it was on any date), moves between units, voiding instead of
 * deleting, and citizen ID numbers appearing in two households flagged for the official. Reads and
 * writes carry the user's jurisdiction inside their SQL.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "identity", "shared", "standard"})
package vn.giamngheo.household;

import org.springframework.modulith.ApplicationModule;
