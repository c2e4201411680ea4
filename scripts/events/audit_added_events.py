#!/usr/bin/env python3
"""Precision audit of an events change on benchmark reports in no gold set.

1. Pick a sample (fixed seed) of reports outside every gold file:
     python3 scripts/events/audit_added_events.py sample OUT.jsonl N SEED [--exclude PREVIOUS.jsonl]
2. Run `marsad analyze OUT.jsonl --format jsonl` with the code before and after the change.
3. List the asserted events that changed (added +, removed -), each with its sentence, to be read
   one by one:
     python3 scripts/events/audit_added_events.py diff SAMPLE.jsonl BEFORE.jsonl AFTER.jsonl

Events are compared by (code, source names and agent labels, target names and agent labels, date).
Branch events5 used seeds 5505 (200 reports) and 5506 (100 more): docs/QUALITY.md.
"""
import glob
import gzip
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared/corpus/ant-world-news.jsonl.gz"


def sample(out, n, seed, exclude=None):
    gold = set()
    for f in glob.glob(str(ROOT / "Tests/Fixtures/gold/*.jsonl")):
        gold |= {json.loads(l)["id"] for l in open(f, encoding="utf-8")}
    if exclude:
        gold |= {json.loads(l)["id"] for l in open(exclude, encoding="utf-8")}
    pool = [l for l in gzip.open(CORPUS, "rt", encoding="utf-8") if json.loads(l)["id"] not in gold]
    random.seed(seed)
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(random.sample(pool, n))


def asserted(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        names = {e["id"]: e["name"] for e in r.get("entities", [])}

        def side(ids, agents):
            return ",".join([names.get(i, i) for i in ids] + [a["label"] for a in agents or []])

        out[r["id"]] = [((e["cameo"], side(e["source"], e.get("source_agents")), side(e["target"], e.get("target_agents")),
                          e.get("date")), e) for e in r.get("events", []) if e["modality"] == "asserted"]
    return out


def diff(sample_path, before_path, after_path):
    texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(sample_path, encoding="utf-8")}
    before, after = asserted(before_path), asserted(after_path)
    print(f"asserted events: {sum(map(len, before.values()))} -> {sum(map(len, after.values()))} in {len(after)} reports")
    for rid, events in after.items():
        old = [k for k, _ in before.get(rid, [])]
        new = [k for k, _ in events]
        for key, e in events:
            if key not in old:
                s = e["sentence"]
                print(f"+ {rid} {key} «{e['trigger']['text']}»\n    {texts[rid][s['start']:s['end']]}")
        for key in old:
            if key not in new:
                print(f"- {rid} {key}")


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[6] if len(sys.argv) > 6 else None)
    else:
        diff(sys.argv[2], sys.argv[3], sys.argv[4])
