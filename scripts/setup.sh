#!/usr/bin/env bash
# Everything a fresh Debian/Ubuntu machine needs, then the npm packages.
#   - pkg-config, libsecret-1-dev: how keytar's build finds libsecret; keytar is a native
#     module office-addin-debugging pulls in
#     (npm builds it from source: prebuilt binaries cannot be downloaded here).
#   - chromium: the browser tests drive Debian's Chromium with playwright-core.
#   - libreoffice-calc-nogui: an independent spreadsheet engine the tests recalculate
#     generated workbooks and formulas with.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pkg-config libsecret-1-dev chromium libreoffice-calc-nogui poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  else
    echo "Not a Debian/Ubuntu machine: install ${missing[*]} (or equivalents) yourself." >&2
  fi
fi

npm ci
