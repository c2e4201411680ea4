"""Helpers to turn surface-level annotation specs into span-level gold.

Offsets are Python str indices (Unicode code points) into the corpus `text`
field, end-exclusive. Nothing here types offsets by hand: every span is found
by searching the text for a surface string and then reviewed in context.
"""
import gzip
import json
import re
import unicodedata
from pathlib import Path

CORPUS = Path("/work/shared/corpus/dev-news.jsonl")
# The benchmark corpus; the dev-extra gold takes its texts from it, by id.
BENCH_CORPUS = Path("/work/shared/corpus/ant-world-news.jsonl.gz")

# Attached one-letter proclitics that may precede a name (and chains of them).
PROCLITICS = set("وفبلك")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def load_corpus(path=CORPUS, ids=None):
    """Records of a JSON Lines corpus (plain or .gz) by id; only `ids` if given."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    docs = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if ids is None or d["id"] in ids:
                docs[d["id"]] = d
    return docs


def is_letter(ch):
    return bool(ch) and (bool(ARABIC_LETTER.match(ch)) or ch.isalpha())


def left_ok(text, i):
    """The surface starting at i is a word start, possibly after a chain of
    proclitic letters (و ف ب ل ك) that itself starts a word."""
    j = i
    n = 0
    while j > 0 and text[j - 1] in PROCLITICS and n < 3:
        j -= 1
        n += 1
        if j == 0 or not is_letter(text[j - 1]):
            return True
    if i == 0 or not is_letter(text[i - 1]):
        return True
    return False


def right_ok(text, e):
    return e >= len(text) or not is_letter(text[e])


def find_surface(text, surface):
    """All (start, end) of a surface as a whole word sequence, proclitics
    outside the span. A surface starting with the article ال also matches
    'لل…' (ل + ال with the alif dropped): the span then starts after the
    first ل, i.e. covers 'ل…'."""
    out = []
    for m in re.finditer(re.escape(surface), text):
        s, e = m.start(), m.end()
        if left_ok(text, s) and right_ok(text, e):
            out.append((s, e))
    if surface.startswith("ال"):
        alt = "ل" + surface[2:]
        for m in re.finditer(re.escape("ل" + alt), text):
            s, e = m.start() + 1, m.end()
            # the first ل is the preposition; it may itself follow و/ف
            if left_ok(text, s - 1) and right_ok(text, e):
                out.append((s, e))
        if surface[2:3] == "ل":
            # ل + ال + a noun starting with ل is written with two lams only:
            # للواء = ل + اللواء; the span again starts after the first ل
            for m in re.finditer(re.escape(surface[1:]), text):
                s, e = m.start() + 1, m.end()
                if left_ok(text, s - 1) and right_ok(text, e):
                    out.append((s, e))
    return sorted(set(out))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def ctx(text, s, e, w=25):
    return (text[max(0, s - w):s] + "⟦" + text[s:e] + "⟧" + text[e:e + w]).replace("\n", "⏎")
