#!/usr/bin/env bash
# Create .venv-peers/ at the repository root and install the pinned Python
# peers (pyarabic, camel-tools, dateparser) from requirements.lock.
# Idempotent: if the venv already matches the lock file and the imports work,
# it only prints the installed versions.
#
# Usage: scripts/peers/setup.sh [--force]     (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))"
venv="$root/.venv-peers"
lock="$here/requirements.lock"
python="${PYTHON:-python3}"
stamp="$venv/.peers-lock.sha256"

die() { echo "setup.sh: error: $*" >&2; exit 1; }

[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }
force=0; [[ "${1:-}" == "--force" ]] && force=1

command -v "$python" >/dev/null || die "$python not found (set PYTHON=...)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "Python >= 3.11 needed (camel-tools 1.6.0 requires it); $python is $("$python" -V 2>&1)"

# The imports the peer scripts rely on; run after every install and on re-runs.
check_imports() {
  "$venv/bin/python" - <<'PY'
import importlib, sys
mods = ["pyarabic.araby", "camel_tools.utils.normalize", "camel_tools.utils.dediac",
        "camel_tools.tokenizers.word", "dateparser", "dateparser.search"]
bad = []
for m in mods:
    try:
        importlib.import_module(m)
    except Exception as e:  # report every failing module, not just the first
        bad.append(f"{m}: {type(e).__name__}: {e}")
if bad:
    print("import check failed:\n  " + "\n  ".join(bad), file=sys.stderr)
    sys.exit(1)
print("import check ok: " + ", ".join(mods), file=sys.stderr)
PY
}

want="$( (sha256sum "$lock"; "$python" -V 2>&1) | sha256sum | cut -d' ' -f1)"
if [[ $force -eq 0 && -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && check_imports 2>/dev/null; then
  echo "setup.sh: $venv is up to date with requirements.lock" >&2
else
  if [[ ! -x "$venv/bin/python" || $force -eq 1 ]]; then
    echo "setup.sh: creating $venv with $("$python" -V 2>&1)" >&2
    rm -rf "$venv"
    "$python" -m venv "$venv" || die "could not create the virtual environment (is python3-venv installed?)"
  fi
  rm -f "$stamp"  # written back only once the install and the imports succeed
  echo "setup.sh: installing pinned packages from $lock (--no-deps)" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$lock" \
    || die "pip install failed (is PyPI reachable?)"
  check_imports || die "installed packages do not import; see above"
  echo "$want" > "$stamp"
fi

echo "setup.sh: installed in $venv:" >&2
"$venv/bin/python" -m pip list --disable-pip-version-check --format=freeze 2>/dev/null \
  | grep -v -E '^(pip|setuptools|wheel)==' || true
