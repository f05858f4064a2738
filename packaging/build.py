"""Builds the double-click app: a PyInstaller one-folder bundle and, on Linux, a .deb.

    .venv/bin/python -m pip install -e '.[package]'    # once: PyInstaller
    .venv/bin/python packaging/build.py                # bundle + self-test + .deb

Steps: draw the icons (PNG sizes from assets/icons/app.svg), build the interface's
translations (.qm), build the bundle with
`packaging/thigh-pain-companion.spec` into dist/thigh-pain-companion/, run the bundle's
`--self-test` (normal and kiosk), then on Linux strip the bundle's libraries, remove the
library search paths that lead out of the bundle (patchelf) and run the self-test again,
check the menu entry and the AppStream file with the distribution's own validators,
build dist/thigh-pain-companion_VERSION_ARCH.deb with dpkg-deb, unpack it into a
temporary root and run the self-test from there. Exit code 0 only when every step
passed.

The .deb is built the way Debian's own tools expect (lintian finds only what a bundle in
/opt cannot avoid): libraries not executable and stripped, xz-compressed members, a
Depends line that dpkg-shlibdeps works out from the bundle's libraries, no library
search path (RUNPATH) into the build machine, a changelog, a copyright file, and a manual
page made from `--help`. Building it needs, from Debian's archive: dpkg-dev
(dpkg-shlibdeps), binutils (strip, readelf), patchelf, help2man, desktop-file-utils and
appstream; `bash scripts/install.sh --test` installs them.

This file runs the steps; they live in the modules beside it: build_shared.py (names,
paths, version, maintainer, BuildError), build_app_bundle.py (icons, bundle, strip,
self-test), build_desktop_files.py (the menu entry and AppStream file, their
validators) and build_deb_package.py (the .deb).
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

# The build's modules sit beside this file, which is how `python packaging/build.py`
# finds them; whatever loads this file by its path finds them through this line. The
# folder is not a package (`packaging` is also a library the tools import).
HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.append(HERE)

from build_app_bundle import (  # noqa: E402
    build_bundle,
    confine_search_paths,
    draw_icons,
    launcher_name,
    self_test,
    strip_bundle,
)
from build_deb_package import build_deb, deb_architecture, stage_deb, unpack_deb  # noqa: E402
from build_desktop_files import validate_linux_files  # noqa: E402
from build_shared import (  # noqa: E402
    APP_NAME,
    NAME,
    ROOT,
    BuildError,
    folder_size,
    project_version,
)


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="folder for intermediate files"
    )
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache")
    parser.add_argument("--no-deb", action="store_true", help="build only the bundle")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = project_version()
    started = time.monotonic()
    try:
        say(f"{APP_NAME} {version}: drawing icons")
        icons = draw_icons(work / "icons")
        say("building the bundle with PyInstaller")
        bundle = build_bundle(dist, work / "pyinstaller", work / "icons", clean=args.clean)
        built = time.monotonic()
        size = folder_size(bundle)
        say(f"bundle: {bundle} ({size / 1e6:.0f} MB) in {built - started:.0f} s")
        linux = sys.platform.startswith("linux")
        kept: list[Path] = []
        if linux:
            stripped, kept = strip_bundle(bundle)
            size = folder_size(bundle)
            say(f"stripped {len(stripped)} libraries: the bundle is now {size / 1e6:.0f} MB")
            for path in kept:
                say(f"kept the symbols of {path.name}: stripped, it would not load")
            confined, stayed = confine_search_paths(bundle)
            say(
                f"library search paths: removed those leading out of the bundle from "
                f"{len(confined)} files; {stayed} inside it ($ORIGIN) stayed"
            )
        say("running the bundle's self-test")
        print(self_test(bundle / launcher_name()), flush=True)
        print(self_test(bundle / launcher_name(), "--kiosk"), flush=True)
        if args.no_deb or not linux:
            if not linux:
                say("not Linux: no .deb (see packaging/README.md for Windows and macOS)")
            return 0
        for note in validate_linux_files(version):
            say(note)
        arch = deb_architecture()
        stage = stage_deb(bundle, icons, work / "deb-root", version, arch, kept)
        deb = build_deb(stage, dist / f"{NAME}_{version}_{arch}.deb")
        say(f"package: {deb} ({deb.stat().st_size / 1e6:.0f} MB)")
        with tempfile.TemporaryDirectory(prefix="tpc-deb-root-") as root:
            installed = unpack_deb(deb, Path(root))
            say("running the self-test of the unpacked package")
            print(self_test(installed), flush=True)
    except BuildError as exc:
        print(f"build FAILED: {exc}", file=sys.stderr)
        return 1
    say(f"done in {time.monotonic() - started:.0f} s (Python {platform.python_version()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
