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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_extra import choose_by_region, print_chosen, unused_candidates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "Tests/Fixtures/gold"
SEED = 20261201
TARGET = 12
PER_OUTLET = 3



def main():
    verbose = "--verbose" in sys.argv
    cands = unused_candidates(GOLD_DIR, "dev-extra2", SEED, verbose)
    # first 10 with at most 2 per outlet (so every outlet gives 2), then the
    # last 2 with at most 3 per outlet; within each, one more per region a pass
    print_chosen(choose_by_region(cands, [(2, 10), (PER_OUTLET, TARGET)], verbose=verbose))


if __name__ == "__main__":
    main()
