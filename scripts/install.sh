#!/usr/bin/env bash
# Installs Thigh Pain Companion on Debian or Ubuntu: the system libraries Qt needs,
# a virtual environment in .venv, and the app. With --test it also installs the test
# tools (pytest, pytest-qt, hypothesis, ruff, mypy) and PyInstaller, which the packaging
# test uses to build the bundle and the .deb.
#
#   bash scripts/install.sh          # the app
#   bash scripts/install.sh --test   # the app in editable mode, with the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
[ "${1:-}" = "--test" ] && with_tests=true

# A copy of the app running from this .venv keeps loading its files (pages are imported
# when first opened): reinstalling under it breaks it. Such a copy has files of the
# .venv mapped and names the app on its command line.
running_copies() {
  local venv pid cmd
  venv=$(cd .venv 2>/dev/null && pwd -P) || return 0
  for maps in /proc/[0-9]*/maps; do
    pid=${maps#/proc/}; pid=${pid%/maps}
    [ "$pid" = "$$" ] && continue
    grep -qF "$venv/" "$maps" 2>/dev/null || continue
    cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null) || continue
    case "$cmd" in
      *thigh-pain-companion*|*" -m companion"*|*" main.py"*|*/main.py*) echo "$pid";;
    esac
  done
}
running=$(running_copies | tr '\n' ' ')
if [ -n "$running" ]; then
  echo "install: Thigh Pain Companion is running from this .venv (process ${running% })." >&2
  echo "install: close its window, or choose App > Quit (or Quit in its tray menu), then run this again." >&2
  exit 1
fi

# Qt's runtime libraries on Linux: the first line is enough for tests (offscreen);
# the rest are for a real window (X11/xcb) and readable default fonts.
qt_libs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
         libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
         libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
         libx11-xcb1 fonts-dejavu-core)

# With --test: the tools the tests drive, so that no check skips for want of one:
# the distro's validators for the packaging test (desktop-file-utils, appstream,
# lintian), what the .deb build uses (dpkg-dev for dpkg-shlibdeps, binutils for strip
# and readelf, patchelf to drop library search paths into the build machine, help2man
# for the manual page, and the Wayland libraries of the bundle's Wayland plugins, so
# dpkg-shlibdeps can name their packages), poppler for reading PDFs back,
# strace for the no-network test, tzdata for clock tests, and a real X server with a
# window manager (Xvfb, openbox, xdotool, x11-utils) for the kiosk-on-a-desktop test.
test_pkgs=(desktop-file-utils appstream lintian dpkg-dev binutils patchelf help2man
           libwayland-client0 libwayland-cursor0 libwayland-egl1 poppler-utils strace tzdata
           xvfb openbox xdotool x11-utils)
$with_tests && qt_libs+=("${test_pkgs[@]}")

python=${PYTHON:-python3}
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for lib in "${qt_libs[@]}"; do
    # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64); accept either name.
    installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
    installed "$lib" || installed "${lib}t64" || missing+=("$lib")
  done
  "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install: adding system packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=(); else sudo=(sudo); fi
  if [ ${#sudo[@]} -gt 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "install: please install these packages as root: ${missing[*]}" >&2
    exit 1
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$python" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"install: Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
PY

[ -x .venv/bin/python ] || "$python" -m venv .venv
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
if $with_tests; then
  "${pip[@]}" install -e '.[test,package]'
  # The interface's translations (.qm), built beside their .ts files.
  .venv/bin/python scripts/translations.py build
else
  "${pip[@]}" install .
  # The interface's translations (.qm), built into the installed package.
  .venv/bin/python scripts/translations.py build --into "$(.venv/bin/python -c \
    'import companion, pathlib; print(pathlib.Path(companion.__file__).parent / "translations")')"
fi
echo "install: done (.venv)"
