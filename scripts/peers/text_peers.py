#!/usr/bin/env python3
"""Time the Python peers of Marsad's Arabic normalization + tokenization.

Loads the `text` fields of the first N articles first (I/O is not timed),
then, in one process, times with time.perf_counter:

  pyarabic    : araby.strip_tashkeel -> strip_tatweel -> normalize_alef -> tokenize
  camel_tools : normalize_unicode -> dediac_ar -> normalize_alef_ar ->
                normalize_alef_maksura_ar -> normalize_teh_marbuta_ar ->
                simple_word_tokenize

Each step runs over all texts before the next (output of one step is the
input of the next), so the per-step seconds add up to the pipeline total.
With --repeat R the whole pipeline runs R times and the fastest run counts.
MB is 10^6 UTF-8 bytes of the *input* texts.

Prints one JSON object on stdout; notes go to stderr.
"""
import argparse
import gc
import time

import peerutil

peerutil.use_venv()

from pyarabic import araby  # noqa: E402
from camel_tools.utils.normalize import (  # noqa: E402
    normalize_unicode, normalize_alef_ar, normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar)
from camel_tools.utils.dediac import dediac_ar  # noqa: E402
from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402

# pyarabic.normalize_hamza is not used: it is a word-level function (it looks
# at the word's first letter) whose default "uniform" method rewrites every
# hamza form to a bare hamza; normalize_alef is the text-level counterpart of
# CAMeL's normalize_alef_ar (آ أ إ ٱ -> ا).
PIPELINES = {
    "pyarabic": [
        ("strip_tashkeel", araby.strip_tashkeel),
        ("strip_tatweel", araby.strip_tatweel),
        ("normalize_alef", araby.normalize_alef),
        ("tokenize", araby.tokenize),
    ],
    "camel_tools": [
        ("normalize_unicode", normalize_unicode),
        ("dediac_ar", dediac_ar),
        ("normalize_alef_ar", normalize_alef_ar),
        ("normalize_alef_maksura_ar", normalize_alef_maksura_ar),
        ("normalize_teh_marbuta_ar", normalize_teh_marbuta_ar),
        ("simple_word_tokenize", simple_word_tokenize),
    ],
}


def run_once(steps, texts):
    """Run the pipeline over all texts; return (step seconds, token count)."""
    secs = {}
    data = texts
    for name, fn in steps[:-1]:
        gc.collect()
        t0 = time.perf_counter()
        data = [fn(t) for t in data]
        secs[name] = time.perf_counter() - t0
    name, tok = steps[-1]
    gc.collect()
    t0 = time.perf_counter()
    ntok = 0
    for t in data:
        ntok += len(tok(t))
    secs[name] = time.perf_counter() - t0
    return secs, ntok


def measure(steps, texts, nbytes, nchars, repeat):
    for _, fn in steps:  # warm-up: lazy regex compilation etc.
        fn("الْعَرَبِيَّةُ لُغَةٌ جَمِيلَةٌ، أليس كذلك؟ 2024")
    runs = [run_once(steps, texts) for _ in range(repeat)]
    secs, ntok = min(runs, key=lambda r: sum(r[0].values()))
    total = sum(secs.values())
    return {
        "pipeline": [name for name, _ in steps],
        "seconds": round(total, 4),
        "mb_per_s": peerutil.rate(nbytes / 1e6, total),
        "chars_per_s": peerutil.rate(nchars, total, 1),
        "articles_per_s": peerutil.rate(len(texts), total, 1),
        "tokens": ntok,
        "step_seconds": {k: round(v, 4) for k, v in secs.items()},
        "runs_seconds": [round(sum(r[0].values()), 4) for r in runs],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(peerutil.CORPUS),
                    help="JSON lines corpus, gzip or plain (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None,
                    help="use the first N articles (default: all)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each pipeline R times, keep the fastest (default: 1)")
    ap.add_argument("--peers", default="pyarabic,camel_tools",
                    help="comma-separated subset of: " + ",".join(PIPELINES))
    args = ap.parse_args()
    peers = [p for p in args.peers.split(",") if p]
    unknown = set(peers) - set(PIPELINES)
    if unknown or args.repeat < 1:
        ap.error(f"bad --peers {sorted(unknown)} or --repeat {args.repeat}")

    texts = [a.get("text") or "" for a in peerutil.load_articles(args.corpus, args.limit)]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    nchars = sum(len(t) for t in texts)
    peerutil.note(f"loaded {len(texts)} articles, {nchars} chars, {nbytes} UTF-8 bytes")

    out = {"corpus_articles": len(texts), "utf8_bytes": nbytes, "chars": nchars,
           "peers": {}, "versions": peerutil.versions("pyarabic", "camel-tools")}
    for p in peers:
        r = measure(PIPELINES[p], texts, nbytes, nchars, args.repeat)
        out["peers"][p] = r
        peerutil.note(f"{p}: {r['seconds']} s, {r['mb_per_s']} MB/s, "
                      f"{r['chars_per_s']:.0f} chars/s, {r['tokens']} tokens")
    peerutil.emit(out)


if __name__ == "__main__":
    main()
