#!/usr/bin/env python3
"""Select the articles of the dev-check gold set (held out) from the ANT benchmark corpus.

Same eligibility rules as scripts/select_extra.py (length, no dev-news copy,
at least 4 event families, at least 2 quoted passages and 2 speech cues, a
clear keyword region), plus:

- no article already in a gold file (Tests/Fixtures/gold/*.jsonl), and no
  near-copy of one (10 % or more shared 8-word shingles);
- a different seed (SEED below);
- regions are counted together with dev-extra's, so the first pass takes only
  regions dev-extra does not cover (Iraq, Ukraine/Russia); each later pass
  allows one more article per region (dev-extra's included). At most 2 per
  outlet, which with 5 outlets gives exactly 2 per outlet.

Nobody ran Marsad on the candidates before the choice, and the choice does
not look at any output of Marsad.

usage: python3 scripts/select_check.py [--verbose]
"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_extra import choose_by_region, print_chosen, unused_candidates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "Tests/Fixtures/gold"
SEED = 20261129
TARGET = 10
PER_OUTLET = 2
# dev-extra's keyword regions (docs/ANNOTATION.md, dev-extra table)
EXTRA_REGIONS = Counter({"Afghanistan": 1, "Iran": 2, "Syria": 1, "Sudan/South Sudan": 1,
                         "Palestine/Israel": 1, "Libya": 1, "Koreas": 1, "Gulf": 1, "Yemen": 1})



def main():
    verbose = "--verbose" in sys.argv
    cands = unused_candidates(GOLD_DIR, "dev-check", SEED, verbose)
    print_chosen(choose_by_region(cands, [(PER_OUTLET, TARGET)], regions=EXTRA_REGIONS, verbose=verbose))


if __name__ == "__main__":
    main()
