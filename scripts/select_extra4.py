#!/usr/bin/env python3
"""Select the articles of the dev-extra4 gold set (development) from the ANT benchmark corpus.

Same eligibility rules as scripts/select_extra.py (length, no dev-news copy,
at least 4 event families, at least 2 quoted passages and 2 speech cues, a
clear keyword region), imported from it, plus:

- no article already in a gold file (Tests/Fixtures/gold/*.jsonl: dev-extra,
  dev-extra2, dev-extra3 and the held-out dev-check included), and no near-copy of one
  (10 % or more shared 8-word shingles);
- a different seed (SEED below);
- 10 articles; regions counted from zero (1 per region in the first pass, one
  more per region in each later pass); at most 2 per outlet first, which gives
  only 9 (Al Arabiya has a single eligible article left), then at most 3 per
  outlet for the tenth (the staged cap of select_extra2.py).

Nobody ran Marsad on the candidates before the choice, and the choice does
not look at any output of Marsad.

usage: python3 scripts/select_extra4.py [--verbose]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_extra import choose_by_region, print_chosen, unused_candidates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "Tests/Fixtures/gold"
SEED = 20261203
TARGET = 10
PER_OUTLET = 2
LAST_PER_OUTLET = 3


def main():
    verbose = "--verbose" in sys.argv
    cands = unused_candidates(GOLD_DIR, "dev-extra4", SEED, verbose)
    print_chosen(choose_by_region(cands, [(PER_OUTLET, TARGET), (LAST_PER_OUTLET, TARGET)],
                                  verbose=verbose))


if __name__ == "__main__":
    main()
