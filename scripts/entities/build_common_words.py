#!/usr/bin/env python3
"""Build Sources/MarsadEntities/Resources/common-words.tsv: the common words of the benchmark corpus.

Words are folded (harakat and tatweel removed, أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي) and counted in the 2018
ANT world-news corpus, leaving out the reports of every gold set (ids in docs/ANNOTATION.md and
Tests/Fixtures/gold/dev-extra*.gold.jsonl), so no evaluated report shapes the list:

- `common`: written at least 5 times with the article (الاتهامات، بالاتهامات، للاتهامات count for
  اتهامات) or at least 5 times with a plural pronoun (مواقفهم، أولويتها count for مواقف، أولوية). Nouns and
  adjectives take them; foreign names and most first names almost never do (بولس، هولست، كوانج:
  0 times with the article).
- `word`: not `common`, but written bare at least 10 times (وجوب، إنجاح: verbal nouns mostly in a
  construct) and at least once after ب/ل/ك: a word a preposition may be glued to.

The name reader (Sources/MarsadEntities/Recognition/EntityRun+NameReader.swift) lets a word begin
with ب/ل/ك in a name only when its rest is neither kind («القس بولس حليم»: ولس; not «بوجوب أولوية»,
«باتهامات لاذعة», «لإنجاح مؤتمر»), and a speaker's name after a verb of saying with no known name
part only when none of its words is `common` («وقال لول رواي كوانج في بيان»).

  python3 scripts/entities/build_common_words.py
"""
import collections, gzip, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
from quote_audit import gold_ids  # noqa: E402

CORPUS = os.path.join(ROOT, '..', 'shared', 'corpus', 'ant-world-news.jsonl.gz')
OUT = os.path.join(ROOT, 'Sources', 'MarsadEntities', 'Resources', 'common-words.tsv')
MIN_ARTICLE = 5
MIN_SUFFIX = 5
MIN_BARE = 10
FOLD = {ord('أ'): 'ا', ord('إ'): 'ا', ord('آ'): 'ا', ord('ٱ'): 'ا', ord('ى'): 'ي', ord('ة'): 'ه', ord('ؤ'): 'و', ord('ئ'): 'ي'}
DIACRITICS = re.compile('[\u064B-\u065F\u0670\u0640]')
WORD = re.compile('[\u0621-\u064A\u064B-\u065F\u0670\u0640]+')
ARTICLE = re.compile('^(?:[وف]?[بك]?ال|[وف]?لل)(.{2,})$')
PREPOSITION = re.compile('^[وف]?[بلك](.{2,})$')
# Plural and dual pronouns (not ه/ها: تشويه، تشويها would make تشوي a word), and ته/تها/تهم of a ة noun.
SUFFIXES = ('تهم', 'تها', 'ته', 'هما', 'هم', 'كم')


def fold(word):
    return word.translate(FOLD)


def main():
    skip = gold_ids()
    raw = collections.Counter()
    reports = 0
    with gzip.open(CORPUS, 'rt') as f:
        for line in f:
            row = json.loads(line)
            if row['id'] in skip:
                continue
            reports += 1
            for token in WORD.findall(row['text']):
                raw[DIACRITICS.sub('', token)] += 1
    bare, article, suffix, preposition = (collections.Counter() for _ in range(4))
    for token, n in raw.items():
        w = fold(token)
        bare[w] += n
        m = ARTICLE.match(w)
        if m:
            article[m.group(1)] += n
        m = PREPOSITION.match(w)
        if m:
            preposition[m.group(1)] += n
        for s in SUFFIXES:
            if token.endswith(s) and len(token) - len(s) >= 3:
                stem = token[:-len(s)]
                if s.startswith('ت'):
                    stem += 'ة'
                suffix[fold(stem)] += n
                break
    rows = []
    for w in set(bare) | set(article) | set(suffix):
        if len(w) < 2 or w.startswith('ال'):
            continue
        if article[w] >= MIN_ARTICLE or suffix[w] >= MIN_SUFFIX:
            kind = 'common'
        elif bare[w] >= MIN_BARE and preposition[w] >= 1:
            kind = 'word'
        else:
            continue
        rows.append((w, bare[w], article[w], suffix[w], kind))
    rows.sort(key=lambda r: (-(r[1] + r[2]), r[0]))
    with open(OUT, 'w') as out:
        out.write('# Common words of the 2018 ANT world-news corpus (%d reports, none of a gold set), folded\n' % reports)
        out.write('# (أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي). kind `common`: with the article >= %d times or a plural pronoun >= %d\n' % (MIN_ARTICLE, MIN_SUFFIX))
        out.write('# times; `word`: bare >= %d times and once after ب/ل/ك. Built by scripts/entities/build_common_words.py.\n' % MIN_BARE)
        out.write('word\tbare\tarticle\tsuffix\tkind\tsource\n')
        for w, b, a, s, kind in rows:
            out.write('%s\t%d\t%d\t%d\t%s\tANT 2018 counts\n' % (w, b, a, s, kind))
    print('%d reports, %d words (%d common)' % (reports, len(rows), sum(r[4] == 'common' for r in rows)))


if __name__ == '__main__':
    main()
