#!/usr/bin/env python3
"""Print each entity of a marsad-entities-bench --dump file with the text around its mentions.

  python3 scripts/entities/show_contexts.py DUMP.tsv CORPUS.jsonl [--type PERSON] [--arabic-names]

For reading the layer's output on benchmark articles and finding false positives.
"""
import argparse
import json
import re

ap = argparse.ArgumentParser()
ap.add_argument("dump")
ap.add_argument("corpus")
ap.add_argument("--type")
ap.add_argument("--arabic-names", action="store_true", help="only entities without an English name")
ap.add_argument("--limit", type=int, default=200)
args = ap.parse_args()
texts = {}
for line in open(args.corpus, encoding="utf-8"):
    d = json.loads(line)
    texts[d["id"]] = d["text"]
shown = 0
for line in open(args.dump, encoding="utf-8"):
    doc, typ, name, country, _, spans = line.rstrip("\n").split("\t")
    if args.type and typ != args.type:
        continue
    if args.arabic_names and not re.search("[\u0600-\u06FF]", name):
        continue
    text = texts.get(doc, "")
    a, b = map(int, spans.split(",")[0].split("-"))
    print(f"{typ} {name} {country}: …{text[max(0, a - 50):a]}⟦{text[a:b]}⟧{text[b:b + 40]}…".replace("\n", " "))
    shown += 1
    if shown >= args.limit:
        break
