"""Shared helpers for the Marsad lexicon build scripts."""
import os, re, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RES = os.path.join(ROOT, "Sources", "MarsadEntities", "Resources")
DATA = os.path.join(os.path.dirname(__file__), "data")

DIACRITICS = re.compile("[\u064B-\u0652\u0670\u0640]")

def norm(s):
    """Same folding the Swift matcher applies: strip harakat/tatweel, unify alef, ى→ي, ة→ه."""
    s = unicodedata.normalize("NFC", s)
    s = DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.split())

def clean(s):
    """Tidy a surface for writing: NFC, single spaces, no tatweel."""
    s = unicodedata.normalize("NFC", s).replace("\u0640", "")
    return " ".join(s.split())

def write_tsv(name, header, rows, comments=()):
    path = os.path.join(RES, name)
    os.makedirs(RES, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + c + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            assert len(r) == len(header), (name, r)
            for v in r:
                assert "\t" not in v and "\n" not in v, (name, r)
            f.write("\t".join(r) + "\n")
    return path

def read_blocks(path):
    """Read a curated data file: '|'-separated fields, '#' comments, blank lines skipped."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append([x.strip() for x in line.split("|")])
    return out
