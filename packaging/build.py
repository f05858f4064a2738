"""Builds the double-click app: a PyInstaller one-folder bundle and, on Linux, a .deb.

    .venv/bin/python -m pip install -e '.[package]'    # once: PyInstaller
    .venv/bin/python packaging/build.py                # bundle + self-test + .deb

Steps: draw the icons (PNG sizes from assets/icons/app.svg), build the bundle with
`packaging/thigh-pain-companion.spec` into dist/thigh-pain-companion/, run the bundle's
`--self-test` (normal and kiosk), then on Linux build
dist/thigh-pain-companion_VERSION_ARCH.deb with dpkg-deb, unpack it into a temporary
root and run the self-test again from there. Exit code 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "thigh-pain-companion.spec"
NAME = "thigh-pain-companion"
APP_NAME = "Thigh Pain Companion"
METAINFO_ID = "org.thighpaincompanion.ThighPainCompanion"
INSTALL_DIR = f"/opt/{NAME}"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Thigh Pain Companion team <thigh-pain-companion@localhost>"

# Libraries the bundle takes from the system rather than carrying them (the same list
# scripts/install.sh installs); Ubuntu 24.04 renamed some with a t64 suffix.
DEB_DEPENDS = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
    "fonts-dejavu-core",
]


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def project_version() -> str:
    """The version pyproject.toml declares, or reads from the file its build backend names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if "version" in project["project"]:
        return str(project["project"]["version"])
    source = ROOT / project["tool"]["hatch"]["version"]["path"]
    found = re.search(r'^__version__ = "([^"]+)"', source.read_text(encoding="utf-8"), re.M)
    if not found:
        raise BuildError(f"no __version__ in {source}")
    return found.group(1)


def project_description() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(project["project"]["description"])


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


# --- icons ---------------------------------------------------------------------


def draw_icons(folder: Path) -> Path:
    """Draw the app icon from assets/icons/app.svg: PNGs in every size under
    `folder`/hicolor (with the SVG), and NAME.ico and NAME.icns for Windows and macOS.
    Returns the hicolor folder."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    target = folder / "hicolor"
    source = ROOT / "assets" / "icons" / "app.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise BuildError(f"{source} is not a valid SVG")
    for size in ICON_SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        out = target / f"{size}x{size}" / "apps" / f"{NAME}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise BuildError(f"could not write {out}")
        if size == 256:  # Qt writes one image per .ico/.icns; Windows and macOS scale it
            for kind in ("ico", "icns"):
                if not image.save(str(folder / f"{NAME}.{kind}"), kind.upper()):
                    raise BuildError(f"could not write {folder / f'{NAME}.{kind}'}")
    scalable = target / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    return target


# --- the bundle ----------------------------------------------------------------


def build_bundle(dist: Path, work: Path, icons: Path, *, clean: bool) -> Path:
    """Run PyInstaller on the spec; `icons` is the folder draw_icons filled."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError(
            "PyInstaller is not installed; run: .venv/bin/python -m pip install -e '.[package]'"
        ) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    env = {**os.environ, "TPC_ICONS": str(icons)}
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit code {result.returncode})")
    bundle = dist / NAME
    if not (bundle / launcher_name()).is_file():
        raise BuildError(f"PyInstaller made no {bundle / launcher_name()}")
    return bundle


def launcher_name() -> str:
    return f"{NAME}.exe" if sys.platform == "win32" else NAME


def self_test(executable: Path, *extra: str) -> str:
    """Run `executable --self-test` on a throw-away data folder; its report, or BuildError."""
    with tempfile.TemporaryDirectory(prefix="tpc-build-data-") as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("COMPANION_DATA_DIR", None)
        result = subprocess.run(
            [str(executable), "--self-test", "--data-dir", data, *extra],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
            check=False,
        )
    report = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise BuildError(f"the self-test of {executable} failed:\n{report}")
    return report


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


# --- the .deb ------------------------------------------------------------------


def deb_architecture() -> str:
    result = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def _normalise_modes(root: Path) -> None:
    """Folders 0755, programs 0755, other files 0644, as Debian packages expect."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def stage_deb(bundle: Path, icons: Path, stage: Path, version: str, arch: str) -> Path:
    """Lay out the package's files under `stage` (removed first) and write DEBIAN/control."""
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)

    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    launcher = bin_dir / NAME
    # A script rather than a symlink, so the bundle always finds its own folder.
    launcher.write_text(f'#!/bin/sh\nexec {INSTALL_DIR}/{NAME} "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)

    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(
        PACKAGING / "linux" / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop"
    )
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(
        PACKAGING / "linux" / f"{METAINFO_ID}.metainfo.xml",
        share / "metainfo" / f"{METAINFO_ID}.metainfo.xml",
    )
    shutil.copytree(icons, share / "icons" / "hicolor")
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {NAME}\n\n"
        "Files: *\n"
        "Copyright: Thigh Pain Companion team\n"
        "License: MIT\n"
        " The bundle also carries Python, Qt for Python (PySide6, LGPL-3.0),\n"
        " pyqtgraph (MIT), NumPy (BSD-3-Clause) and TinyDB (MIT) under their own\n"
        " licences.\n",
        encoding="utf-8",
    )
    # The clinic kiosk guide and an example config, as documents only: an active kiosk
    # config is never installed (it would turn every user's app into the kiosk, with the
    # example's public PIN).
    for name in ("kiosk.md", "kiosk.example.toml"):
        shutil.copyfile(PACKAGING / name, doc / name)

    installed_kib = (folder_size(stage) + 1023) // 1024
    summary, _, _ = project_description().partition(":")
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {summary.strip()}\n"
        " An offline desktop companion for pain at the back of the thigh: a guided\n"
        " check that puts safety first, illustrated lessons about nerve and muscle\n"
        " pain, heat, ice and movement-break timers, and a journal that shows whether\n"
        " the pain is retreating up the leg or spreading down.\n"
        " .\n"
        " It explains and supports self-care; it does not diagnose. Nothing leaves\n"
        " the computer: there is no network code, no account and no analytics.\n",
        encoding="utf-8",
    )
    _normalise_modes(stage)
    return stage


def build_deb(stage: Path, out: Path) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is missing (install the 'dpkg' package)")
    out.unlink(missing_ok=True)
    # --root-owner-group: files belong to root in the package without needing fakeroot.
    # zstd at a moderate level: about as small as xz here, and several times faster.
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(out)]
    if _dpkg_deb_knows_zstd():
        command[2:4] = ["-Zzstd", "-z9"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"dpkg-deb failed:\n{result.stderr.strip()}")
    return out


def _dpkg_deb_knows_zstd() -> bool:
    result = subprocess.run(["dpkg-deb", "--help"], capture_output=True, text=True, check=False)
    return "zstd" in result.stdout


def unpack_deb(deb: Path, root: Path) -> Path:
    """`dpkg -x` the package into `root`; the installed program's path inside it."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root / INSTALL_DIR.lstrip("/") / NAME


def validate_linux_files(version: str) -> list[str]:
    """Check the menu entry and the AppStream file with the system's tools, when present."""
    notes = []
    metainfo = PACKAGING / "linux" / f"{METAINFO_ID}.metainfo.xml"
    desktop = PACKAGING / "linux" / f"{NAME}.desktop"
    if f'<release version="{version}"' not in metainfo.read_text(encoding="utf-8"):
        raise BuildError(f'{metainfo.name} has no <release version="{version}">; add one')
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise BuildError(f"appstreamcli rejects {metainfo.name}:\n{result.stdout.strip()}")
        notes.append("metainfo: appstreamcli validate passed")
    else:
        notes.append("metainfo: appstreamcli not installed, not validated")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or result.stdout.strip():
            raise BuildError(f"desktop-file-validate rejects {desktop.name}:\n{result.stdout}")
        notes.append("desktop entry: desktop-file-validate passed")
    else:
        notes.append("desktop entry: desktop-file-validate not installed, not validated")
    return notes


# --- main ----------------------------------------------------------------------


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
        say("running the bundle's self-test")
        print(self_test(bundle / launcher_name()), flush=True)
        print(self_test(bundle / launcher_name(), "--kiosk"), flush=True)
        if args.no_deb or not sys.platform.startswith("linux"):
            if not sys.platform.startswith("linux"):
                say("not Linux: no .deb (see packaging/README.md for Windows and macOS)")
            return 0
        for note in validate_linux_files(version):
            say(note)
        arch = deb_architecture()
        stage = stage_deb(bundle, icons, work / "deb-root", version, arch)
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
