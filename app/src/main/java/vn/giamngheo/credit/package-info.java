/**
 * Policy credit: the loans of the Bank for Social Policies to the commune's households, as the
 * commune follows them — program, amount, purpose, term, rate, the entrusting organisation and the
 * savings-and-loan group, disbursement, status with its history. Entered on a page, through
 * {@code /api/v1/loans}, or imported from the bank's CSV/XLSX export; the rate, ceiling and term are
 * checked against the loan norms of the funding catalogue (data, "chưa cấu hình" when the law notes
 * give none). Other modules use {@link vn.giamngheo.credit.Loans}. Decisions 1420–1424.
 */
@ApplicationModule(allowedDependencies = {"adminunit", "audit", "funding", "identity", "shared"})
package vn.giamngheo.credit;

import org.springframework.modulith.ApplicationModule;
