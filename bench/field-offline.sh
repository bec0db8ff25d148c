#!/usr/bin/env bash
# The offline survey's size and speed (issue: a village of 300 households ≤ 2 MB; the list opens
# offline in ≤ 1 s with the CPU throttled ×4). Runs the browser benchmark of FieldSurveyBrowserIT in
# headless Chromium and prints its figures (also in app/target/field-bench.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o verify -pl app -Dspotless.check.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='FieldSurveyBrowserIT#aVillageOf300HouseholdsFitsOnThePhoneAndOpensOffline' >/dev/null
cat app/target/field-bench.txt
