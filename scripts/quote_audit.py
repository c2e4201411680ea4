#!/usr/bin/env python3
"""Quotation audit on random benchmark reports (docs/QUALITY.md, "Branch quotes4").

  python3 scripts/quote_audit.py sample SEED N OUT.jsonl [OFFSET]   # N random reports, none in any gold
  (sample A: seed 41, offset 0; sample B: seed 41, offset 50, disjoint from A)
  swift run marsad analyze OUT.jsonl --format jsonl -o OUT.analysis.jsonl
  python3 scripts/quote_audit.py show OUT.jsonl OUT.analysis.jsonl   # each quotation, to judge by hand

Gold ids are read from the ids docs/ANNOTATION.md names and from Tests/Fixtures/gold/dev-extra*.gold.jsonl
(the held-out gold files are never opened: their ids are in docs/ANNOTATION.md).
"""
import gzip, json, random, re, sys, glob, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "ant-world-news.jsonl.gz")

def gold_ids():
    ids = set(re.findall(r"\b[A-Z]{2}-[A-Za-z]+-\d+-\d{8}\b", open(os.path.join(ROOT, "docs", "ANNOTATION.md")).read()))
    for path in glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "gold", "dev-extra*.gold.jsonl")):
        for line in open(path):
            ids.add(json.loads(line)["id"])
    return ids

def sample(seed, n, out, offset=0):
    skip = gold_ids()
    rows = [json.loads(l) for l in gzip.open(CORPUS, "rt")]
    rows = [r for r in rows if r["id"] not in skip]
    random.Random(seed).shuffle(rows)
    with open(out, "w") as f:
        for r in rows[offset:offset + n]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def show(src, analysis):
    texts = {}
    for l in open(src):
        r = json.loads(l)
        texts[r["id"]] = r
    n = 0
    for l in open(analysis):
        a = json.loads(l)
        rid = a.get("id") or a.get("metadata", {}).get("id")
        ents = {e["id"]: e.get("name_ar") or e["id"] for e in a.get("entities", [])}
        text = a.get("text") or texts.get(rid, {}).get("text", "")
        for q in a.get("quotes", []):
            n += 1
            s, e = q["start"], q["end"]
            cs = q["cue"]["start"] if q.get("cue") else s
            lo = min(s, cs)
            ctx = text[max(0, lo - 90):s].replace("\n", " ⏎ ")
            body = text[s:e].replace("\n", " ⏎ ")
            if len(body) > 70: body = body[:45] + " … " + body[-20:]
            print(f"#{n} {rid} {q['kind']} spk={ents.get(q.get('speaker'), q.get('speaker'))}")
            print(f"   …{ctx}【{body}】")

if __name__ == "__main__":
    if sys.argv[1] == "sample": sample(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 0)
    else: show(sys.argv[2], sys.argv[3])
