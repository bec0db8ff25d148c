/**
 * Plain Java value types every module uses — who is acting and where they may act, folded text for
 * accent-insensitive search, Vietnamese ordering — with no Spring and no database in them.
 */
@ApplicationModule(allowedDependencies = {})
package vn.giamngheo.shared;

import org.springframework.modulith.ApplicationModule;
