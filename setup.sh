#!/usr/bin/env bash
# Set up rejectlet on a Debian machine and render the example letters.
#
# 1. installs the system libraries WeasyPrint needs (Pango, HarfBuzz's subsetter
#    for fast font embedding) and the fonts the built-in packs use;
# 2. creates .venv and installs rejectlet with its test tools into it;
# 3. renders every letter in examples/ to out/ as text, HTML and PDF.
set -euo pipefail
cd "$(dirname "$0")"

SYSTEM_PACKAGES=(
  # WeasyPrint's text layout, and HarfBuzz's subsetter for fast font embedding
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 shared-mime-info
  # the fonts the built-in packs name
  fonts-ebgaramond fonts-dejavu-core fonts-dancingscript
  python3-venv
  # for the test suite: PDF pages to PNG, and a browser to screenshot email HTML
  poppler-utils chromium
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  $PYTHON -m venv .venv
fi
echo "setup: installing rejectlet into .venv"
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 \
  | { grep -v -e "^WARNING: Location" -e "Running pip as the 'root' user" || true; }

echo "setup: rendering the example letters into out/"
mkdir -p out
for data in examples/*.yaml; do
  name=$(basename "$data" .yaml)
  for fmt in text html pdf; do
    ext=$fmt; [[ $fmt == text ]] && ext=txt
    .venv/bin/rejectlet render "$data" --format "$fmt" --output "out/$name.$ext" --force
  done
done
echo "setup: done. Try: .venv/bin/rejectlet render examples/reply.yaml"
