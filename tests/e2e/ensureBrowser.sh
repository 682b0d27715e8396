#!/usr/bin/env bash
# Make sure the end-to-end tests have a browser and CJK fonts: Debian's chromium (or
# $CHROMIUM_PATH) and fonts-noto-cjk (without it Chinese renders as empty boxes).
# Installs them with apt-get when running as root; otherwise prints the command and exits 1.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()

if [ ! -x "$browser" ]; then
  need+=(chromium)
fi
if ! { fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; } && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  need+=(fonts-noto-cjk)
fi

if [ "${#need[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensureBrowser: installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
  if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$CHROMIUM_PATH" ]; then
    echo "ensureBrowser: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable; unset it to use /usr/bin/chromium" >&2
    exit 1
  fi
  exit 0
fi

echo "ensureBrowser: missing ${need[*]}; run: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
exit 1
