/**
 * Job connection for poor, near-poor and newly escaped households (docs/domain/funding-and-support.md
 * §C): labour profiles of their working-age members in the fields of TT 01/2022 Mẫu 01, vacancies in
 * the columns of Mẫu 02, matching with the commuting reach held as data, referrals with follow-ups at
 * 3 and 6 months, the worker's consent before an employer sees them, and the outcomes the employment
 * sub-project reports.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "household", "identity", "shared"})
package vn.giamngheo.jobs;

import org.springframework.modulith.ApplicationModule;
