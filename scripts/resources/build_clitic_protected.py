#!/usr/bin/env python3
"""Build Sources/MarsadText/Resources/clitic-protected.tsv from corpus word frequencies.

A word that begins with a clitic letter (و ف ب ك ل) or ends with a pronoun suffix (ه ها هم …)
but is a whole word (وزير، باكو، لدينا، اتجاه) must not be split. We call a word "whole" when the
stem the segmenter would leave is rare on its own compared with the word: freq(stem) <
RATIO × freq(word). Only words seen at least MIN_COUNT times are listed; rarer words follow the
segmenter's length rules.

Source: ANT Corpus v2.1 (../shared/corpus/ant-world-news.jsonl.gz), word frequencies only. The
segmentation figure is measured on UD Arabic-PUD, a different corpus.

Usage: python3 scripts/resources/build_clitic_protected.py [--corpus PATH] [--out PATH]
"""
import argparse, collections, gzip, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIAC = re.compile('[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u0640]')
WORD = re.compile('[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u064B-\u065F\u0670\u0640]+')
MIN_COUNT = 5
RATIO = 0.1
ENCLITIC_RATIO = 0.05
CONJ, PREP = 'وف', 'بكل'
PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه']


def normalize(w):
    w = DIAC.sub('', w)
    w = re.sub('[أإآٱ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ی', 'ي').replace('ک', 'ك')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', default=str(ROOT.parent / 'shared/corpus/ant-world-news.jsonl.gz'))
    ap.add_argument('--out', default=str(ROOT / 'Sources/MarsadText/Resources/clitic-protected.tsv'))
    args = ap.parse_args()
    freq = collections.Counter()
    with gzip.open(args.corpus, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            for text in (d.get('title') or '', d['text']):
                freq.update(normalize(w) for w in WORD.findall(text))
    protected = {}  # (word, kind) -> why

    for w, n in freq.items():
        if n < MIN_COUNT or len(w) < 4:
            continue
        # A proclitic split is wrong when the rest is rare as a word of its own.
        if w[0] in CONJ + PREP and len(w) - 1 >= 3 and not w.startswith('لل') and freq[w[1:]] < RATIO * n:
            protected[(w, 'proclitic')] = f'initial {w[0]} is part of the word'
        # An enclitic split is wrong when the stem is rare alone and with the article. The word
        # is looked at as the segmenter sees it, after a conjunction.
        if w[0] in CONJ and len(w) > 4 and (w, 'proclitic') not in protected:
            continue
        if not w.startswith('ال'):
            for p in PRONOUNS:
                if w.endswith(p) and len(w) - len(p) >= 3:
                    stem = w[:-len(p)]
                    # Evidence that the stem is a word: alone, with the article, or with a pronoun
                    # that cannot be read as part of a noun (not ه/ها: "اتجاها" is اتجاه + tanween).
                    stems = [stem, stem[:-1] + 'ة'] if stem.endswith('ت') else [stem]  # زيارته = زيارة + ه
                    evidence = sum(freq[t] + freq['ال' + t] for t in stems) + sum(freq[stem + q] for q in ('هم', 'هما', 'كم', 'نا'))
                    if evidence < ENCLITIC_RATIO * n:
                        protected[(w, 'enclitic')] = f'final {p} is part of the word'
                    break
    curated = [('باكو', 'curated (capital of Azerbaijan)'), ('لافروف', 'curated (surname)'),
               ('بوتين', 'curated (surname)'), ('وارسو', 'curated (capital of Poland)'),
               ('لدي', 'curated (the preposition لدى, written لدي after normalization)')]
    with open(args.out, 'w', encoding='utf-8') as out:
        out.write('# Words that begin with clitic letters or end with pronoun letters but are whole words:\n')
        out.write('# never split. Built by scripts/resources/build_clitic_protected.py from word frequencies\n')
        out.write(f'# of ANT Corpus v2.1 (min count {MIN_COUNT}, stem/word ratio < {RATIO}, {ENCLITIC_RATIO} for pronouns); do not edit by hand\n')
        out.write('# except the curated rows at the top.\n')
        out.write('word\tkind\tcount\tsource\n')
        for w, why in curated:
            out.write(f'{w}\tboth\t{freq[normalize(w)]}\t{why}\n')
        seen = {normalize(w) for w, _ in curated}
        for (w, kind) in sorted(protected, key=lambda k: (-freq[k[0]], k)):
            if w not in seen:
                out.write(f'{w}\t{kind}\t{freq[w]}\tANT Corpus v2.1 frequencies ({protected[(w, kind)]})\n')
    print(f'{len(protected)} protected words from {sum(freq.values())} tokens, {len(freq)} types', file=sys.stderr)


if __name__ == '__main__':
    main()
