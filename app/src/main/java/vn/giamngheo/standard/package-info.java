/**
 * Poverty standards as versioned data (QĐ 59/2015, NĐ 07/2021, NĐ 351/2025 and local standards
 * derived from them) and the pure classifier that places a household as poor, near-poor, middle
 * living standard or not poor under one of them, giving a reason for each step. The model and
 * {@link vn.giamngheo.standard.PovertyClassifier} use neither Spring nor the database; {@link
 * vn.giamngheo.standard.PovertyStandards} keeps the versions in PostgreSQL for the rest of the
 * application.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "identity", "shared"})
package vn.giamngheo.standard;

import org.springframework.modulith.ApplicationModule;
