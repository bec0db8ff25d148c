/**
 * The administrative hierarchy: provinces, (districts before 1 July 2025), communes and villages as
 * a tree with a materialized path, validity periods, names through time and successor links for
 * merges and splits. Other modules use {@link vn.giamngheo.adminunit.AdminUnits}.
 */
@ApplicationModule(allowedDependencies = {"audit", "identity", "shared"})
package vn.giamngheo.adminunit;

import org.springframework.modulith.ApplicationModule;
