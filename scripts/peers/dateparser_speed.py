#!/usr/bin/env python3
"""Time dateparser.search.search_dates over a sample of the news corpus.

Sample: of the corpus's A articles, every k-th one with k = A // N (articles
0, k, 2k, ...), N = --sample; with --chars C the sample stops once C
characters are reached (the last text is cut to fit). Deterministic.

Each text goes through
  search_dates(text, languages=['ar'], settings={'RELATIVE_BASE': <the
  article's published date, 00:00>, 'TIMEZONE': 'UTC',
  'RETURN_AS_TIMEZONE_AWARE': False})
(the settings only make the returned dates independent of today's date and
the machine's time zone). Texts are loaded first; only the calls are timed,
single process, time.perf_counter. MB is 10^6 UTF-8 bytes of input.

Prints one JSON object on stdout; notes go to stderr.
"""
import argparse
import datetime as dt
import os
import time

import peerutil

peerutil.use_venv()
os.environ["TZ"] = "UTC"

from dateparser.search import search_dates  # noqa: E402

FALLBACK_BASE = dt.datetime(2018, 1, 1)


def sample(articles, n, max_chars):
    k = max(1, len(articles) // n)
    picked, total = [], 0
    for a in articles[::k][:n]:
        text = a.get("text") or ""
        if max_chars is not None:
            if total >= max_chars:
                break
            text = text[:max_chars - total]
        total += len(text)
        try:
            base = dt.datetime.fromisoformat(a.get("published") or "")
        except ValueError:
            base = FALLBACK_BASE
        picked.append((text, base))
    return picked, k


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(peerutil.CORPUS),
                    help="JSON lines corpus, gzip or plain (default: %(default)s)")
    ap.add_argument("--sample", type=int, default=50,
                    help="number of articles, every k-th one (default: %(default)s)")
    ap.add_argument("--chars", type=int, default=None,
                    help="cap on the total characters sampled (default: none)")
    args = ap.parse_args()
    if args.sample < 1 or (args.chars is not None and args.chars < 1):
        ap.error("--sample and --chars must be positive")

    articles = peerutil.load_articles(args.corpus)
    picked, k = sample(articles, args.sample, args.chars)
    nchars = sum(len(t) for t, _ in picked)
    nbytes = sum(len(t.encode("utf-8")) for t, _ in picked)
    peerutil.note(f"sample: {len(picked)} of {len(articles)} articles (every {k}th), "
                  f"{nchars} chars, {nbytes} UTF-8 bytes")

    search_dates("اليوم 12 مارس 2018", languages=["ar"])  # warm-up: loads the Arabic data
    found = with_dates = 0
    t0 = time.perf_counter()
    for text, base in picked:
        r = search_dates(text, languages=["ar"],
                         settings={"RELATIVE_BASE": base, "TIMEZONE": "UTC",
                                   "RETURN_AS_TIMEZONE_AWARE": False})
        if r:
            found += len(r)
            with_dates += 1
    seconds = time.perf_counter() - t0

    out = {
        "corpus_articles": len(articles), "sample_articles": len(picked), "every_kth": k,
        "chars": nchars, "utf8_bytes": nbytes, "seconds": round(seconds, 3),
        "chars_per_s": peerutil.rate(nchars, seconds, 1),
        "mb_per_s": peerutil.rate(nbytes / 1e6, seconds, 4),
        "articles_per_s": peerutil.rate(len(picked), seconds, 3),
        "dates_found": found, "articles_with_dates": with_dates,
        "versions": peerutil.versions("dateparser"),
    }
    peerutil.note(f"dateparser search_dates: {seconds:.1f} s, {out['chars_per_s']} chars/s, "
                  f"{out['mb_per_s']} MB/s, {found} dates in {with_dates} articles")
    peerutil.emit(out)


if __name__ == "__main__":
    main()
