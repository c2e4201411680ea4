#!/usr/bin/env python3
"""Score Marsad's entities against the gold (rules of /work/shared/gold/FORMAT.md).

Runs `marsad analyze … --format jsonl` on the sample report and on the develop articles of the
dev corpus, then scores:

* entities: an output entity matches a gold entity when it has the same type and country and one
  of its mentions equals a gold mention span. Recall is over gold entities (each counts once);
  precision is over output entities, leaving out those whose mentions only hit optional mentions.
* mentions: output spans against gold spans, exact; output spans equal to an optional mention
  are not counted.

Only the develop split is ever read (Tests/Fixtures/gold/dev-develop.gold.jsonl); the held split
is the lead's measure of generalization and is never opened here.

Usage:
  python3 scripts/eval_entities.py                 # builds nothing; uses .build/debug/marsad
  python3 scripts/eval_entities.py --binary .build/release/marsad --verbose
  python3 scripts/eval_entities.py --only seed      # or: --only dev
  python3 scripts/eval_entities.py --ner            # with the statistical tagger
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEED_TEXT = pathlib.Path("/work/shared/seeds/karabakh-lavrov-2021-05-11.ar.txt")
SEED_GOLD = pathlib.Path("/work/shared/gold/seed.gold.json")
DEV_CORPUS = pathlib.Path("/work/shared/corpus/dev-news.jsonl")
DEV_GOLD = ROOT / "Tests/Fixtures/gold/dev-develop.gold.jsonl"


EXTRA = []


def analyze(binary, path):
    out = subprocess.run([binary, "analyze", str(path), "--format", "jsonl"] + EXTRA, check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def score_article(gold, output, text, verbose, label):
    gold_entities = gold["entities"]
    optional = {tuple(s) for e in gold_entities for s in e.get("optional_mentions", [])}
    gold_spans = {tuple(s) for e in gold_entities for s in e["mentions"]}
    out_entities = output["entities"]
    c = dict(ent_tp_gold=0, ent_gold=len(gold_entities), ent_tp_out=0, ent_fp=0,
             men_tp=0, men_gold=len(gold_spans), men_out=0)

    def spans(e):
        return {(m["start"], m["end"]) for m in e["mentions"]}

    def matches(o, g):
        return o["type"] == g["type"] and o["country"] == g["country"] and spans(o) & {tuple(s) for s in g["mentions"]}

    missed = []
    for g in gold_entities:
        if any(matches(o, g) for o in out_entities):
            c["ent_tp_gold"] += 1
        else:
            missed.append(g)
    false_pos = []
    for o in out_entities:
        if any(matches(o, g) for g in gold_entities):
            c["ent_tp_out"] += 1
        elif spans(o) & optional:
            continue
        else:
            c["ent_fp"] += 1
            false_pos.append(o)
    out_spans = set()
    for o in out_entities:
        out_spans |= spans(o)
    counted = out_spans - (optional - gold_spans)
    c["men_out"] = len(counted)
    c["men_tp"] = len(counted & gold_spans)
    if verbose:
        print(f"--- {label}")
        for g in missed:
            print(f"  MISSED {g['type']} {g['name']} {g['country']}: " + ", ".join(text[a:b] for a, b in g["mentions"][:4]))
        for o in false_pos:
            print(f"  FALSE  {o['type']} {o['name']} {o['country']}: " + ", ".join(m["text"] for m in o["mentions"][:4]))
        for a, b in sorted(gold_spans - counted):
            print(f"  mention missed  [{a},{b}) {text[max(0, a - 15):a]}⟦{text[a:b]}⟧{text[b:b + 15]}".replace("\n", " "))
        for a, b in sorted(counted - gold_spans):
            print(f"  mention extra   [{a},{b}) {text[max(0, a - 15):a]}⟦{text[a:b]}⟧{text[b:b + 15]}".replace("\n", " "))
    return c


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name, counts):
    total = {k: sum(c[k] for c in counts) for k in counts[0]}
    ep, er, ef = prf(total["ent_tp_out"], total["ent_tp_out"] + total["ent_fp"], total["ent_tp_gold"], total["ent_gold"])
    mp, mr, mf = prf(total["men_tp"], total["men_out"], total["men_tp"], total["men_gold"])
    print(f"{name:12} entities P {ep:.3f} R {er:.3f} F1 {ef:.3f} ({total['ent_tp_gold']}/{total['ent_gold']} gold, "
          f"{total['ent_fp']} false)   mentions P {mp:.3f} R {mr:.3f} F1 {mf:.3f} "
          f"({total['men_tp']}/{total['men_gold']} gold, {total['men_out']} output)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=str(ROOT / ".build/debug/marsad"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", choices=["seed", "dev"])
    ap.add_argument("--ner", action="store_true", help="give the entity layer the statistical tagger (marsad analyze --ner)")
    args = ap.parse_args()
    if args.ner:
        EXTRA.append("--ner")
    if args.only in (None, "seed"):
        gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
        out = analyze(args.binary, SEED_TEXT)[0]
        text = SEED_TEXT.read_text(encoding="utf-8").lstrip("\ufeff")
        report("sample", [score_article(gold, out, text, args.verbose, "sample")])
    if args.only in (None, "dev"):
        golds = [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
        ids = {g["id"] for g in golds}
        records = {}
        for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r["id"] in ids:
                    records[r["id"]] = r
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for g in golds:
                f.write(json.dumps(records[g["id"]], ensure_ascii=False) + "\n")
            path = f.name
        outputs = {o["id"]: o for o in analyze(args.binary, path)}
        pathlib.Path(path).unlink()
        counts = []
        for g in golds:
            c = score_article(g, outputs[g["id"]], records[g["id"]]["text"], args.verbose, g["id"])
            counts.append(c)
            if args.verbose:
                report(g["id"], [c])
        report("dev-develop", counts)


if __name__ == "__main__":
    sys.exit(main())
