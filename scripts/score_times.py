#!/usr/bin/env python3
"""Score the day-level times of `marsad analyze … --format jsonl` against the dev gold.

    swift run marsad analyze ../shared/corpus/dev-news.jsonl --format jsonl > /tmp/dev.jsonl
    python3 scripts/score_times.py /tmp/dev.jsonl [--show]

As ../shared/gold/FORMAT.md says: an output time of kind `date` matches a gold time when their
spans overlap and their values are equal; each output time matches at most one gold time. The
gold times layer is complete, so every unmatched output `date` is a false positive. Prints
precision, recall and F1 for the develop and held splits (Tests/Fixtures/gold/); `--show` lists
misses and false positives of the develop split only (rules are never written from held).
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    gold = {}
    for split in ("develop", "held"):
        for line in open(ROOT / f"Tests/Fixtures/gold/dev-{split}.gold.jsonl", encoding="utf-8"):
            g = json.loads(line)
            gold[g["id"]] = (g, split)
    totals = {"develop": [0, 0, 0], "held": [0, 0, 0]}
    for line in open(sys.argv[1], encoding="utf-8"):
        doc = json.loads(line)
        if doc["id"] not in gold:
            continue
        g, split = gold[doc["id"]]
        out = [t for t in doc["times"] if t["kind"] == "date"]
        used = set()
        for x in g["times"]:
            hit = next((i for i, t in enumerate(out) if i not in used and t["start"] < x["end"] and x["start"] < t["end"]
                        and t["value"] == x["value"]), None)
            if hit is None:
                if "--show" in sys.argv and split == "develop":
                    print(f"  miss {doc['id']} {x['start']} {x['text']} {x['value']}")
            else:
                used.add(hit)
        if "--show" in sys.argv and split == "develop":
            for i, t in enumerate(out):
                if i not in used:
                    print(f"  extra {doc['id']} {t['start']} {t['text']} {t['value']}")
        totals[split][0] += len(used)
        totals[split][1] += len(g["times"])
        totals[split][2] += len(out)
    for split, (tp, n_gold, n_out) in totals.items():
        p = tp / n_out if n_out else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{split}: matched {tp}, gold {n_gold}, output {n_out}, P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
