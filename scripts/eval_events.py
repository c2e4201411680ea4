#!/usr/bin/env python3
"""Scores the quotes, events and agreements layers of marsad.document/1 output against gold
(shared/gold/FORMAT.md), until `marsad eval` lands.

Usage:
  python3 scripts/eval_events.py OUTPUT.jsonl [--gold FILE ...] [--verbose]

OUTPUT is JSON Lines (or a JSON array) of marsad.document/1 objects; documents are matched to gold
by `id`. Default gold: ../shared/gold/seed.gold.json and Tests/Fixtures/gold/dev-develop.gold.jsonl
(never the held half).

Actors resolve through the output's own entities: an entity id gives its `country`, the first three
letters of its `cameo` (and IGO for IGO… codes), and its English `name` and the initials of that
name (group names such as Houthis or GNC, which FORMAT.md resolves through the entity layer).
"""
import json, sys, argparse, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_GOLD = [ROOT.parent / "shared/gold/seed.gold.json", ROOT / "Tests/Fixtures/gold/dev-develop.gold.jsonl"]


def load(path):
    text = pathlib.Path(path).read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return json.loads(text)
    if text.startswith("{") and "\n{" not in text:
        return [json.loads(text)]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def codes(entity):
    out = set()
    if entity.get("country"):
        out.add(entity["country"])
    cameo = entity.get("cameo") or ""
    if cameo:
        out.add(cameo[:3])
        if cameo.startswith("IGO"):
            out.add("IGO")
    name = entity.get("name") or ""
    if name:
        out.add(name)
        out.add(name.split(" (")[0])
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        if len(initials) >= 2:
            out.add(initials)
    return out


def actor_codes(ids, entities):
    out = set()
    for i in ids:
        if i in entities:
            out |= codes(entities[i])
    return out


def speaker_ok(quote, gold_speaker, gold_entities, entities):
    sid = quote.get("speaker")
    if gold_speaker is None:
        return sid is None
    if sid is None or sid not in entities:
        return False
    e = entities[sid]
    if (e.get("name") or "").lower() == gold_speaker.lower():
        return True
    gold_spans = set()
    for g in gold_entities:
        if g["name"] == gold_speaker:
            gold_spans |= {tuple(m) for m in g.get("mentions", [])}
    return any((m["start"], m["end"]) in gold_spans for m in e.get("mentions", []))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--gold", nargs="*", default=None)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    outputs = {d["id"]: d for d in load(args.output)}
    golds = []
    for g in args.gold or DEFAULT_GOLD:
        golds += load(g)
    # A plain-text report analyzed as a file has the SHA-256 of its text as id: match by text.
    by_text = {d["text"]: d for d in outputs.values()}
    for gold in golds:
        if gold["id"] not in outputs and gold.get("file"):
            path = pathlib.Path(args.gold[0] if args.gold else DEFAULT_GOLD[0]).parent / gold["file"]
            if path.exists():
                text = path.read_text(encoding="utf-8").lstrip("\ufeff")
                if text in by_text:
                    outputs[gold["id"]] = by_text[text]

    T = dict(q_gold=0, q_found=0, q_text=0, q_out=0, q_out_ok=0, q_complete_out=0,
             e_gold=0, e_found=0, e_false=0, a_gold=0, a_found=0, p_tp=0, p_gold=0, p_out=0)
    for gold in golds:
        doc = outputs.get(gold["id"])
        if doc is None:
            print(f"{gold['id']}: no output")
            continue
        entities = {e["id"]: e for e in doc["entities"]}
        complete = gold.get("complete", {})
        print(f"== {gold['id']}")
        # Quotes
        used = set()
        for q in gold.get("quotes", []):
            T["q_gold"] += 1
            cands = [i for i, o in enumerate(doc["quotes"]) if q["contains"] in o["text"]]
            if cands:
                T["q_text"] += 1
            ok = [i for i in cands if i not in used and o_kind(doc, i) == q["kind"]
                  and speaker_ok(doc["quotes"][i], q["speaker"], gold["entities"], entities)]
            if ok:
                used.add(ok[0])
                T["q_found"] += 1
            elif args.verbose:
                got = [(doc["quotes"][i]["kind"], name_of(doc["quotes"][i].get("speaker"), entities)) for i in cands]
                print(f"  QUOTE MISS {q['kind']} {q['speaker']!r}: {q['contains']}  got={got}")
        if complete.get("quotes"):
            T["q_complete_out"] += len(doc["quotes"])
            T["q_out_ok"] += len(used)
            if args.verbose:
                for i, o in enumerate(doc["quotes"]):
                    if i not in used:
                        print(f"  QUOTE EXTRA {o['kind']} {name_of(o.get('speaker'), entities)}: {o['text'][:90]}")
        # Events
        asserted = [e for e in doc["events"] if (e.get("modality") or "asserted") == "asserted"]
        matched = set()
        for g in gold.get("events", []):
            T["e_gold"] += 1
            hit = None
            for i, e in enumerate(asserted):
                if i in matched or e["cameo"][:2] != g["cameo_root"]:
                    continue
                src, tgt = actor_codes(e["source"], entities), actor_codes(e["target"], entities)
                ordered = g["source"] in src and g["target"] in tgt
                swapped = g["cameo_root"] == "04" and g["source"] in tgt and g["target"] in src
                if not (ordered or swapped):
                    continue
                if g.get("date") and e.get("date") != g["date"]:
                    continue
                hit = i
                break
            if hit is not None:
                matched.add(hit)
                T["e_found"] += 1
            elif args.verbose:
                print(f"  EVENT MISS {g['cameo_root']} {g['source']}→{g['target']} {g.get('date')}: {g['what']}")
        extra = [e for i, e in enumerate(asserted) if i not in matched]
        T["e_false"] += len(extra)
        if args.verbose:
            for e in extra:
                s = ",".join(sorted(actor_codes(e["source"], entities) & codes_only(e["source"], entities)))
                t = ",".join(sorted(actor_codes(e["target"], entities) & codes_only(e["target"], entities)))
                print(f"  EVENT UNMATCHED {e['cameo']} {s}→{t} {e.get('date')}: {e['trigger']['text']} | {doc['text'][e['sentence']['start']:e['sentence']['end']][:80]}")
        # Agreements
        amatched = set()
        for g in gold.get("agreements", []):
            T["a_gold"] += 1
            T["p_gold"] += len(g["provisions"])
            hit = None
            for i, a in enumerate(doc["agreements"]):
                if i in amatched:
                    continue
                parties = set()
                for p in a["parties"]:
                    if p in entities:
                        parties.add(alpha(entities[p], set(g["parties"])))
                if a.get("date") == g["date"] and parties == set(g["parties"]):
                    hit = i
                    break
            if hit is not None:
                amatched.add(hit)
                T["a_found"] += 1
                kinds = {p["kind"] for p in doc["agreements"][hit]["provisions"]}
                T["p_out"] += len(kinds)
                T["p_tp"] += len(kinds & set(g["provisions"]))
                if args.verbose:
                    print(f"  AGREEMENT OK {g['date']} provisions out={sorted(kinds)} gold={sorted(g['provisions'])}")
            elif args.verbose:
                print(f"  AGREEMENT MISS {g['date']} {g['parties']} {g['provisions']}")
        if args.verbose:
            for i, a in enumerate(doc["agreements"]):
                if i not in amatched:
                    ps = [name_of(p, entities) for p in a["parties"]]
                    print(f"  AGREEMENT OUT {a['date']} {a['name']} parties={ps} provisions={[p['kind'] for p in a['provisions']]}")

    def ratio(a, b):
        return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0"
    print()
    print(f"quotes (text, kind and speaker) recall   {ratio(T['q_found'], T['q_gold'])}")
    print(f"quotes text found (any speaker/kind)     {ratio(T['q_text'], T['q_gold'])}")
    print(f"quotes precision (complete files)        {ratio(T['q_out_ok'], T['q_complete_out'])}")
    print(f"key events recall                        {ratio(T['e_found'], T['e_gold'])}")
    print(f"asserted events not matching gold        {T['e_false']} in {len(golds)} articles (gold lists key facts only)")
    print(f"agreements recall (date and parties)     {ratio(T['a_found'], T['a_gold'])}")
    print(f"provisions of matched agreements         P {ratio(T['p_tp'], T['p_out'])}  R {ratio(T['p_tp'], T['p_gold'])}")


def o_kind(doc, i):
    return doc["quotes"][i]["kind"]


def name_of(eid, entities):
    return entities[eid]["name"] if eid in entities else None


def codes_only(ids, entities):
    out = set()
    for i in ids:
        if i in entities:
            e = entities[i]
            out.add(e.get("country") or e.get("name"))
    return out


def alpha(entity, wanted):
    c = codes(entity)
    hit = c & wanted
    return sorted(hit)[0] if hit else (entity.get("country") or entity.get("name"))


if __name__ == "__main__":
    main()
