#!/usr/bin/env python3
"""Build the dev gold files from the surface-level specs in gold_spec.py.

Every span is located programmatically (goldlib.find_surface); overlaps are
resolved longest-first; each spec can reject occurrences by left context.
A review rendering of each article is written to /tmp/gold_review/<id>.txt
(mentions ⟦…|Name⟧, optional {…|Name}, times ⟪…|value⟫).

usage: python3 scripts/build_gold.py [--review-only ID...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from goldlib import load_corpus, find_surface, overlaps, ctx  # noqa: E402
from gold_spec import SPEC, SPLIT, SPLIT_CORPUS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/Fixtures/gold"
REVIEW = Path("/tmp/gold_review")


def bracket(surface):
    """'حركة_[الجهاد]' -> ('حركة_الجهاد', 5, 11): plain string and span inside it."""
    if "[" in surface:
        a = surface.index("[")
        b = surface.index("]")
        plain = surface.replace("[", "").replace("]", "")
        return plain, a, b - 1
    return surface, 0, len(surface)


def find_bracketed(text, surface):
    plain, a, b = bracket(surface)
    out = []
    for s, e in find_surface(text, plain):
        if a == 0 and text[s:e] != plain:  # matched the 'لل' form: span starts after the first ل
            out.append((s, s + (e - s) - (len(plain) - b)))
        else:
            out.append((s + a, s + b))
    return out


def skipped(text, span, skips, surface):
    for sk in skips:
        sur, left = sk[0], sk[1]
        if sur != surface:
            continue
        if text[:span[0]].endswith(left):
            return True
    return False


def build(doc, spec):
    text = doc["text"]
    errors = []
    skips = spec.get("skip", [])
    # candidate mentions
    cands = []
    for ei, ent in enumerate(spec["entities"]):
        typ, name, country, surfaces = ent[:4]
        for sur in surfaces:
            spans = find_bracketed(text, sur)
            if not spans:
                errors.append(f"{doc['id']}: surface not found: {sur} ({name})")
            for sp in spans:
                if skipped(text, sp, skips, sur):
                    continue
                cands.append((sp, ei, sur, len(bracket(sur)[0])))
    # longest matched string first; equal spans claimed by two entities
    # through equally long surfaces is an error
    cands.sort(key=lambda c: (-c[3], -(c[0][1] - c[0][0]), c[0][0]))
    taken = []
    mentions = {i: [] for i in range(len(spec["entities"]))}
    for sp, ei, sur, plen in cands:
        clash = [t for t in taken if overlaps(t[0], sp)]
        if clash:
            if any(t[0] == sp and t[1] != ei and t[2] == plen for t in clash):
                errors.append(f"{doc['id']}: span {sp} {text[sp[0]:sp[1]]} claimed twice")
            continue
        taken.append((sp, ei, plen))
        mentions[ei].append(list(sp))
    # optional mentions (nationality adjectives): bracketed forms
    optional = {i: [] for i in range(len(spec["entities"]))}
    names = [e[1] for e in spec["entities"]]
    for name, forms in spec.get("adj", {}).items():
        ei = names.index(name)
        for f in forms:
            spans = find_bracketed(text, f)
            if not spans:
                errors.append(f"{doc['id']}: adjective not found: {f}")
            for sp in spans:
                if skipped(text, sp, skips, f):
                    continue
                if any(overlaps(t[0], sp) for t in taken):
                    continue  # inside an annotated name: nested, not separate
                optional[ei].append(list(sp))
    entities = []
    for ei, ent in enumerate(spec["entities"]):
        typ, name, country = ent[:3]
        ms = sorted(mentions[ei])
        if not ms:
            errors.append(f"{doc['id']}: entity without mentions: {name}")
        e = {"type": typ, "name": name, "country": country, "mentions": ms}
        if optional[ei]:
            e["optional_mentions"] = sorted(set(map(tuple, optional[ei])))
            e["optional_mentions"] = [list(x) for x in e["optional_mentions"]]
        entities.append(e)
    # times
    tc = []
    for t in spec.get("times", []):
        sur, value = t[0], t[1]
        spans = [sp for sp in find_bracketed(text, sur) if not skipped(text, sp, skips, sur)]
        if len(t) > 2 and len(spans) != t[2]:
            errors.append(f"{doc['id']}: time {sur} found {len(spans)}x, expected {t[2]}")
        for sp in spans:
            tc.append((sp, value, len(bracket(sur)[0])))
    tc.sort(key=lambda c: (-c[2], -(c[0][1] - c[0][0]), c[0][0]))
    ttaken = []
    for sp, value, _ in tc:
        if any(overlaps(x[0], sp) for x in ttaken):
            continue
        ttaken.append((sp, value))
    ttaken.sort()
    times = [{"text": text[s:e], "start": s, "end": e, "value": v} for (s, e), v in ttaken]
    quotes = [{"contains": c, "speaker": sp, "kind": k} for c, sp, k in spec.get("quotes", [])]
    gold = {
        "id": doc["id"],
        "published": doc["published"],
        "title": doc["title"],
        "outlets": [{"name": doc["outlet"], "name_en": doc["outlet"], "role": "publisher"}],
        "complete": {"entities": True, "times": True, "quotes": True, "events": False, "agreements": False},
        "entities": entities,
        "times": times,
        "quotes": quotes,
        "events": spec.get("events", []),
        "agreements": spec.get("agreements", []),
    }
    return gold, errors


def render(doc, gold):
    text = doc["text"]
    marks = []
    for e in gold["entities"]:
        for s, t in e["mentions"]:
            marks.append((s, t, "⟦", f"|{e['name']}⟧"))
        for s, t in e.get("optional_mentions", []):
            marks.append((s, t, "{", f"|{e['name']}}}"))
    for t in gold["times"]:
        marks.append((t["start"], t["end"], "⟪", f"|{t['value']}⟫"))
    ins = []
    for s, e, a, b in marks:
        ins.append((s, 1, a))
        ins.append((e, 0, b))
    ins.sort(key=lambda x: (x[0], x[1]))
    out = []
    last = 0
    for pos, _, tok in ins:
        out.append(text[last:pos])
        out.append(tok)
        last = pos
    out.append(text[last:])
    return "".join(out)


def main():
    only = sys.argv[2:] if len(sys.argv) > 1 and sys.argv[1] == "--review-only" else None
    docs = {}
    for split, ids in SPLIT.items():
        want = {a for a in ids if not only or a in only}
        if want:
            docs.update(load_corpus(SPLIT_CORPUS[split], want))
    REVIEW.mkdir(exist_ok=True)
    allerr = []
    golds = {}
    for aid, spec in SPEC.items():
        if only and aid not in only:
            continue
        gold, errs = build(docs[aid], spec)
        allerr += errs
        golds[aid] = gold
        (REVIEW / f"{aid}.txt").write_text(render(docs[aid], gold), encoding="utf-8")
    for e in allerr:
        print("ERROR", e)
    if only:
        return 1 if allerr else 0
    for split, ids in SPLIT.items():
        path = OUT / f"dev-{split}.gold.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for aid in ids:
                if aid in golds:
                    f.write(json.dumps(golds[aid], ensure_ascii=False) + "\n")
        print("wrote", path, sum(1 for a in ids if a in golds), "articles")
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
