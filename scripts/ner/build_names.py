#!/usr/bin/env python3
"""Builds Sources/MarsadNER/Resources/names.tsv from the entity layer's lexicons.

The entity lexicons (Sources/MarsadEntities/Resources, built by scripts/lexicons/*.py from CLDR,
ISO 3166, PETRARCH and UniversalPetrarch (MIT) and curated lists; see their README) name
countries, their nisba adjectives, places, organizations, news outlets and 1,700 political
actors. The tagger uses them as a second gazetteer (feature group `names`), one class a row:

  LOC    country names and variants (country-names.tsv, forms name/variant), places.tsv
  NISBA  nisba adjectives (country-names.tsv, forms nisba_*): ANERcorp tags them O
  ORG    organizations.tsv, outlets.tsv
  PERS   the Arabic surfaces of actors.tsv (one row a surface)

Surfaces without an Arabic letter, or with punctuation inside (أ.ف.ب), are left out: the tagger
matches names token by token, and its tokens split punctuation off. Names are written as in the
lexicons; the tagger normalizes them when it loads the list. No ANERcorp data is used.

Usage: python3 scripts/ner/build_names.py [DIR with the entity lexicons]
       (default: Sources/MarsadEntities/Resources of this checkout)
"""
import csv
import re
import sys
from pathlib import Path

ARABIC = re.compile("[\u0621-\u064A]")
PUNCTUATION = re.compile(r"[^\w\s\u0640\u064B-\u065F\u0670]")


def rows(path: Path):
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    lexicons = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "Sources/MarsadEntities/Resources"
    out = root / "Sources/MarsadNER/Resources/names.tsv"
    entries = []
    seen = set()

    def add(surface: str, kind: str, file: str, source: str) -> None:
        name = " ".join(surface.split())
        if not ARABIC.search(name) or PUNCTUATION.search(name) or (name, kind) in seen:
            return
        seen.add((name, kind))
        entries.append(f"{name}\t{kind}\tMarsadEntities {file} ({source})")

    for r in rows(lexicons / "country-names.tsv"):
        add(r["surface"], "NISBA" if r["form"].startswith("nisba") else "LOC", "country-names.tsv", r["source"])
    for r in rows(lexicons / "places.tsv"):
        add(r["surface"], "LOC", "places.tsv", r["source"])
    for r in rows(lexicons / "organizations.tsv"):
        add(r["surface"], "ORG", "organizations.tsv", r["source"].split(";")[0])
    for r in rows(lexicons / "outlets.tsv"):
        add(r["surface"], "ORG", "outlets.tsv", r["source"])
    for r in rows(lexicons / "actors.tsv"):
        for surface in r["surfaces"].split("|"):
            add(surface, "PERS", "actors.tsv", r["source"])
    header = [
        "# Names for the NER tagger's `names` features, from the entity layer's lexicons (CLDR, ISO 3166,",
        "# PETRARCH/UniversalPetrarch (MIT), curated); see Sources/MarsadEntities/Resources/README.md.",
        "# Built by scripts/ner/build_names.py; edit the script or the lexicons, not this file.",
        "name\tclass\tsource",
    ]
    out.write_text("\n".join(header + entries) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries -> {out}")


if __name__ == "__main__":
    main()
