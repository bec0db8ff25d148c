package vn.giamngheo.adminunit;

import java.util.Set;

/**
 * Published inside the transaction that moved units (with their villages) under another province,
 * after the move: households filed under {@code formerProvinceIds} whose unit now lies in another
 * province must be re-filed there. The moves themselves no longer re-file them one by one
 * (V27_1, {@code giamngheo.bulk_refile}); the household module does it set-based.
 */
public record UnitsMovedBetweenProvinces(Set<Long> formerProvinceIds) {}
