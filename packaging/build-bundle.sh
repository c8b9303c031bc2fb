#!/usr/bin/env bash
# Builds the PyInstaller one-folder bundle and runs its smoke test offscreen.
#
#   packaging/build-bundle.sh            # -> dist/bundle/walkcoach/walkcoach
#
# Uses .venv (override with PYTHON=/path/to/python) and installs PyInstaller into it if missing.
# Prints the build time and the bundle size; exits non-zero if the build or any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
python="${PYTHON:-$repo/.venv/bin/python}"
dist="$repo/dist/bundle"
work="$repo/build/pyinstaller"

if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
  echo "installing PyInstaller into $("$python" -c 'import sys; print(sys.prefix)')"
  "$python" -m pip --disable-pip-version-check -q install "pyinstaller>=6.10,<7"
fi

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/walkcoach.spec
build_s=$(( $(date +%s) - started ))
bundle="$dist/walkcoach"
exe="$bundle/walkcoach"
[ -x "$exe" ] || { echo "build-bundle: $exe was not built" >&2; exit 1; }
echo "built $bundle in ${build_s} s, $(du -sh "$bundle" | cut -f1)"

# The checks run from an unrelated folder with a throw-away data folder, like a user's first start.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
# Every check names its data folder; anything that falls back to the default one (e.g. a child
# process started without --data-dir) would show up here instead of in the real user's folder.
export XDG_DATA_HOME="$scratch/default-data-home"
cd "$scratch"

expected_version="$("$python" -c 'import ast,sys; t=ast.parse(open(sys.argv[1]).read()); print(next(n.value.value for n in t.body if isinstance(n, ast.Assign) and n.targets[0].id == "__version__"))' "$repo/walkcoach/__init__.py")"
version_line="$("$exe" --version)"
[ "$version_line" = "WalkCoach $expected_version" ] || {
  echo "build-bundle: bundle says '$version_line', expected 'WalkCoach $expected_version'" >&2; exit 1; }
echo "version: $version_line"

"$exe" programs --json --data-dir "$scratch/data" > programs.json
"$python" -c 'import json,sys; p=json.load(open("programs.json")); assert p, "no programs"; print(f"programs: {len(p)} built-in programs load from the bundle")'

# The frozen app is also its own text-to-speech helper (see packaging/walkcoach_launcher.py).
helper_reply="$(printf '{"say": "check"}\n' | WALKCOACH_SPEECH_HELPER=1 WALKCOACH_SPEECH_ENGINE=mock \
  timeout 60 "$exe" 2>/dev/null | head -n 1 || true)"
case "$helper_reply" in
  *'"ready"'*) echo "speech helper: $helper_reply" ;;
  *) echo "build-bundle: the bundle's speech helper did not report ready: '$helper_reply'" >&2; exit 1 ;;
esac

# ...and its cue-sound helper (walkcoach.sound.helper): it must find its sounds in the bundle.
sound_reply="$(WALKCOACH_SOUND_HELPER=1 PULSE_SERVER=unix:/nonexistent/walkcoach-bundle-check \
  timeout 60 "$exe" </dev/null 2>/dev/null | head -n 1 || true)"
case "$sound_reply" in
  *'"ready": ["backward.wav"'*) echo "sound helper: ${sound_reply:0:80}..." ;;
  *) echo "build-bundle: the bundle's sound helper did not list its sounds: '$sound_reply'" >&2; exit 1 ;;
esac

started_ms=$(date +%s%3N)
"$exe" --smoke-test --data-dir "$scratch/data"
echo "smoke test passed (wall time $(( $(date +%s%3N) - started_ms )) ms)"
# The device layer is in the bundle too: the virtual treadmill links and closes.
"$exe" --smoke-test --treadmill virtual --data-dir "$scratch/data" >/dev/null
echo "smoke test with the virtual treadmill passed"
if [ -e "$XDG_DATA_HOME/WalkCoach" ]; then
  echo "build-bundle: something in the bundle used the default data folder despite --data-dir:" >&2
  ls -la "$XDG_DATA_HOME/WalkCoach" >&2
  exit 1
fi
