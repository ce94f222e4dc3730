#!/usr/bin/env bash
# Scores sayso's quotes on PolNeAR (train or dev): raw (score.py's rules, the headline numbers), the
# PolNeAR view (a diagnostic, docs/quotes.md), resolved speakers (dev, and the hand-resolved sample of
# train), and cross-checks the Go scorer
# against shared/eval/score.py on the same records. On train it also scores the held-out fifth (every
# 5th article by id), the check that a change tuned on train generalises.
#
#   scripts/eval-polnear.sh [dev|train] [RECORDS_OUT]   (SAYSO_SHARED defaults to ../shared)
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
"$out/sayso" extract -quiet --format jsonl "$data/articles.jsonl" -o "$out/records.jsonl"
[ $# -ge 2 ] && cp "$out/records.jsonl" "$2"
echo "== raw (score.py rules)"
"$out/sayso" eval quotes --gold "$data/gold.jsonl" "$out/records.jsonl"
if [ -f "$data/gold-resolved.jsonl" ]; then
  echo "== raw, resolved speakers"
  "$out/sayso" eval quotes --resolved --gold "$data/gold-resolved.jsonl" "$out/records.jsonl"
fi
if [ "$split" = train ] && command -v python3 >/dev/null; then
  echo "== raw, held-out fifth (every 5th article by id)"
  python3 -c '
import json, sys
rows = sorted((json.loads(l) for l in open(sys.argv[1])), key=lambda r: r["id"])
sys.stdout.write("".join(json.dumps(r) + "\n" for i, r in enumerate(rows) if i % 5 == 0))' "$data/gold.jsonl" > "$out/held.jsonl"
  "$out/sayso" eval quotes --gold "$out/held.jsonl" "$out/records.jsonl"
  # sample TSV LABEL: score the resolved speakers on one hand-resolved sample of train.
  sample() {
    echo "== raw, resolved speakers, $2"
    python3 scripts/train-resolved-gold.py "$data/gold.jsonl" "extractors/quotes/testdata/$1" > "$out/$1.jsonl"
    "$out/sayso" eval quotes --resolved --gold "$out/$1.jsonl" "$out/records.jsonl"
  }
  sample train-resolved.tsv "hand-resolved sample of train (110 articles)"
  sample train-resolved-2.tsv "second hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-3.tsv "third hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-4.tsv "fourth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-5.tsv "fifth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-6.tsv "sixth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-7.tsv "seventh hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-8.tsv "eighth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-9.tsv "ninth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-10.tsv "tenth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-11.tsv "eleventh hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-12.tsv "twelfth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-13.tsv "thirteenth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-14.tsv "fourteenth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-15.tsv "fifteenth hand-resolved sample of train (40 articles, resolved blind)"
  sample train-resolved-16.tsv "sixteenth hand-resolved sample of train (40 articles of the held-out fifth, resolved blind)"
  sample train-resolved-17.tsv "seventeenth hand-resolved sample of train (39 articles of the held-out fifth, resolved blind)"
  sample train-resolved-18.tsv "eighteenth hand-resolved sample of train (39 articles of the held-out fifth, resolved blind)"
  sample train-resolved-19.tsv "nineteenth hand-resolved sample of train (39 articles of the held-out fifth, resolved blind)"
fi
echo "== PolNeAR view (a diagnostic: docs/quotes.md)"
"$out/sayso" eval quotes --view polnear --gold "$data/gold.jsonl" "$out/records.jsonl"
if command -v python3 >/dev/null; then
  echo "== cross-check: score.py on the same records"
  python3 "$shared/eval/score.py" quotes "$data/gold.jsonl" "$out/records.jsonl" > "$out/py.txt"
  "$out/sayso" eval quotes --gold "$data/gold.jsonl" "$out/records.jsonl" > "$out/go.txt"
  if diff "$out/py.txt" "$out/go.txt"; then echo "score.py and sayso eval agree"; else echo "score.py and sayso eval DISAGREE"; exit 1; fi
fi
