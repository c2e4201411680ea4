#!/usr/bin/env python3
"""Print the per-layer quality tables of docs/QUALITY.md ("Figures") for the current commit.

Runs `marsad eval --format json` on the sample, dev-develop, dev-extra, dev-extra2, dev-extra3, dev-extra4 and the two held-out sets
(dev-held, dev-check) and prints one Markdown table per layer, with the date and the commit; under quotes and events, the
misses of each set counted by cause (`miss_causes`, docs/QUALITY.md "How to measure").

Usage: python3 scripts/quality/figures.py [--marsad PATH]   (default: swift run marsad)
"""
import argparse, datetime, json, subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = [
    ('sample', ['--gold', '../shared/gold/seed.gold.json']),
    ('dev-develop', ['--gold', 'Tests/Fixtures/gold/dev-develop.gold.jsonl', '../shared/corpus/dev-news.jsonl']),
    ('dev-extra', ['--gold', 'Tests/Fixtures/gold/dev-extra.gold.jsonl', '../shared/corpus/ant-world-news.jsonl.gz']),
    ('dev-extra2', ['--gold', 'Tests/Fixtures/gold/dev-extra2.gold.jsonl', '../shared/corpus/ant-world-news.jsonl.gz']),
    ('dev-extra3', ['--gold', 'Tests/Fixtures/gold/dev-extra3.gold.jsonl', '../shared/corpus/ant-world-news.jsonl.gz']),
    ('dev-extra4', ['--gold', 'Tests/Fixtures/gold/dev-extra4.gold.jsonl', '../shared/corpus/ant-world-news.jsonl.gz']),
    ('dev-held', ['--gold', 'Tests/Fixtures/gold/dev-held.gold.jsonl', '../shared/corpus/dev-news.jsonl']),
    ('dev-check', ['--gold', 'Tests/Fixtures/gold/dev-check.gold.jsonl', '../shared/corpus/ant-world-news.jsonl.gz']),
]
LAYERS = ['entities', 'mentions', 'times', 'quotes', 'events', 'agreements', 'provisions']


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--marsad', default=None, help='path of a built marsad binary')
    args = ap.parse_args()
    command = [args.marsad] if args.marsad else ['swift', 'run', '-c', 'release', 'marsad']
    commit = subprocess.run(['git', 'log', '-1', '--format=%h'], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    date = datetime.date.today().isoformat()
    results, causes = {}, {}
    for name, arguments in SETS:
        if not (ROOT / arguments[1]).exists():
            continue
        out = subprocess.run(command + ['eval'] + arguments + ['--format', 'json'], cwd=ROOT,
                             capture_output=True, text=True)
        report = json.loads(out.stdout)
        results[name] = report['overall']
        causes[name] = report['files'][0].get('miss_causes', {})
    names = list(results)
    print(f'Measured {date} at commit `{commit}` with `python3 scripts/quality/figures.py` '
          f'(`marsad eval --format json` on each gold set).\n')
    for layer in LAYERS:
        print(f'### {layer.capitalize()}\n')
        print('| | ' + ' | '.join(names) + ' |')
        print('|---|' + '---|' * len(names))
        rows = {'found/gold': [], 'precision': [], 'recall': [], 'F1': []}
        for n in names:
            r = results[n][layer]
            rows['found/gold'].append(f"{r['found']}/{r['gold']}")
            p = r.get('precision')
            rows['precision'].append('—' if p is None else f"{p:.3f} ({r['correct']}/{r['predicted']})")
            rows['recall'].append(f"{r['recall']:.3f}")
            rows['F1'].append('—' if r.get('f1') is None else f"{r['f1']:.3f}")
        for label, cells in rows.items():
            print(f'| {label} | ' + ' | '.join(cells) + ' |')
        kinds = sorted({k for n in names for k in causes[n].get(layer, {})})
        for kind in kinds:
            print(f'| missed: {kind} | ' + ' | '.join(str(causes[n].get(layer, {}).get(kind, 0)) for n in names) + ' |')
        print()


if __name__ == '__main__':
    main()
