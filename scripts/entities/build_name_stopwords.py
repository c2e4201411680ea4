#!/usr/bin/env python3
"""Build Sources/MarsadEntities/Resources/name-stopwords.tsv from ANERcorp's training split.

A word is a name stop word when it occurs at least MIN_COUNT times in
/work/shared/ner/anercorp/train.txt, is never part of a person's name there, and is tagged O in at
least MIN_O_RATE of its occurrences (في is inside a few organization names, and still a stop word;
ليون is a place, and can be a surname). The entity layer stops reading an unknown person's
name at such a word (وزير الخارجية جيهون بيراموف خلال … stops at خلال).

Words are folded as the Swift matcher folds them (harakat and tatweel removed, أإآٱ→ا, ى→ي, ة→ه,
ؤ→و, ئ→ي), and written folded. Run: python3 scripts/entities/build_name_stopwords.py
"""
import pathlib
import re

from anercorp_counts import counts

MIN_COUNT = 4
MIN_O_RATE = 0.97
OUT = pathlib.Path(__file__).resolve().parents[2] / "Sources/MarsadEntities/Resources/name-stopwords.tsv"


def main() -> None:
    total, named, person = counts()
    words = sorted(w for w, c in total.items()
                   if c >= MIN_COUNT and person[w] == 0 and (c - named[w]) >= MIN_O_RATE * c
                   and re.fullmatch("[\u0621-\u064A]{2,}", w))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Words that are not part of a person's name: >= %d occurrences in ANERcorp train.txt (CAMeL\n" % MIN_COUNT)
        f.write("# split), never in a PERS phrase, tagged O in >= %d%% of them. Folded (أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي).\n" % round(MIN_O_RATE * 100))
        f.write("# Built by scripts/entities/build_name_stopwords.py; do not edit by hand.\n")
        f.write("word\tcount\tsource\n")
        for w in words:
            f.write(f"{w}\t{total[w]}\tANERcorp train\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
