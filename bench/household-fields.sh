#!/usr/bin/env bash
# How spread the household model is (docs/decisions/1130): for each distinctive household, member and
# dwelling field, how many files of app/src/main name it (Java, templates, scripts, bundles), and the
# duplicates tool's pairs in which a file naming three or more of them repeats lines.
# Usage: bench/household-fields.sh   (from anywhere; reads the working tree it lives in)
set -euo pipefail
cd "$(dirname "$0")/../app/src/main"
FIELDS="incomePerCapita scoreA recognizedClass laborCapacity labourCapacity headName ethnicMinority
socialProtection femaleHead citizenId birthYear ethnicity healthInsured stunted underweight inSchool
employment disabled socialAllowance personOfMerit livingAreaM2 wallDurable columnDurable roofDurable
cleanWater hygienicLatrine infoDevice loudspeakerAccess wasteCollected"
total=0
for f in $FIELDS; do
  n=$(grep -rlw -- "$f" . | wc -l)
  total=$((total + n))
  printf '%-18s %3d files\n' "$f" "$n"
done
echo "sum over fields: $total; files naming livingAreaM2: $(grep -rlw livingAreaM2 . | wc -l); files naming a labour-capacity spelling: $(grep -rlwE 'laborCapacity|labourCapacity' . | wc -l)"
# files that carry field lists: naming three or more of the fields
facts=$(for file in $(grep -rlwE "$(echo $FIELDS | tr ' ' '|')" .); do
  k=$(grep -owE "$(echo $FIELDS | tr ' ' '|')" "$file" | sort -u | wc -l)
  [ "$k" -ge 3 ] && echo "${file#./}"
done)
echo "files naming 3+ fields: $(echo "$facts" | wc -l)"
duplicates --most 200 --seconds 120 > /tmp/household-fields-dups.$$ || true
pattern=$(echo "$facts" | sed 's/[.]/\\./g' | paste -sd'|')
pairs=$(grep -E '^D[0-9]+ ' /tmp/household-fields-dups.$$ | grep -E "($pattern):[0-9]+-[0-9]+ ~ ($pattern):" || true)
echo "duplicates pairs between two such files: $(printf '%s' "$pairs" | grep -c . || true)"
printf '%s\n' "$pairs"
head -1 /tmp/household-fields-dups.$$
rm -f /tmp/household-fields-dups.$$
