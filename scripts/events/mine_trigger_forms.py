#!/usr/bin/env python3
"""Counts the forms of candidate trigger verbs per CAMEO root in the benchmark corpus (one pass over
its 17,779 reports), so that trigger rows are chosen by how often a form is written, not by the
few reports of the develop gold. A form is counted with and without a leading و/ف.

Run from the repository root (branch events5 used it for praise, appeals, pledges, threats,
concessions, demands and killings; docs/QUALITY.md "Branch events5"):
  python3 scripts/events/mine_trigger_forms.py [../shared/corpus/ant-world-news.jsonl.gz]
"""
import collections
import gzip
import json
import re
import sys

CANDIDATES = {
    "051 praise": r"(?:هنأ|هنأت|هنّأ|يهنئ|تهنئ|أشاد|أشادت|يشيد|تشيد|أثنى|أثنت|ثمن|ثمنت|يثمن|تثمن)",
    "03 intent": r"(?:تعهد|تعهدت|تعهدوا|يتعهد|تتعهد|وعد|وعدت|أبدى استعداده|أبدت استعدادها|أعرب عن استعداده|أعربت عن استعدادها)",
    "13 threat": r"(?:هدد|هددت|هددوا|يهدد|تهدد|توعد|توعدت|يتوعد|حذر|حذرت|حذروا|يحذر|تحذر)",
    "08 yield": r"(?:أفرج|أفرجت|أفرجوا|انسحب|انسحبت|رفع الحظر|رفعت الحظر|سمح|سمحت|أوقف|أوقفت|علق|علقت|أطلق سراح|أطلقت سراح)",
    "02/10 appeal, demand": r"(?:طالب|طالبت|طالبوا|يطالب|تطالب|حث|حثت|يحث|تحث|ناشد|ناشدت|يناشد|تناشد|دعا|دعت|دعوا|يدعو|تدعو)",
    "13 threat (events6)": r"(?:توعد|توعدت|توعدوا|يتوعد|تتوعد|يتوعدون|لوح|لوحت|لوحوا|يلوح|تلوح|هدد|هددت|هددوا|يهدد|تهدد|يهددون|هددت ب|هدد ب|أنذر|أنذرت)",
    "12 rejection (events6)": r"(?:رفض|رفضت|رفضوا|يرفض|ترفض|يرفضون|رفضه|رفضها|رفضهم|أعلن رفضه|أعلنت رفضها|أعرب عن رفضه|أعربت عن رفضها|رفضا|رفضه ل|رفضها ل|استنكر|استنكرت|يستنكر|تستنكر|نفى|نفت)",
    "10 demand (events6)": r"(?:طالب|طالبت|طالبوا|يطالب|تطالب|يطالبون|طالبه|طالبها|طالبتها|طالبته|دعا|دعت|دعاه|دعاها|دعتها|دعته|يدعو|تدعو|مطالبا|مطالبة|داعيا|داعية)",
    "03 intent (events6)": r"(?:أبدى استعداده|أبدت استعدادها|أعلن استعداده|أعلنت استعدادها|أعرب عن استعداده|أعربت عن استعدادها|مستعد|مستعدة|تعتزم|يعتزم|عزمه|عزمها|قررت|قرر|ينوي|تنوي|وافق|وافقت|وافقوا|يوافق|توافق)",
    "17/18/19 killing": r"(?:قتل|قتلت|قتلوا|قُتل|مقتل|اغتال|أعدم|أعدمت|برصاص|بنيران|برصاصة|على يد)",
}
LETTER = "\u0621-\u064A"


def main(path):
    patterns = {k: re.compile(rf"(?<![{LETTER}])[وف]?({v})(?![{LETTER}])") for k, v in CANDIDATES.items()}
    counts = {k: collections.Counter() for k in CANDIDATES}
    reports = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            reports += 1
            for k, p in patterns.items():
                for m in p.finditer(text):
                    counts[k][m.group(1)] += 1
    print(f"{reports} reports")
    for k, c in counts.items():
        print(f"{k}: " + "، ".join(f"{w} {n}" for w, n in c.most_common(25)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/ant-world-news.jsonl.gz")
