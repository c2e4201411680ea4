#!/usr/bin/env python3
"""Validate the dev gold files against the corpus.

usage: python3 scripts/check_gold.py [--corpus PATH] [--strict-speakers] [GOLD.jsonl ...]

Without GOLD arguments it checks the dev-news sets (develop, held) against
../shared/corpus/dev-news.jsonl and the dev-extra, dev-check, dev-extra2, dev-extra3 and dev-extra4 sets against the benchmark
corpus ant-world-news.jsonl.gz (read with gzip, only the ids the gold needs).
With GOLD arguments, each file is checked against --corpus, else against the
benchmark corpus if its name contains "extra" or "check", else against dev-news.

Checks (each failure is an ERROR; the script exits 1 if there is any):
  - every article of dev-news is in exactly one dev gold file; no article is in
    two gold files; ids, published and title match the corpus; `complete` is
    as agreed
  - entity: type in PERSON/GPE/LOCATION/ORGANIZATION, country alpha-3 or null,
    at least one mention; every mention / optional span in range, non-empty,
    not starting or ending with whitespace or punctuation; no span shared by two
    entities; no overlapping mentions; an optional span is never also a mention;
    no mention is another mention of the same entity plus an attached proclitic
  - times: span in range, `text` == text[start:end], value is a valid ISO date
  - quotes: `contains` occurs in the text, has 3-8 words and does not start
    with a complementizer (أن، إن، بأنها…); kind direct|indirect;
    speaker null or the `name` of a PERSON or ORGANIZATION entity of the article
    (a GPE speaker - a state speaking as such - is accepted with a NOTE unless
    --strict-speakers is given)
  - events: cameo_root two digits, cameo (if any) starts with it, source/target
    an ISO alpha-3 code, IGO, or a declared group short name (GROUPS below,
    spelled exactly so), date null or valid ISO, evidence occurs in the text
  - agreements: date null or ISO, parties sorted and valid actors, provisions
    from the allowed list, evidence occurs in the text
It also prints WARN lines (not errors) for an occurrence of a mention's surface
that no mention or optional span covers, to review for missed mentions.
"""
import argparse
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldlib import load_corpus as load_records  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("/work/shared/corpus/dev-news.jsonl")
BENCH_CORPUS = Path("/work/shared/corpus/ant-world-news.jsonl.gz")
DEFAULT_GOLD = [ROOT / "Tests/Fixtures/gold/dev-develop.gold.jsonl",
                ROOT / "Tests/Fixtures/gold/dev-held.gold.jsonl"]
# Gold sets over the benchmark corpus (texts matched by id; not every corpus
# article is annotated).
EXTRA_GOLD = [ROOT / "Tests/Fixtures/gold/dev-extra.gold.jsonl",
              ROOT / "Tests/Fixtures/gold/dev-check.gold.jsonl",
              ROOT / "Tests/Fixtures/gold/dev-extra2.gold.jsonl",
              ROOT / "Tests/Fixtures/gold/dev-extra3.gold.jsonl",
              ROOT / "Tests/Fixtures/gold/dev-extra4.gold.jsonl"]

TYPES = {"PERSON", "GPE", "LOCATION", "ORGANIZATION"}
COMPLETE = {"entities": True, "times": True, "quotes": True, "events": False, "agreements": False}
PROVISIONS = {"ceasefire", "peacekeeping", "withdrawal", "transit", "prisoner_exchange",
              "displaced_return", "humanitarian_access", "elections", "power_sharing",
              "disarmament", "evacuation"}
# Non-state actors used as event/agreement actors. Keep this list and
# docs/ANNOTATION.md in step; each name must be spelled exactly like this.
GROUPS = {
    "IGO",
    "Houthis", "Taliban", "Hamas", "Islamic State", "Jaysh al-Islam", "Faylaq al-Rahman",
    "Popular Resistance", "GNC", "SPLM-IO",
    # unnamed sides, described only generically in the article
    "Libyan militias", "Syrian rebels", "Palestinian factions", "Donbas separatists",
    # dev-extra
    "NCRI",
    # dev-extra3
    "Hezbollah",
    # dev-extra4
    "Human Rights Watch", "SDC",
}
# ISO 3166-1 alpha-3 (officially assigned codes)
ALPHA3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD
BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH
ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL
GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR
JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR
MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL
NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY
PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())
PROCLITICS = "وفبلك"
# A quote's text starts after these; `contains` must not start with one.
COMPLEMENTIZERS = {"أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أنهم", "إنهم", "بأنهم"}
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6}


class Report:
    def __init__(self):
        self.errors, self.warns, self.notes = [], [], []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warns.append(msg)

    def note(self, msg):
        self.notes.append(msg)


def is_punct_or_space(ch):
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZ" or ch == "ـ"


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def actor_ok(a):
    return isinstance(a, str) and (a in ALPHA3 or a in GROUPS)


def span_ok(text, sp, where, rep, check_edges=True):
    if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
        rep.err(f"{where}: malformed span {sp!r}")
        return False
    s, e = sp
    if not (0 <= s < e <= len(text)):
        rep.err(f"{where}: span {sp} out of range or empty (len {len(text)})")
        return False
    if check_edges and (is_punct_or_space(text[s]) or is_punct_or_space(text[e - 1])):
        rep.err(f"{where}: span {sp} {text[s:e]!r} starts or ends with space/punctuation")
        return False
    return True


def is_letter(ch):
    return ch.isalpha()


def occurrences(text, surface):
    """Whole-word occurrences of surface, allowing attached proclitics."""
    out = []
    for m in re.finditer(re.escape(surface), text):
        s, e = m.start(), m.end()
        j = s
        while j > 0 and text[j - 1] in PROCLITICS and s - j < 3:
            j -= 1
        left = (s == 0 or not is_letter(text[s - 1])) or (j == 0 or not is_letter(text[j - 1]))
        right = e >= len(text) or not is_letter(text[e])
        if left and right:
            out.append((s, e))
    return out


def check_article(g, doc, rep):
    aid = g.get("id")
    text = doc["text"]
    for k in ("published", "title"):
        if g.get(k) != doc[k]:
            rep.err(f"{aid}: {k} differs from the corpus")
    if not iso(g.get("published", "")):
        rep.err(f"{aid}: published is not an ISO date")
    if g.get("complete") != COMPLETE:
        rep.err(f"{aid}: complete must be {COMPLETE}")
    outs = g.get("outlets") or []
    if not outs or outs[0].get("name") != doc["outlet"] or outs[0].get("role") != "publisher":
        rep.err(f"{aid}: outlets[0] must be the corpus outlet as publisher")

    # entities
    owner = {}
    all_mentions = []
    covered = []
    optional_spans = []
    names = {}
    for i, e in enumerate(g.get("entities", [])):
        where = f"{aid} entity {e.get('name')!r}"
        if e.get("type") not in TYPES:
            rep.err(f"{where}: bad type {e.get('type')!r}")
        c = e.get("country")
        if c is not None and c not in ALPHA3:
            rep.err(f"{where}: country {c!r} is not alpha-3")
        if e.get("name") in names:
            rep.err(f"{where}: duplicate entity name")
        names[e.get("name")] = e.get("type")
        ms = e.get("mentions") or []
        if not ms:
            rep.err(f"{where}: no mentions")
        texts = set()
        for sp in ms:
            if not span_ok(text, sp, where, rep):
                continue
            key = tuple(sp)
            if key in owner and owner[key] != i:
                rep.err(f"{where}: span {sp} {text[sp[0]:sp[1]]!r} shared with entity #{owner[key]}")
            owner[key] = i
            all_mentions.append((key, i))
            covered.append(key)
            texts.add(text[sp[0]:sp[1]])
        for t in texts:
            if t[0] in PROCLITICS and t[1:] in texts:
                rep.err(f"{where}: mention {t!r} keeps an attached proclitic")
        for sp in e.get("optional_mentions") or []:
            if span_ok(text, sp, where + " optional", rep):
                if tuple(sp) in owner:
                    rep.err(f"{where}: optional span {sp} is also a mention")
                covered.append(tuple(sp))
                optional_spans.append(tuple(sp))
    all_mentions.sort()
    for (a, ia), (b, ib) in zip(all_mentions, all_mentions[1:]):
        if a != b and b[0] < a[1]:
            rep.err(f"{aid}: overlapping mentions {a} {text[a[0]:a[1]]!r} / {b} {text[b[0]:b[1]]!r}")
    # review aid: uncovered occurrences of annotated surfaces
    surfaces = {text[s:e] for (s, e), _ in all_mentions}
    for sur in sorted(surfaces):
        for s, e in occurrences(text, sur):
            if not any(cs <= s and e <= ce for cs, ce in covered) \
                    and not any(os_ < e and s < oe for os_, oe in optional_spans):
                # an occurrence holding an optional span (الجناح الحوثي, adjective
                # stem حوث optional) has been reviewed as an adjective
                ctx = text[max(0, s - 20):e + 20].replace("\n", " ")
                rep.warn(f"{aid}: uncovered occurrence of {sur!r} at {s}: …{ctx}…")

    # times
    for t in g.get("times", []):
        where = f"{aid} time {t.get('text')!r}"
        sp = [t.get("start"), t.get("end")]
        if span_ok(text, sp, where, rep, check_edges=False):
            if text[sp[0]:sp[1]] != t.get("text"):
                rep.err(f"{where}: text differs from text[start:end] = {text[sp[0]:sp[1]]!r}")
        if not iso(t.get("value")):
            rep.err(f"{where}: value {t.get('value')!r} is not an ISO date")
            continue
        # arithmetic checks against the dateline
        val = datetime.date.fromisoformat(t["value"])
        pub = datetime.date.fromisoformat(g["published"])
        # Persian yeh/kaf (الإثنین) read as Arabic for the weekday check
        words = re.findall(r"[\u0621-\u064A]+", t.get("text", "").replace("ی", "ي").replace("ک", "ك"))
        for w in words:
            if w in WEEKDAYS and val.weekday() != WEEKDAYS[w]:
                rep.err(f"{where}: {t['value']} is a {val.strftime('%A')}, not {w}")
        tx = t.get("text", "")
        if "أول من أمس" in tx:
            expect = pub - datetime.timedelta(days=2)
        elif any(w in ("أمس", "امس") or w.endswith("الأمس") for w in words):
            expect = pub - datetime.timedelta(days=1)
        elif "اليوم" in words and "السابع" not in tx and "نفس اليوم" not in tx:
            expect = pub
        elif "غدا" in tx:
            expect = pub + datetime.timedelta(days=1)
        else:
            expect = None
        if expect is not None and val != expect:
            rep.err(f"{where}: relative day resolves to {expect}, gold says {val}")
        if abs((val - pub).days) > 7 and not re.search(r"\d", tx) and "رمضان" not in tx and "شوال" not in tx \
                and "الفطر" not in tx:
            rep.warn(f"{where}: {val} is more than a week from the dateline without a written date")

    # quotes
    for q in g.get("quotes", []):
        c = q.get("contains", "")
        where = f"{aid} quote {c!r}"
        if not c or c not in text:
            rep.err(f"{where}: `contains` not found in the text")
        n = len(c.split())
        if not 3 <= n <= 8:
            rep.err(f"{where}: `contains` has {n} words (3-8 expected)")
        if c.split() and c.split()[0] in COMPLEMENTIZERS:
            rep.err(f"{where}: `contains` starts with the complementizer {c.split()[0]!r}; "
                    "take it from the reported content")
        if q.get("kind") not in ("direct", "indirect"):
            rep.err(f"{where}: bad kind {q.get('kind')!r}")
        sp = q.get("speaker")
        if sp is not None:
            typ = names.get(sp)
            if typ in ("PERSON", "ORGANIZATION"):
                pass
            elif typ == "GPE":
                if STRICT:
                    rep.err(f"{where}: speaker {sp!r} is a GPE")
                else:
                    rep.note(f"{where}: speaker {sp!r} is a GPE (a state speaking as such)")
            else:
                rep.err(f"{where}: speaker {sp!r} is not an entity of the article")

    # events
    for ev in g.get("events", []):
        where = f"{aid} event {ev.get('what')!r}"
        root = ev.get("cameo_root")
        if not (isinstance(root, str) and re.fullmatch(r"\d\d", root) and 1 <= int(root) <= 20):
            rep.err(f"{where}: bad cameo_root {root!r}")
        if "cameo" in ev and not (isinstance(ev["cameo"], str) and ev["cameo"].startswith(str(root))
                                  and re.fullmatch(r"\d{2,4}", ev["cameo"])):
            rep.err(f"{where}: cameo {ev['cameo']!r} does not refine root {root!r}")
        for k in ("source", "target"):
            if not actor_ok(ev.get(k)):
                rep.err(f"{where}: {k} {ev.get(k)!r} is not alpha-3, IGO or a declared group")
        if ev.get("date") is not None and not iso(ev["date"]):
            rep.err(f"{where}: bad date {ev.get('date')!r}")
        if not ev.get("what"):
            rep.err(f"{where}: missing what")
        if ev.get("evidence") is not None and ev["evidence"] not in text:
            rep.err(f"{where}: evidence not found in the text")

    # agreements
    for ag in g.get("agreements", []):
        where = f"{aid} agreement {ag.get('evidence')!r}"
        if ag.get("date") is not None and not iso(ag["date"]):
            rep.err(f"{where}: bad date")
        parties = ag.get("parties") or []
        if not parties or parties != sorted(parties):
            rep.err(f"{where}: parties missing or not sorted")
        for p in parties + (ag.get("mediators") or []):
            if not actor_ok(p):
                rep.err(f"{where}: actor {p!r} is not alpha-3, IGO or a declared group")
        for p in ag.get("provisions", []):
            if p not in PROVISIONS:
                rep.err(f"{where}: unknown provision {p!r}")
        if ag.get("evidence") is not None and ag["evidence"] not in text:
            rep.err(f"{where}: evidence not found in the text")


STRICT = False


def gold_ids(files):
    ids = set()
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.strip():
                try:
                    ids.add(json.loads(line).get("id"))
                except json.JSONDecodeError:
                    pass
    return ids


def main():
    global STRICT
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--strict-speakers", action="store_true")
    ap.add_argument("--quiet-warnings", action="store_true")
    ap.add_argument("gold", nargs="*")
    args = ap.parse_args()
    STRICT = args.strict_speakers
    # (corpus path, gold files, every corpus article must be annotated)
    if args.gold:
        sets = {}
        for p in map(Path, args.gold):
            c = Path(args.corpus) if args.corpus else (BENCH_CORPUS if ("extra" in p.name or "check" in p.name)
                                                             else DEFAULT_CORPUS)
            sets.setdefault(c, []).append(p)
        sets = [(c, fs, False) for c, fs in sets.items()]
    else:
        sets = [(DEFAULT_CORPUS, DEFAULT_GOLD, True)]
        extra = [p for p in EXTRA_GOLD if p.exists()]
        if extra:
            sets.append((BENCH_CORPUS, extra, False))
    rep = Report()
    seen = {}
    counts = []
    groups_used = set()
    for corpus_path, files, require_all in sets:
        corpus = load_records(corpus_path, None if require_all else gold_ids(files))
        set_seen = set()
        for f in files:
            for n, line in enumerate(open(f, encoding="utf-8"), 1):
                if not line.strip():
                    continue
                try:
                    g = json.loads(line)
                except json.JSONDecodeError as e:
                    rep.err(f"{f.name}:{n}: invalid JSON: {e}")
                    continue
                aid = g.get("id")
                if aid not in corpus:
                    rep.err(f"{f.name}:{n}: id {aid!r} not in the corpus {corpus_path.name}")
                    continue
                if aid in seen:
                    rep.err(f"{aid}: in both {seen[aid]} and {f.name}")
                seen[aid] = f.name
                set_seen.add(aid)
                check_article(g, corpus[aid], rep)
                for ev in g.get("events", []):
                    groups_used |= {ev.get("source"), ev.get("target")} & GROUPS
                for ag in g.get("agreements", []):
                    groups_used |= set(ag.get("parties", []) + ag.get("mediators", [])) & GROUPS
                counts.append((f.name, aid, g["published"], corpus[aid]["outlet"],
                               len(g.get("entities", [])),
                               sum(len(e.get("mentions", [])) for e in g.get("entities", [])),
                               sum(len(e.get("optional_mentions", []) or []) for e in g.get("entities", [])),
                               len(g.get("times", [])), len(g.get("quotes", [])),
                               len(g.get("events", [])), len(g.get("agreements", []))))
        if require_all:
            missing = set(corpus) - set_seen
            if missing:
                rep.err(f"corpus articles missing from the gold files: {sorted(missing)}")
    unused = GROUPS - groups_used - {"IGO"}
    for u in sorted(unused):
        rep.note(f"declared group {u!r} is not used")

    w = max([5] + [len(c[1]) for c in counts])
    print(f"{'file':28} {'id':{w}} {'published':10} {'outlet':16} ent ment opt time quot evt agr")
    for c in counts:
        print(f"{c[0]:28} {c[1]:{w}} {c[2]:10} {c[3][:16]:16} {c[4]:3} {c[5]:4} {c[6]:3} {c[7]:4} {c[8]:4} {c[9]:3} {c[10]:3}")
    tot = [sum(c[i] for c in counts) for i in range(4, 11)]
    print(f"{'total':28} {len(counts):{w}} {'':10} {'':16} {tot[0]:3} {tot[1]:4} {tot[2]:3} {tot[3]:4} {tot[4]:4} {tot[5]:3} {tot[6]:3}")
    if not args.quiet_warnings:
        for w in rep.warns:
            print("WARN ", w)
    for m in rep.notes:
        print("NOTE ", m)
    for e in rep.errors:
        print("ERROR", e)
    print(f"{len(rep.errors)} errors, {len(rep.warns)} warnings, {len(rep.notes)} notes")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
