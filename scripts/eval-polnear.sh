#!/usr/bin/env bash
# Scores sayso's quotes on PolNeAR (train or dev), raw and in the PolNeAR view,
# and cross-checks the Go scorer against shared/eval/score.py on the same records.
#
#   scripts/eval-polnear.sh [dev|train]        (SAYSO_SHARED defaults to ../shared)
set -euo pipefail
split=${1:-dev}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SAYSO_SHARED:-$root/../shared}
[ -d "$shared" ] || shared=/work/shared
data=$shared/data/polnear/$split
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
go build -o "$out/sayso" ./cmd/sayso
"$out/sayso" extract --format jsonl "$data/articles.jsonl" -o "$out/records.jsonl"
echo "== raw (score.py rules)"
"$out/sayso" eval quotes --gold "$data/gold.jsonl" "$out/records.jsonl"
echo "== PolNeAR view (docs/quotes.md)"
"$out/sayso" eval quotes --view polnear --gold "$data/gold.jsonl" "$out/records.jsonl"
if [ -f "$data/gold-resolved.jsonl" ]; then
  echo "== PolNeAR view, resolved speakers"
  "$out/sayso" eval quotes --view polnear --resolved --gold "$data/gold-resolved.jsonl" "$out/records.jsonl"
fi
if command -v python3 >/dev/null; then
  echo "== cross-check: score.py on the same records"
  python3 "$shared/eval/score.py" quotes "$data/gold.jsonl" "$out/records.jsonl" > "$out/py.txt"
  "$out/sayso" eval quotes --gold "$data/gold.jsonl" "$out/records.jsonl" > "$out/go.txt"
  if diff "$out/py.txt" "$out/go.txt"; then echo "score.py and sayso eval agree"; else echo "score.py and sayso eval DISAGREE"; exit 1; fi
fi
