#!/usr/bin/env bash
# Run the whole suite against the newest release of every dependency, ignoring
# the lock, so that drift is found on purpose; with --lowest, against the lowest
# release that pyproject.toml allows of each direct dependency, so that its lower
# bounds stay true. Prints the versions it used. PYTHON picks the interpreter
# (default python3); the venv is .venv-latest (or .venv-lowest). Other arguments
# go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
resolution=highest
if [[ ${1:-} == --lowest ]]; then resolution=lowest-direct; shift; fi
UV=${UV:-.venv/bin/uv}
[[ -x $UV ]] || UV=$(command -v uv) || { echo "test-latest: uv not found; run ./setup.sh first" >&2; exit 2; }
PYTHON=${PYTHON:-python3}
VENV=.venv-latest; [[ $resolution == lowest-direct ]] && VENV=.venv-lowest
rm -rf "$VENV"
"$UV" venv --quiet --seed --python "$PYTHON" "$VENV"
"$UV" pip install --quiet --python "$VENV/bin/python" --resolution "$resolution" --upgrade -e '.[dev]'
echo "test-latest: $("$VENV/bin/python" --version), $resolution releases:"
"$UV" pip freeze --python "$VENV/bin/python" --exclude-editable | sed 's/^/  /'
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
