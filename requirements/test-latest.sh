#!/usr/bin/env bash
# Run the whole suite against the newest release of every dependency, ignoring
# the lock, so that drift is found on purpose. Prints the versions it used.
# PYTHON picks the interpreter (default python3); the venv is .venv-latest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv-latest
rm -rf "$VENV"
$PYTHON -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v "^WARNING" || true
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade --upgrade-strategy eager \
  -e '.[dev]' 2>&1 | grep -v -e "^WARNING: Location" -e "Running pip as the 'root' user" || true
echo "latest: $("$VENV/bin/python" --version); the newest releases installed:"
"$VENV/bin/python" -m pip freeze --exclude-editable | sed 's/^/  /'
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
