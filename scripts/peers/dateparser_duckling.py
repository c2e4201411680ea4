#!/usr/bin/env python3
"""Score dateparser on Duckling's Arabic time corpus.

Cases: every `dim == "time"` case whose expected grain is Day, Hour, Minute or
Second (instants, and intervals scored against their start), plus the
negative cases (texts that must not yield a date).

Each phrase is given to
  - dateparser.parse(text, languages=['ar'], settings=S)           ("parse")
  - dateparser.search.search_dates(text, languages=['ar'], settings=S)
    (its first match counts)                                        ("search")
with S:
  RELATIVE_BASE       = 2013-02-12 04:30:00, naive: Duckling's reference time
                        2013-02-12T04:30:00-02:00 as local wall-clock time,
                        the frame in which the expected values are written
  TIMEZONE            = 'UTC' (only so no machine time zone or offset is
                        applied: all times stay in that wall-clock frame)
  RETURN_AS_TIMEZONE_AWARE = False
  PREFER_DATES_FROM   = 'future' (--prefer): Duckling resolves an incomplete
                        date such as a bare weekday to its next occurrence
  PREFER_DAY_OF_MONTH = 'first' (--day-of-month): Duckling's value for a
                        month without a day is the month's first day

Counts: parsed (a datetime came back), correct_day (its date equals the
expected date), correct_grain (equal after truncating both to the expected
grain), negatives_rejected (negative case gave no date).  Accuracies are
over all cases of the kind; precision_day is correct_day / parsed.

Prints one JSON object on stdout; --misses lists on stderr every case that
either method gets wrong at the expected grain.
"""
import argparse
import datetime as dt
import json
import os
import time
from collections import Counter

import peerutil

peerutil.use_venv()
os.environ["TZ"] = "UTC"  # no dependence on the machine's time zone

import dateparser  # noqa: E402
from dateparser.search import search_dates  # noqa: E402

REFERENCE = "2013-02-12T04:30:00-02:00"
BASE = dt.datetime(2013, 2, 12, 4, 30, 0)
GRAINS = ("Day", "Hour", "Minute", "Second")
TRUNC = {"Day": 3, "Hour": 4, "Minute": 5, "Second": 6}  # datetime fields kept


def load_cases(path):
    pos, neg = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            if c.get("dim") != "time":
                continue
            if c.get("negative"):
                neg.append(c)
                continue
            e = c.get("expected") or {}
            if e.get("grain") in GRAINS and e.get("kind") in ("instant", "interval"):
                fields = e["datetime"] if e["kind"] == "instant" else e["start"]
                pos.append({**c, "want": dt.datetime(*fields), "grain": e["grain"]})
    return pos, neg


def fields(d, n):
    return (d.year, d.month, d.day, d.hour, d.minute, d.second)[:n]


def score(got, want, grain):
    if got is None:
        return False, False
    return got.date() == want.date(), fields(got, TRUNC[grain]) == fields(want, TRUNC[grain])


def summary(results, key, npos, nneg):
    parsed = sum(r[key]["got"] is not None for r in results["pos"])
    day = sum(r[key]["day"] for r in results["pos"])
    grain = sum(r[key]["grain"] for r in results["pos"])
    rej = sum(r[key]["got"] is None for r in results["neg"])
    out = {
        "cases": npos, "parsed": parsed, "correct_day": day, "correct_grain": grain,
        "accuracy_day": round(day / npos, 4) if npos else None,
        "accuracy_grain": round(grain / npos, 4) if npos else None,
        "precision_day": round(day / parsed, 4) if parsed else None,
        "negatives": nneg, "negatives_rejected": rej,
    }
    out["by_grain"] = {
        g: {"cases": len(rs), "parsed": sum(r[key]["got"] is not None for r in rs),
            "correct_day": sum(r[key]["day"] for r in rs),
            "correct_grain": sum(r[key]["grain"] for r in rs)}
        for g in GRAINS for rs in [[r for r in results["pos"] if r["grain_name"] == g]]}
    if key == "search":
        out["whole_phrase_matches"] = sum(r[key]["whole"] for r in results["pos"])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(peerutil.DUCKLING),
                    help="Duckling corpus JSON lines (default: %(default)s)")
    ap.add_argument("--prefer", default="future", choices=["future", "past", "current_period"],
                    help="PREFER_DATES_FROM (default: %(default)s)")
    ap.add_argument("--day-of-month", default="first", choices=["first", "current", "last"],
                    help="PREFER_DAY_OF_MONTH (default: %(default)s)")
    ap.add_argument("--misses", action="store_true",
                    help="print every case missed at the expected grain to stderr")
    args = ap.parse_args()

    settings = {"RELATIVE_BASE": BASE, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DATES_FROM": args.prefer, "PREFER_DAY_OF_MONTH": args.day_of_month}
    langs = ["ar"]
    pos, neg = load_cases(args.corpus)

    def run(c):
        text = c["text"]
        p = dateparser.parse(text, languages=langs, settings=settings)
        found = search_dates(text, languages=langs, settings=settings) or []
        s = found[0][1] if found else None
        r = {"text": text, "parse": {"got": p}, "search": {"got": s, "matches": found}}
        r["search"]["whole"] = bool(found) and found[0][0].strip() == text.strip()
        if "want" in c:
            r["want"], r["grain_name"] = c["want"], c["grain"]
            r["parse"]["day"], r["parse"]["grain"] = score(p, c["want"], c["grain"])
            r["search"]["day"], r["search"]["grain"] = score(s, c["want"], c["grain"])
        return r

    t0 = time.perf_counter()
    results = {"pos": [run(c) for c in pos], "neg": [run(c) for c in neg]}
    seconds = time.perf_counter() - t0

    if args.misses:
        fmt = lambda d: d.isoformat(sep=" ") if d else "-"  # noqa: E731
        for r in results["pos"]:
            if not (r["parse"]["grain"] and r["search"]["grain"]):
                mark = lambda k: "ok " if r[k]["grain"] else ("day" if r[k]["day"] else "XX ")  # noqa: E731
                peerutil.note(f"MISS {r['grain_name']:<6} want {fmt(r['want'])} | "
                              f"parse[{mark('parse')}] {fmt(r['parse']['got'])} | "
                              f"search[{mark('search')}] {fmt(r['search']['got'])} "
                              f"{[m[0] for m in r['search']['matches']]} | {r['text']}")
        for r in results["neg"]:
            if r["parse"]["got"] or r["search"]["got"]:
                peerutil.note(f"NEG matched: parse {fmt(r['parse']['got'])} | "
                              f"search {fmt(r['search']['got'])} | {r['text']}")

    out = {
        "reference_time": REFERENCE,
        "languages": langs,
        "settings": {k: (v.isoformat() if isinstance(v, dt.datetime) else v)
                     for k, v in settings.items()},
        "cases": {
            "day_or_finer": len(pos),
            "by_kind": dict(Counter(c["expected"]["kind"] for c in pos)),
            "by_grain": {g: sum(c["grain"] == g for c in pos) for g in GRAINS},
            "negative": len(neg),
        },
        "parse": summary(results, "parse", len(pos), len(neg)),
        "search": summary(results, "search", len(pos), len(neg)),
        "seconds": round(seconds, 3),
        "versions": peerutil.versions("dateparser"),
    }
    peerutil.note(f"{len(pos)} day-or-finer cases, {len(neg)} negatives, {seconds:.1f} s")
    for k in ("parse", "search"):
        s = out[k]
        peerutil.note(f"{k}: parsed {s['parsed']}/{s['cases']}, correct day {s['correct_day']}, "
                      f"correct grain {s['correct_grain']}, negatives rejected "
                      f"{s['negatives_rejected']}/{s['negatives']}")
    peerutil.emit(out)


if __name__ == "__main__":
    main()
