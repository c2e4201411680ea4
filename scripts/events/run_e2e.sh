#!/bin/sh
# End-to-end run of the events layers on the sample and the develop half of the dev set:
# marsad analyze (times → entities → quotes, agreements, events), then scripts/eval_events.py.
# The held half is never analyzed here. Usage: scripts/events/run_e2e.sh [debug|release] [--verbose]
set -e
CONFIG=${1:-debug}
shift 2>/dev/null || true
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${TMPDIR:-/tmp}/marsad-events-e2e
mkdir -p "$OUT"
python3 - "$ROOT" "$OUT/dev-develop.jsonl" <<'PY'
import json, sys
root, out = sys.argv[1], sys.argv[2]
ids = {json.loads(l)["id"] for l in open(f"{root}/Tests/Fixtures/gold/dev-develop.gold.jsonl")}
with open(out, "w") as f:
    for line in open(f"{root}/../shared/corpus/dev-news.jsonl"):
        if json.loads(line)["id"] in ids:
            f.write(line)
PY
MARSAD="$ROOT/.build/$CONFIG/marsad"
"$MARSAD" analyze "$ROOT/../shared/seeds/karabakh-lavrov-2021-05-11.ar.txt" --format jsonl > "$OUT/output.jsonl"
"$MARSAD" analyze "$OUT/dev-develop.jsonl" --format jsonl >> "$OUT/output.jsonl"
python3 "$ROOT/scripts/eval_events.py" "$OUT/output.jsonl" "$@"
