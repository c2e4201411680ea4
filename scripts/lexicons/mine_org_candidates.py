#!/usr/bin/env python3
"""List frequent organization-like phrases of the benchmark corpus that no lexicon covers.

A phrase is a head noun of organizations (وكالة، منظمة، حزب، مجلس، وزارة، قوات …) and the 1-3
words after it; it is covered when its normalized form is a surface of organizations.tsv,
outlets.tsv, institutions.tsv, actors.tsv, places.tsv or country-names.tsv, or starts with
one. The output is a to-do list for a curator (most lines are generic phrases: قوات الأمن،
التحالف الذي): nothing is added automatically.

Usage: python3 scripts/lexicons/mine_org_candidates.py [--min 25] [--corpus PATH]
"""
import argparse, collections, gzip, json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / 'Sources/MarsadEntities/Resources'
HEADS = set("""وكالة منظمة حركة حزب مجلس هيئة جبهة جيش قوات مكتب لجنة المجلس الاتحاد التحالف جماعة
شركة وزارة المنظمة الحركة الجبهة اللجنة الهيئة جهاز محكمة المحكمة صندوق برنامج البنك بنك مؤسسة
المؤسسة رابطة الرابطة اتحاد تحالف تنظيم ائتلاف الائتلاف كتائب لواء سرايا فيلق الحرس مفوضية
المفوضية الوكالة""".split())


def norm(w):
    return re.sub('[إأآ]', 'ا', w).replace('ة', 'ه').replace('ى', 'ي')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--min', type=int, default=25, help='least number of occurrences')
    ap.add_argument('--corpus', default=str(ROOT.parent / 'shared/corpus/ant-world-news.jsonl.gz'))
    args = ap.parse_args()
    covered = set()
    for name in ['organizations', 'outlets', 'institutions', 'actors', 'places', 'country-names']:
        for line in open(RES / f'{name}.tsv', encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                covered.add(norm(line.split('\t')[0]))
    counts = collections.Counter()
    for line in gzip.open(args.corpus, 'rt', encoding='utf-8'):
        words = re.findall(r'[\u0621-\u064A]+', json.loads(line)['text'])
        for i, w in enumerate(words):
            head = w[1:] if w[:1] in 'وف' and w[1:] in HEADS else w
            if head in HEADS:
                for k in (2, 3, 4):
                    if i + k <= len(words):
                        counts[' '.join([head] + words[i + 1:i + k])] += 1
    for phrase, n in counts.most_common():
        if n < args.min:
            break
        p = norm(phrase)
        if any(p == c or p.startswith(c + ' ') for c in covered):
            continue
        print(n, phrase, sep='\t')


if __name__ == '__main__':
    main()
