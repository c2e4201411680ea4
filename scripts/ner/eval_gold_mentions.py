#!/usr/bin/env python3
"""Scores the NER tagger's phrases against the entity mentions of Marsad's gold articles.

A second test of the tagger, on 2015-2018 news (ANERcorp is 2007 news): the gold files
(`marsad.gold`, ../shared/gold/FORMAT.md) list every entity mention of complete articles of
../shared/corpus/dev-news.jsonl as code-point spans without attached proclitics. Each article
is tagged with `marsad ner --text` (tag(tokens:in:)); a phrase matches a gold mention of the
same type (PERSON → PERS, GPE and LOCATION → LOC, ORGANIZATION → ORG) when both end at the same
place and start at the same place once proclitics (و ف ب ل ك, لل) are left off the phrase.
Phrases on optional mentions (nisbas) are neither right nor wrong; MISC phrases are left out.

Usage: python3 scripts/ner/eval_gold_mentions.py MARSAD GOLD.jsonl... [--model M.mner]
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

TYPES = {"PERSON": "PERS", "GPE": "LOC", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"}


def tag(marsad: str, text: str, model: list) -> list:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        f.write(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n")
    out = subprocess.run([marsad, "ner", "--text", f.name] + model, capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    tokens, at = [], 0
    for line in out.splitlines():
        if not line:
            continue
        word, label = line.split("\t")[:2]
        start = text.index(word, at)
        tokens.append((start, start + len(word), label))
        at = start + len(word)
    return tokens


def phrases(tokens: list) -> list:
    out, current = [], None
    for start, end, label in tokens + [(0, 0, "O")]:
        if current and (label == "O" or label.startswith("B-") or label[2:] != current[2]):
            out.append(tuple(current))
            current = None
        if label.startswith("B-") or (label.startswith("I-") and current is None):
            current = [start, end, label[2:]]
        elif label.startswith("I-"):
            current[1] = end
    return out


def main() -> None:
    args = sys.argv[1:]
    model = []
    if "--model" in args:
        i = args.index("--model")
        model = ["--model", args[i + 1]]
        del args[i : i + 2]
    marsad, golds = args[0], args[1:]
    texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open("../shared/corpus/dev-news.jsonl", encoding="utf-8")}
    counts = {t: [0, 0, 0] for t in ("PERS", "LOC", "ORG")}  # correct, found, gold
    for path in golds:
        for line in open(path, encoding="utf-8"):
            article = json.loads(line)
            if not article.get("complete", {}).get("entities"):
                continue
            text = texts[article["id"]]
            gold, optional = set(), set()
            for e in article["entities"]:
                t = TYPES[e["type"]]
                gold |= {(a, b, t) for a, b in e.get("mentions", [])}
                optional |= {(a, b) for a, b in e.get("optional_mentions", [])}
            for t in counts:
                counts[t][2] += sum(1 for g in gold if g[2] == t)
            for start, end, t in phrases(tag(marsad, text, model)):
                if t not in counts:
                    continue
                match = next((g for g in gold if g[1] == end and g[2] == t and start <= g[0] and text[start:g[0]] in PROCLITICS), None)
                if match is None and any(o[1] == end and start <= o[0] and text[start:o[0]] in PROCLITICS for o in optional):
                    continue
                counts[t][1] += 1
                if match:
                    counts[t][0] += 1
                    gold.discard(match)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for name, (c, f, g) in list(counts.items()) + [("overall", total)]:
        p, r = (100 * c / f if f else 0), (100 * c / g if g else 0)
        print(f"{name:8} gold {g:4} found {f:4} correct {c:4}  P {p:6.2f}  R {r:6.2f}  F1 {2 * p * r / (p + r) if p + r else 0:6.2f}")


if __name__ == "__main__":
    main()
