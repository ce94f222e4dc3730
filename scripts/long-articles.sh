#!/usr/bin/env bash
# Times sayso on long articles: the first 20, 40, 80, 160, 320 and 640 PolNeAR train articles joined
# into one text each (one JSONL row), run through `sayso extract` under /usr/bin/time (wall, CPU, peak
# memory). A dump's glued pages or live blogs look like this; the time should grow about as the text
# (docs/performance.md, "Session 13 review: long articles").
#
#   scripts/long-articles.sh [SAYSO_BINARY] [SIZES...]   (SAYSO_SHARED defaults to ../shared;
#   the joined texts are kept in $LONG_DIR, default /tmp/sayso-long)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SAYSO_SHARED:-$root/../shared}
[ -d "$shared" ] || shared=/work/shared
dir=${LONG_DIR:-/tmp/sayso-long}
mkdir -p "$dir"
bin=${1:-}
if [ -z "$bin" ]; then
  bin=$dir/sayso
  (cd "$root" && go build -o "$bin" ./cmd/sayso)
fi
shift || true
sizes=${*:-20 40 80 160 320 640}
python3 - "$shared/data/polnear/train/articles.jsonl" "$dir" $sizes <<'PY'
import json, os, sys
src, out, sizes = sys.argv[1], sys.argv[2], [int(n) for n in sys.argv[3:]]
rows = [json.loads(l) for l in open(src)]
for n in sizes:
    path = os.path.join(out, f"joined{n}.jsonl")
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(json.dumps({"id": f"joined{n}", "text": "\n\n".join(r["text"] for r in rows[:n])}) + "\n")
PY
echo "articles  bytes  wall  CPU(user+sys)  peak memory"
for n in $sizes; do
  f=$dir/joined$n.jsonl
  /usr/bin/time -f "$n $(stat -c %s "$f") %e s %U+%S s %M KB" "$bin" extract -quiet --format jsonl "$f" -o /dev/null 2>&1 | tail -1
done
