#!/usr/bin/env python3
"""Build Sources/MarsadEntities/Resources/name-parts.tsv from ANERcorp's training split.

A word is a name part when it is inside a person's name (B-PERS or I-PERS) in at least a third of
its occurrences in /work/shared/ner/anercorp/train.txt. The entity layer accepts an unknown
person's name read next to a weak cue (a title without a country, a name before its title) only
when one of its words is a name part, or a word of the actor dictionary (docs/ENTITIES.md).

Words are folded as the Swift matcher folds them. Run: python3 scripts/entities/build_name_parts.py
"""
import pathlib
import re

from anercorp_counts import counts

MIN_PERSON_SHARE = 1 / 3
OUT = pathlib.Path(__file__).resolve().parents[2] / "Sources/MarsadEntities/Resources/name-parts.tsv"


def main() -> None:
    total, _, person = counts()
    words = sorted(w for w, c in person.items()
                   if c >= MIN_PERSON_SHARE * total[w] and re.fullmatch("[\u0621-\u064A]{2,}", w))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Words inside a person's name in >= 1/3 of their occurrences in ANERcorp train.txt (CAMeL\n")
        f.write("# split). Folded (أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي). Built by scripts/entities/build_name_parts.py.\n")
        f.write("word\tperson\ttotal\tsource\n")
        for w in words:
            f.write(f"{w}\t{person[w]}\t{total[w]}\tANERcorp train\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
