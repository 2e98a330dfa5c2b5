#!/usr/bin/env bash
# Regenerate the lock files: the exact version and hashes of every Python package
# that ./setup.sh installs, one file per supported Python. Run after changing a
# dependency in pyproject.toml, or to take newer releases on purpose; commit the
# result together with the change that needed it.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-.venv/bin/uv}
[[ -x $UV ]] || UV=$(command -v uv) || { echo "lock: uv not found; run ./setup.sh first" >&2; exit 2; }
for version in 3.11 3.12 3.13; do
  "$UV" pip compile pyproject.toml --extra dev --python-version "$version" \
    --python-platform x86_64-manylinux_2_28 --generate-hashes --quiet \
    --custom-compile-command "requirements/lock.sh" \
    --output-file "requirements/py$version.txt"
  echo "lock: requirements/py$version.txt"
done

# Record the Debian packages' versions on this machine as the verified ones.
record=$(mktemp)
while IFS= read -r line; do
  if [[ -z $line || $line == \#* ]]; then echo "$line"; continue; fi
  pkg=${line%% *}
  echo "$pkg $(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || echo missing)"
done < requirements/debian.txt > "$record"
mv "$record" requirements/debian.txt
echo "lock: requirements/debian.txt"
