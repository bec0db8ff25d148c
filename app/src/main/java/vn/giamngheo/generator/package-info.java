/**
 * The deterministic synthetic household generator ({@code java -jar giamngheo.jar generate}): writes
 * households in the exchange format (docs/domain/household-format.md) for the demo hierarchy of the
 * seed plans, scaled up with synthetic communes, so that imports, the classifier, reports and load
 * tests can be measured at any size. Pure Java: no Spring, no database; the same arguments always
 * give the same bytes. See docs/decisions/0301-generator.md for the ref scheme and the distributions.
 */
@ApplicationModule(allowedDependencies = {"shared", "standard"})
package vn.giamngheo.generator;

import org.springframework.modulith.ApplicationModule;
