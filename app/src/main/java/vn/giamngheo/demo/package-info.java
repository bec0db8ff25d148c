/**
 * The demo dataset loaded on the first start with the embedded database: the real places and
 * agencies of the seed plans and two demo accounts. Uses the other modules only through their
 * facades, as any client would.
 */
@ApplicationModule(
        allowedDependencies = {
            "adminunit",
            "agency",
            "credit",
            "funding",
            "householdplan",
            "identity",
            "planning",
            "shared",
            "support"
        })
package vn.giamngheo.demo;

import org.springframework.modulith.ApplicationModule;
