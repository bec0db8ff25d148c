/**
 * Wiring without domain: the embedded PostgreSQL, the security filter chains, locale and error
 * handling, the clock, the page layout. Domain modules never depend on it.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "agency", "audit", "identity", "shared"})
package vn.giamngheo.platform;

import org.springframework.modulith.ApplicationModule;
