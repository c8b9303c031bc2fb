#!/usr/bin/env bash
# Installs (or removes) WalkCoach's launcher entry, AppStream metainfo and icons for the current
# user, under ${XDG_DATA_HOME:-~/.local/share}. No root needed.
#
#   packaging/install-desktop-files.sh                 # Exec= the `walkcoach` found on PATH
#   packaging/install-desktop-files.sh --exec /opt/walkcoach/walkcoach   # e.g. a PyInstaller bundle
#   packaging/install-desktop-files.sh --uninstall
set -euo pipefail

APP_ID="io.github.walkcoach.WalkCoach"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_path=""
uninstall=0

usage() { sed -n '2,7s/^# \{0,1\}//p' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --exec) [ $# -ge 2 ] || { echo "install-desktop-files: --exec needs a path" >&2; exit 2; }
            exec_path="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install-desktop-files: unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

apps="$data_home/applications"
metainfo="$data_home/metainfo"
icons="$data_home/icons/hicolor"
png_sizes=(16 24 32 48 64 128 256 512)

refresh_caches() {
  # Launchers pick the files up by themselves after a while; these make it immediate where present.
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$apps" || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
  fi
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "$apps/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml" \
        "$icons/scalable/apps/$APP_ID.svg"
  for size in "${png_sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/$APP_ID.png"; done
  [ -d "$apps" ] && refresh_caches
  echo "removed WalkCoach's desktop files from $data_home"
  exit 0
fi

if [ -z "$exec_path" ]; then
  if exec_path="$(command -v walkcoach)"; then
    :
  else
    exec_path="walkcoach"
    echo "note: 'walkcoach' is not on PATH; the launcher will work once it is" \
         "(or rerun with --exec /path/to/walkcoach)" >&2
  fi
fi
case "$exec_path" in
  *[[:space:]\"\'\\\`\$]*) echo "install-desktop-files: --exec path must not contain spaces or quotes: $exec_path" >&2
               exit 2 ;;
esac

mkdir -p "$apps" "$metainfo" "$icons/scalable/apps"
sed "s|^Exec=walkcoach$|Exec=$exec_path|" "$here/$APP_ID.desktop" > "$apps/$APP_ID.desktop.tmp"
mv "$apps/$APP_ID.desktop.tmp" "$apps/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$metainfo/$APP_ID.metainfo.xml"
cp "$repo/resources/icons/walkcoach.svg" "$icons/scalable/apps/$APP_ID.svg"
for size in "${png_sizes[@]}"; do
  if [ -f "$here/icons/$size.png" ]; then
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$here/icons/$size.png" "$icons/${size}x${size}/apps/$APP_ID.png"
  fi
done
refresh_caches
echo "installed WalkCoach's launcher entry, metainfo and icons under $data_home (Exec=$exec_path)"
