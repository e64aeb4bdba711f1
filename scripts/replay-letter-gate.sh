#!/usr/bin/env bash
# Replays the confidence gate on the reader as it was at each held-out set's clean first run: the
# reader's source at the commit that labelled the set (before the reader first ran on it), once as
# it was and once with today's gate added, each measured by today's eval-letters on that set only.
# Not a clean measure: the gate was written after reading those runs' wrong values. See
# eval/letters/results.md. Usage: bash scripts/replay-letter-gate.sh
set -euo pipefail
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$root/node_modules" "$work/node_modules"
for pair in 5d7be38:held-out 39ff1c0:held-out-2 b31cff1:held-out-3 0a67076:held-out-4; do
  commit=${pair%%:*}
  set=${pair#*:}
  for variant in as-run gated; do
    dir="$work/$commit-$variant"
    mkdir -p "$dir"
    git -C "$root" archive "$commit" packages/core/src/letter | tar -x -C "$dir"
    letter="$dir/packages/core/src/letter"
    if [ "$variant" = gated ]; then
      # The gate and the reading types it imports (type-only, so the old reader's shapes apply).
      cp "$root/packages/core/src/letter/confidence-gate.ts" "$root/packages/core/src/letter/letter-reading.ts" "$letter/"
      sed -i \
        -e "1i import { gateReading } from './confidence-gate';" \
        -e 's|return { language, ...settle(found, conflicts, text) };|return { language, ...gateReading(settle(found, conflicts, text), text, { describe: (f) => describe(f.value), letterDated: typeof letterDate !== "undefined" \&\& letterDate !== undefined }) };|' \
        "$letter/read-letter.ts"
      grep -q gateReading\(settle "$letter/read-letter.ts"
    fi
    echo "== $set, reader of $commit, $variant"
    LETTER_READER="$letter/read-letter.ts" LETTER_SET="$set" npx tsx "$root/scripts/eval-letters.ts" |
      grep -E '^(field|targets|  [a-z-]+ .*(proposed|missed))|^(base|currency|startDate|deadline|signOn|equity|vesting) '
  done
done
