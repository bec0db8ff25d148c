package vn.giamngheo.reporting;

import vn.giamngheo.OwnAccounts;
import vn.giamngheo.adminunit.TestUnits;

/** The reporting ITs' accounts: their own administrator and officials, never the demo's. */
abstract class ReportingAccounts extends OwnAccounts {
    /** A commune official of a commune of this test's own (outside every other unit of the test). */
    String officialElsewhere(TestUnits.Commune commune) {
        return officialOf(commune.unit());
    }
}
