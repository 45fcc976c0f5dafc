#!/bin/sh
# Installs the Debian/Ubuntu packages Hoot needs, only those that are missing.
#   tools/system-deps.sh run    libraries the Qt window needs
#   tools/system-deps.sh test   those plus Xvfb, xdotool, tesseract (reads the screen in e2e
#                               tests), poppler (PDF to PNG), NSIS and wixl
# As root it installs with apt-get; otherwise it uses `sudo -n` when that works, else it prints
# the command to run and fails, so nothing is half-installed silently.
set -eu

RUN_PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
TEST_PKGS="xvfb xauth poppler-utils xdotool tesseract-ocr tesseract-ocr-eng nsis wixl"

case "${1:-run}" in
  run) wanted="$RUN_PKGS" ;;
  test) wanted="$RUN_PKGS $TEST_PKGS" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system: install Qt's libraries and Xvfb yourself."; exit 0; }

missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
[ -z "$missing" ] && exit 0

echo "Installing system packages:$missing"
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "Please run:  sudo apt-get install -y$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
