#!/usr/bin/env python3
"""What a change does to unseen reports: the items two `marsad analyze --format jsonl` outputs
disagree on, each with its text in context, so a person can count how many are right.

usage: python3 scripts/quality/diff_outputs.py BEFORE.jsonl AFTER.jsonl CORPUS.jsonl[.gz]
           [--layer entities|quotes|events|agreements ...] [--limit N]

Typical use (docs/DEVELOPING.md, "Checking a rule on unseen reports"):
  head -3000 of the benchmark corpus, run the old and the new binary on it, then this script.
Items are compared by what a reader checks: an entity mention by its span and entity name, a
quotation by span, kind and speaker name, an event by code, modality, trigger span and side names,
an agreement by its first mention's span, date, party names (and described sides) and provision kinds.
"""
import gzip
import json
import sys


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def names(doc):
    return {e["id"]: e["name"] for e in doc["entities"]}


def items(doc, layer):
    n = names(doc)
    if layer == "entities":
        return {(m["start"], m["end"], e["name"]) for e in doc["entities"] for m in e["mentions"]}
    if layer == "quotes":
        return {(q["start"], q["end"], q["kind"], n.get(q["speaker"])) for q in doc["quotes"]}
    if layer == "agreements":
        return {(a["mentions"][0]["start"], a["mentions"][0]["end"], a.get("date"),
                 tuple(sorted(n.get(x, x) for x in a["parties"]) + sorted(g.get("label", "?") for g in a.get("party_agents", []))),
                 tuple(sorted({p["kind"] for p in a["provisions"]})), len(a["mentions"]))
                for a in doc.get("agreements", []) if a.get("mentions")}
    return {(e["trigger"]["start"], e["trigger"]["end"], e["cameo"], e["modality"],
             tuple(n.get(x, x) for x in e["source"]), tuple(n.get(x, x) for x in e["target"]))
            for e in doc["events"]}


def context(text, start, end, width=60):
    before = text[max(0, start - width):start].replace("\n", " / ")
    after = text[end:end + width].replace("\n", " / ")
    return f"{before}[{text[start:end]}]{after}"


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    before, after, corpus = load(argv[1]), load(argv[2]), argv[3]
    layers = [argv[i + 1] for i, a in enumerate(argv) if a == "--layer"] or ["entities", "quotes", "events"]
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 10**9
    opener = gzip.open if corpus.endswith(".gz") else open
    texts = {}
    with opener(corpus, "rt", encoding="utf-8") as f:
        for d in map(json.loads, f):
            if d.get("id") in before:
                texts[d["id"]] = d["text"]
    for layer in layers:
        changed, shown = 0, 0
        print(f"== {layer}")
        for doc_id, old in before.items():
            new = after.get(doc_id)
            if new is None:
                continue
            a, b = items(old, layer), items(new, layer)
            if a == b:
                continue
            changed += 1
            for sign, group in (("-", sorted(a - b)), ("+", sorted(b - a))):
                for item in group:
                    if shown < limit:
                        print(f"{sign} {doc_id} {item[2:]} | {context(texts.get(doc_id, ''), item[0], item[1])}")
                    shown += 1
        print(f"{changed} reports changed, {shown} items")


if __name__ == "__main__":
    main(sys.argv)
