#!/usr/bin/env python3
"""Select the articles of the dev-extra2 gold set (development) from the ANT benchmark corpus.

Same eligibility rules as scripts/select_extra.py (length, no dev-news copy,
at least 4 event families, at least 2 quoted passages and 2 speech cues, a
clear keyword region), plus:

- no article already in a gold file (Tests/Fixtures/gold/*.jsonl, dev-check
  included, and ../shared/gold), and no near-copy of one (10 % or more shared
  8-word shingles);
- a different seed (SEED below);
- 12 articles; regions counted from zero (1 per region in the first pass, one
  more per region in each later pass); the first 10 with at most 2 per outlet
  (2 from each of the 5 outlets), the last 2 with at most 3 per outlet.

Nobody ran Marsad on the candidates before the choice, and the choice does
not look at any output of Marsad.

usage: python3 scripts/select_extra2.py [--verbose]
"""
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_extra import CORPUS, eligible, shingles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "Tests/Fixtures/gold"
SEED = 20261201
TARGET = 12
PER_OUTLET = 3


def gold_ids():
    ids = set()
    for f in GOLD_DIR.glob("*.jsonl"):
        if f.name.startswith("dev-extra2"):
            continue
        for line in open(f, encoding="utf-8"):
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def main():
    verbose = "--verbose" in sys.argv
    used = gold_ids()
    gold_sh = []
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in used:
            gold_sh.append(shingles(d["text"]))
    cands = []
    text_of = {}
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        d = json.loads(line)
        text_of[d["id"]] = d["text"]
    for c in eligible(verbose):
        if c[0] in used:
            continue
        sh = shingles(text_of[c[0]])
        if sh and any(len(sh & s) >= 0.1 * len(sh) for s in gold_sh):
            if verbose:
                print("gold copy dropped:", c[0], file=sys.stderr)
            continue
        cands.append(c)
    if verbose:
        print(f"{len(cands)} eligible after gold exclusion", file=sys.stderr)
    cands = sorted(cands)
    random.Random(SEED).shuffle(cands)
    outlets, regions, chosen = Counter(), Counter(), []
    # first 10 with at most 2 per outlet (so every outlet gives 2), then the
    # last 2 with at most 3 per outlet; within each, one more per region a pass
    for cap, target in ((2, 10), (PER_OUTLET, TARGET)):
        per_region = 1
        while len(chosen) < target and per_region <= TARGET + 2:
            for c in cands:
                if c in chosen:
                    continue
                if outlets[c[1]] < cap and regions[c[2]] < per_region:
                    chosen.append(c)
                    outlets[c[1]] += 1
                    regions[c[2]] += 1
                    if verbose:
                        print(f"cap {cap} pass {per_region}: {c[0]}", file=sys.stderr)
                if len(chosen) == target:
                    break
            per_region += 1
    for aid, outlet, region, n, events, nq, ns in chosen:
        print(f"{aid}\t{outlet}\t{region}\t{n}\t{nq} quotes\t{ns} speech\t{','.join(events)}")


if __name__ == "__main__":
    main()
