#!/usr/bin/env python3
"""Select the articles of the dev-extra gold set from the ANT benchmark corpus.

The procedure is fixed and reproducible (docs/ANNOTATION.md, "dev-extra"):

1. Length: 1,500-4,000 characters of `text`.
2. Not a copy of a dev-news report: an article sharing 10 % or more of its
   8-word shingles with any text of ../shared/corpus/dev-news.jsonl is dropped
   (computed only; no dev text is read by a person).
3. Rich in diplomacy/conflict events: matches at least 4 of the 10 event
   families in EVENT (meeting, visit, talks, phone call, ceasefire/truce,
   agreement, prisoners, return of displaced, attack, accusation).
4. Rich in quotations: at least 2 quoted passages of 3 or more words in "…",
   “…” or «…», and at least 2 reported-speech cues (speech verb + أن/إن).
5. Region: the region of REGION whose keywords occur most often (title and
   text); at least 3 hits and at least half of all region hits, else dropped.
6. Shuffle the eligible ids (sorted first) with random.Random(SEED), then take
   articles in that order, at most 2 per outlet and 1 per region, until 10.
   If a pass ends short (an outlet has no eligible article left in a new
   region), the next pass goes over the same order allowing one more article
   per region.

Nobody ran Marsad on the candidates before the choice, and the choice does not
look at any output of Marsad.

usage: python3 scripts/select_extra.py [--verbose]
"""
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path("/work/shared/corpus/ant-world-news.jsonl.gz")
DEV = Path("/work/shared/corpus/dev-news.jsonl")
SEED = 20180101
TARGET = 10
PER_OUTLET = 2
PER_REGION = 1

EVENT = {
    "meeting": r"التقى|التقت|يلتقي|لقاء|اجتماع|اجتمع|قمة",
    "visit": r"زيارة|يزور|زار\b|زارت",
    "talks": r"محادثات|مفاوضات|مباحثات|مشاورات",
    "phone": r"اتصالا هاتفيا|اتصال هاتفي|اتصالاً هاتفياً|هاتفيا",
    "ceasefire": r"وقف إطلاق النار|وقف اطلاق النار|هدنة|الهدنة|التهدئة",
    "agreement": r"اتفاق|اتفاقية|تفاهم",
    "prisoners": r"الأسرى|أسرى|المعتقلين|الإفراج عن|تبادل",
    "return": r"عودة النازحين|عودة اللاجئين|النازحين|اللاجئين",
    "attack": r"هجوم|غارة|غارات|قصف|اشتباكات|تفجير",
    "accuse": r"اتهم|اتهمت|يتهم|تتهم|اتهامات",
}
REGION = {
    "Syria": r"سوريا|سورية|السوري|دمشق|حلب|إدلب|درعا|الغوطة|الأسد",
    "Yemen": r"اليمن|الحوثي|صنعاء|الحديدة|عدن",
    "Libya": r"ليبيا|الليبي|طرابلس|بنغازي|حفتر",
    "Palestine/Israel": r"إسرائيل|الإسرائيلي|غزة|الفلسطيني|فلسطين|حماس|الضفة",
    "Iraq": r"العراق|العراقي|بغداد|الموصل|كردستان",
    "Afghanistan": r"أفغانستان|الأفغاني|طالبان|كابل|كابول",
    "Sudan/South Sudan": r"السودان|السوداني|الخرطوم|جوبا",
    "Ukraine/Russia": r"أوكرانيا|الأوكراني|كييف|دونباس|القرم|دونيتسك",
    "Koreas": r"كوريا|الكوري|بيونغ يانغ|بيونغيانغ|كيم جونغ",
    "Iran": r"إيران|الإيراني|طهران|روحاني|ظريف",
    "Gulf": r"قطر|القطري|الإمارات|الإماراتي|البحرين|البحريني|الكويت|الكويتي|سلطنة عمان|الخليج",
}
QUOTE = re.compile(r"\"([^\"\n]{3,600})\"|“([^”\n]{3,600})”|«([^»\n]{3,600})»")
SPEECH = re.compile(r"(قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|أضاف|أضافت|أشار|أشارت|صرح|ذكر|ذكرت)\S*\s+(\S+\s+){0,6}?(إن|أن|بأن)\s")


def shingles(text, n=8):
    w = re.findall(r"\w+", text)
    return {" ".join(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}



def gold_ids(gold_dir, skip_prefix):
    """The ids of every gold file of `gold_dir` but those whose name starts with `skip_prefix`."""
    ids = set()
    for f in gold_dir.glob("*.jsonl"):
        if f.name.startswith(skip_prefix):
            continue
        for line in open(f, encoding="utf-8"):
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def unused_candidates(gold_dir, skip_prefix, seed, verbose=False):
    """Eligible articles in no gold file (but `skip_prefix`'s) nor a near-copy of one (10 % or
    more shared 8-word shingles), sorted, then shuffled with `seed` (dev-check and dev-extra2)."""
    used = gold_ids(gold_dir, skip_prefix)
    gold_sh = []
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in used:
            gold_sh.append(shingles(d["text"]))
    cands = []
    text_of = {}
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        d = json.loads(line)
        text_of[d["id"]] = d["text"]
    for c in eligible(verbose):
        if c[0] in used:
            continue
        sh = shingles(text_of[c[0]])
        if sh and any(len(sh & s) >= 0.1 * len(sh) for s in gold_sh):
            if verbose:
                print("gold copy dropped:", c[0], file=sys.stderr)
            continue
        cands.append(c)
    if verbose:
        print(f"{len(cands)} eligible after gold exclusion", file=sys.stderr)
    cands = sorted(cands)
    random.Random(seed).shuffle(cands)
    return cands

def profile(d):
    text = d["text"]
    events = {k for k, p in EVENT.items() if re.search(p, text)}
    quotes = [next(g for g in m.groups() if g) for m in QUOTE.finditer(text)]
    quotes = [q for q in quotes if len(q.split()) >= 3]
    speech = len(SPEECH.findall(text))
    hay = d["title"] + "\n" + text
    hits = Counter({r: len(re.findall(p, hay)) for r, p in REGION.items()})
    region, top = hits.most_common(1)[0]
    total = sum(hits.values())
    return events, len(quotes), speech, (region if top >= 3 and 2 * top >= total else None)


def eligible(verbose=False):
    dev = [shingles(json.loads(l)["text"]) for l in open(DEV, encoding="utf-8")]
    out = []
    n = 0
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        d = json.loads(line)
        n += 1
        if not 1500 <= len(d["text"]) <= 4000:
            continue
        sh = shingles(d["text"])
        if sh and any(len(sh & s) >= 0.1 * len(sh) for s in dev):
            if verbose:
                print("dev copy dropped:", d["id"], file=sys.stderr)
            continue
        events, nq, ns, region = profile(d)
        if len(events) >= 4 and nq >= 2 and ns >= 2 and region:
            out.append((d["id"], d["outlet"], region, len(d["text"]), sorted(events), nq, ns))
    if verbose:
        print(f"{n} articles, {len(out)} eligible", file=sys.stderr)
    return out


def select(cands):
    cands = sorted(cands)
    random.Random(SEED).shuffle(cands)
    outlets, regions, chosen = Counter(), Counter(), []
    per_region = PER_REGION
    while len(chosen) < TARGET and per_region <= TARGET:
        for c in cands:
            aid, outlet, region = c[0], c[1], c[2]
            if c in chosen:
                continue
            if outlets[outlet] < PER_OUTLET and regions[region] < per_region:
                chosen.append(c)
                outlets[outlet] += 1
                regions[region] += 1
            if len(chosen) == TARGET:
                break
        per_region += 1
    return chosen


def choose_by_region(cands, stages, regions=None, verbose=False):
    """The later selections' loop (select_extra2, select_extra3, select_check): for each stage
    (per-outlet cap, target count), one more article per keyword region a pass, in the order of
    `cands`, until the target is reached; `regions` counts regions already taken elsewhere."""
    outlets, taken, chosen = Counter(), Counter(regions or {}), []
    limit = stages[-1][1] + 2
    for cap, target in stages:
        per_region = 1
        while len(chosen) < target and per_region <= limit:
            for c in cands:
                if c in chosen:
                    continue
                if outlets[c[1]] < cap and taken[c[2]] < per_region:
                    chosen.append(c)
                    outlets[c[1]] += 1
                    taken[c[2]] += 1
                    if verbose:
                        print(f"cap {cap} pass {per_region}: {c[0]}", file=sys.stderr)
                if len(chosen) == target:
                    break
            per_region += 1
    return chosen


def print_chosen(chosen):
    for aid, outlet, region, n, events, nq, ns in chosen:
        print(f"{aid}\t{outlet}\t{region}\t{n}\t{nq} quotes\t{ns} speech\t{','.join(events)}")


def main():
    verbose = "--verbose" in sys.argv
    cands = eligible(verbose)
    if verbose:
        print("eligible by outlet:", Counter(c[1] for c in cands), file=sys.stderr)
        print("eligible by region:", Counter(c[2] for c in cands), file=sys.stderr)
    print_chosen(select(cands))


if __name__ == "__main__":
    main()
