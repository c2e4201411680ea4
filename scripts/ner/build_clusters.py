#!/usr/bin/env python3
"""Builds Sources/MarsadNER/Resources/clusters.tsv: word clusters learnt from unlabelled news.

Names and other words that occur in the same contexts land in the same cluster, so the tagger
can generalize from a name it was trained on to one it never saw. The clusters come from the
ANT corpus (17,779 Arabic news articles, 2018; ../shared/corpus/ant-world-news.jsonl.gz), which
holds no NER gold, so no figure is reported on data these features saw.

Method (deterministic; numpy and scipy):
1. Tokenize (runs of Arabic letters; Latin letters and digits; other signs one by one) and
   normalize like MarsadText's `.aggressive` options (no harakat or tatweel, أ إ آ ٱ → ا,
   ى → ي, ة → ه, ؤ → و, ئ → ي, Latin lowercased).
2. Keep words seen at least MIN_COUNT times; describe each by counts of the 2,000 most
   frequent words right before and right after it (two windows), weighted by positive PMI.
3. Truncated SVD to 100 dimensions, L2-normalize, then spherical k-means (fixed seed) twice:
   coarse (64 clusters) and fine (512 clusters).

Output rows: word, coarse, fine, source.
Usage: python3 scripts/ner/build_clusters.py [../shared/corpus/ant-world-news.jsonl.gz]
"""
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

MIN_COUNT = 5
CONTEXT = 2000
DIM = 100
SIZES = (64, 512)
SEED = 2018
TOKEN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u064B-\u065F\u0670\u0640]+|[A-Za-z0-9]+|\S")
MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": None,
                     **{chr(c): None for c in list(range(0x064B, 0x0660)) + [0x0670]}})


def normalize(word: str) -> str:
    return word.translate(MAP).lower()


def sentences(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text", "")
            for paragraph in text.split("\n"):
                words = [normalize(w) for w in TOKEN.findall(paragraph)]
                if words:
                    yield words


def kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 25) -> np.ndarray:
    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(x @ centers.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centers[c] = v / max(np.linalg.norm(v), 1e-9)
    return labels


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/ant-world-news.jsonl.gz")
    out = Path(__file__).resolve().parents[2] / "Sources/MarsadNER/Resources/clusters.tsv"
    docs = list(sentences(corpus))
    counts = Counter(w for s in docs for w in s)
    vocabulary = sorted((w for w, c in counts.items() if c >= MIN_COUNT and re.search("[\u0621-\u064Aa-z]", w)),
                        key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocabulary)}
    contexts = {w: i for i, w in enumerate(sorted(counts, key=lambda w: (-counts[w], w))[:CONTEXT])}
    pairs = Counter()
    for s in docs:
        padded = ["<s>"] + s + ["</s>"]
        for i in range(1, len(padded) - 1):
            row = index.get(padded[i])
            if row is None:
                continue
            left, right = contexts.get(padded[i - 1]), contexts.get(padded[i + 1])
            if left is not None:
                pairs[(row, left)] += 1
            if right is not None:
                pairs[(row, CONTEXT + right)] += 1
    rows, cols, vals = zip(*((r, c, v) for (r, c), v in sorted(pairs.items())))
    m = coo_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(vocabulary), 2 * CONTEXT)).tocsr()
    total = m.sum()
    row_sums = np.asarray(m.sum(axis=1)).ravel()
    col_sums = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sums[m.row] * col_sums[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    u, s, _ = svds(ppmi, k=DIM, v0=np.ones(min(ppmi.shape)) / np.sqrt(min(ppmi.shape)))
    x = u * np.sqrt(s)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(SEED)
    labels = [kmeans(x, k, rng) for k in SIZES]
    header = [
        "# Word clusters from the ANT news corpus (2018), for the NER tagger's cluster features.",
        f"# Built by scripts/ner/build_clusters.py: PPMI of left/right neighbours, SVD {DIM}, spherical k-means {SIZES}.",
        "# source: ANT = ANT Corpus v2.1 (Chouigui et al.), ant-world-news.jsonl.gz, words seen >= "
        f"{MIN_COUNT} times",
        "word\tcoarse\tfine\tsource",
    ]
    lines = [f"{w}\t{labels[0][i]}\t{labels[1][i]}\tANT" for i, w in enumerate(vocabulary)]
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(vocabulary)} words, {len(pairs)} pairs -> {out}")


if __name__ == "__main__":
    main()
