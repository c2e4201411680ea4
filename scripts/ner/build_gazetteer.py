#!/usr/bin/env python3
"""Builds Sources/MarsadNER/Resources/gazetteer.tsv from the ANERGazet lists.

ANERGazet (Benajiba, Rosso, Benedi 2007; free for research use) has three files of names, one a
line, grouped between `====` / `****` separator lines. This script keeps every line that holds an
Arabic letter, strips surrounding white space, drops exact duplicates of (name, type) and
writes them in file order with a `source` column naming the file. Names are kept as written;
the tagger normalizes them when it loads the list.

Usage: python3 scripts/ner/build_gazetteer.py [../shared/lexicons/anergazet]
"""
import re
import sys
from pathlib import Path

FILES = [("AlignedPersGazetteer.txt", "PERS"), ("AlignedLocGazetteer.txt", "LOC"), ("AlignedOrgGazetteer.txt", "ORG")]
ARABIC = re.compile("[\u0621-\u064A]")


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/lexicons/anergazet")
    out = Path(__file__).resolve().parents[2] / "Sources/MarsadNER/Resources/gazetteer.tsv"
    seen = set()
    rows = []
    for name, kind in FILES:
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            entry = " ".join(line.replace("\t", " ").split())
            if not ARABIC.search(entry) or (entry, kind) in seen:
                continue
            if len(ARABIC.findall(entry)) < 2:
                continue  # single letters (و، س) are separators or noise
            seen.add((entry, kind))
            rows.append(f"{entry}\t{kind}\tANERGazet {name} (Benajiba et al. 2007, research use)")
    header = [
        "# Name lists for the NER tagger's gazetteer features, from ANERGazet (research use).",
        "# Built by scripts/ner/build_gazetteer.py; edit the script, not this file.",
        "name\ttype\tsource",
    ]
    out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} entries -> {out}")


if __name__ == "__main__":
    main()
