"""Shared helpers for the peer-measurement scripts (standard library only).

- use_venv(): re-run the calling script under .venv-peers/bin/python when it
  was started with another interpreter, so `python3 scripts/peers/X.py` works.
- default data paths: shared/ lies beside the repository (../shared), as on
  developer machines and in CI.
- load_articles(): gzip (or plain) JSON lines of the news corpus.
- emit(): the single JSON object on stdout.
"""
import gzip
import json
import os
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-peers"
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir() and Path("/work/shared").is_dir():
    SHARED = Path("/work/shared")
CORPUS = SHARED / "corpus" / "ant-world-news.jsonl.gz"
DUCKLING = SHARED / "peers" / "duckling-ar" / "duckling_ar_corpus.jsonl"


def use_venv():
    """Re-exec under the peers venv unless already running in it."""
    py = VENV / "bin" / "python"
    if not (py.exists() and (VENV / ".peers-lock.sha256").exists()):
        sys.exit(f"error: {VENV} is missing or incomplete; run scripts/peers/setup.sh")
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if os.environ.get("MARSAD_PEERS_REEXEC"):
        sys.exit(f"error: could not switch to {py}")
    os.environ["MARSAD_PEERS_REEXEC"] = "1"
    os.execv(str(py), [str(py), *sys.argv])


def note(*args):
    """Human-readable notes go to stderr; stdout carries only the JSON."""
    print(*args, file=sys.stderr, flush=True)


def load_articles(path, limit=None):
    """Return up to `limit` article dicts (all when None), in file order."""
    path = Path(path)
    if not path.is_file():
        sys.exit(f"error: corpus not found: {path}")
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(out) >= limit:
                break
            if line.strip():
                out.append(json.loads(line))
    return out


def versions(*dists):
    v = {"python": sys.version.split()[0]}
    for d in dists:
        try:
            v[d] = metadata.version(d)
        except metadata.PackageNotFoundError:
            v[d] = None
    return v


def rate(amount, seconds, ndigits=3):
    return round(amount / seconds, ndigits) if seconds > 0 else None


def emit(obj):
    json.dump(obj, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    sys.stdout.flush()
