#!/usr/bin/env bash
# Set up rejectlet on a Debian machine and render the example letters.
#
# 1. installs the system libraries WeasyPrint needs (Pango, HarfBuzz's subsetter
#    for fast font embedding) and the fonts the built-in packs use;
# 2. creates .venv (or $VENV) and installs the locked dependencies
#    (requirements/py3.X.txt, with hashes) and rejectlet with its test tools;
# 3. renders every letter in examples/ to out/ as text, HTML and PDF.
set -euo pipefail
cd "$(dirname "$0")"

# requirements/debian.txt lists the system packages by name, with the versions
# the suite was last verified with.
mapfile -t SYSTEM_PACKAGES < <(grep -v -e '^#' -e '^[[:space:]]*$' requirements/debian.txt | cut -d' ' -f1)

# Packages are installed by name (Debian replaces old versions with security
# updates); a difference from the recorded version is reported, not refused.
missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  if ! $SUDO apt-get update -qq || ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
      --no-install-recommends "${missing[@]}" >/dev/null; then
    still=()
    for pkg in "${missing[@]}"; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || still+=("$pkg")
    done
    echo "setup: error: could not install the system packages: ${still[*]:-${missing[*]}}" >&2
    echo "setup: install them with 'apt-get install ${still[*]:-${missing[*]}}' (as root), then run ./setup.sh again" >&2
    exit 1
  fi
fi
while read -r pkg version; do
  [[ -z $pkg || $pkg == \#* ]] && continue
  have=$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || true)
  [[ $have == "$version" ]] || echo "setup: note: $pkg is $have here; the suite was verified with $version"
done < requirements/debian.txt

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
py_version=$($PYTHON -c 'import sys; print("%d.%d" % sys.version_info[:2])')
LOCK=requirements/py$py_version.txt
if [[ ! -f $LOCK ]]; then
  echo "setup: error: Python $py_version is not supported; use 3.11, 3.12 or 3.13 (PYTHON=python3.12 ./setup.sh)" >&2
  exit 1
fi
if [[ ! -x $VENV/bin/python ]]; then
  echo "setup: creating $VENV with $($PYTHON --version)"
  $PYTHON -m venv "$VENV"
fi
echo "setup: installing the locked dependencies ($LOCK) and rejectlet into $VENV"
pip_quiet() {
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check "$@" 2>&1 \
    | { grep -v -e "^WARNING: Location" -e "Running pip as the 'root' user" || true; }
  return "${PIPESTATUS[0]}"
}
pip_quiet --require-hashes -r "$LOCK"
pip_quiet --no-deps --no-build-isolation -e .
"$VENV/bin/python" -m pip check -q >/dev/null || { "$VENV/bin/python" -m pip check >&2; exit 1; }

echo "setup: rendering the example letters into out/"
mkdir -p out
for data in examples/*.yaml; do
  name=$(basename "$data" .yaml)
  for fmt in text html pdf; do
    ext=$fmt; [[ $fmt == text ]] && ext=txt
    "$VENV/bin/rejectlet" render "$data" --format "$fmt" --output "out/$name.$ext" --force
  done
done
echo "setup: done. Try: .venv/bin/rejectlet render examples/reply.yaml"
