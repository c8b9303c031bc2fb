#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, and only those that are missing.
# Qt's offscreen platform needs none; QtMultimedia/QtTextToSpeech need libpulse0; the window and
# screenshot tests need Xvfb and two xcb libraries; the audio test needs PulseAudio; the packaging
# tests need the desktop-file and AppStream validators.
set -euo pipefail

packages=(
  libpulse0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1
  pulseaudio pulseaudio-utils
  desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "note: missing system packages (tests that need them will be skipped): ${missing[*]}" >&2
  echo "      install with: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
