"""Word counts of ANERcorp's training split, folded as the Swift matcher folds words; shared by
build_name_parts.py and build_name_stopwords.py."""
import collections
import pathlib
import re

SOURCE = pathlib.Path("/work/shared/ner/anercorp/train.txt")


def fold(word: str) -> str:
    word = re.sub("[\u064B-\u0652\u0670\u0640]", "", word)
    word = re.sub("[أإآٱ]", "ا", word)
    return word.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")


def counts():
    """(total, named, person): occurrences of each folded word, those inside any phrase (not O),
    and those inside a person's name."""
    total = collections.Counter()
    named = collections.Counter()
    person = collections.Counter()
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        word = fold(parts[0])
        total[word] += 1
        if parts[-1] != "O":
            named[word] += 1
        if parts[-1].endswith("PERS"):
            person[word] += 1
    return total, named, person
