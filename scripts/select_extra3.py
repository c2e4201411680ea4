#!/usr/bin/env python3
"""Select the articles of the dev-extra3 gold set (development) from the ANT benchmark corpus.

Same eligibility rules as scripts/select_extra.py (length, no dev-news copy,
at least 4 event families, at least 2 quoted passages and 2 speech cues, a
clear keyword region), imported from it, plus:

- no article already in a gold file (Tests/Fixtures/gold/*.jsonl: dev-extra,
  dev-extra2 and the held-out dev-check included), and no near-copy of one
  (10 % or more shared 8-word shingles);
- a different seed (SEED below);
- 10 articles; regions counted from zero (1 per region in the first pass, one
  more per region in each later pass); at most 2 per outlet, which with the
  5 outlets gives exactly 2 per outlet.

Nobody ran Marsad on the candidates before the choice, and the choice does
not look at any output of Marsad.

usage: python3 scripts/select_extra3.py [--verbose]
"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_extra import unused_candidates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "Tests/Fixtures/gold"
SEED = 20261202
TARGET = 10
PER_OUTLET = 2


def main():
    verbose = "--verbose" in sys.argv
    cands = unused_candidates(GOLD_DIR, "dev-extra3", SEED, verbose)
    outlets, regions, chosen = Counter(), Counter(), []
    per_region = 1
    while len(chosen) < TARGET and per_region <= TARGET + 2:
        for c in cands:
            if c in chosen:
                continue
            if outlets[c[1]] < PER_OUTLET and regions[c[2]] < per_region:
                chosen.append(c)
                outlets[c[1]] += 1
                regions[c[2]] += 1
                if verbose:
                    print(f"pass {per_region}: {c[0]}", file=sys.stderr)
            if len(chosen) == TARGET:
                break
        per_region += 1
    for aid, outlet, region, n, events, nq, ns in chosen:
        print(f"{aid}\t{outlet}\t{region}\t{n}\t{nq} quotes\t{ns} speech\t{','.join(events)}")


if __name__ == "__main__":
    main()
