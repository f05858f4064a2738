"""Builds the double-click app: a PyInstaller one-folder bundle and, on Linux, a .deb.

    .venv/bin/python -m pip install -e '.[package]'    # once: PyInstaller
    .venv/bin/python packaging/build.py                # bundle + self-test + .deb

Steps: draw the icons (PNG sizes from assets/icons/app.svg), build the interface's
translations (.qm), build the bundle with
`packaging/thigh-pain-companion.spec` into dist/thigh-pain-companion/, run the bundle's
`--self-test` (normal and kiosk), then on Linux strip the bundle's libraries and run the
self-test again, check the menu entry and the AppStream file with the distribution's own
validators, build dist/thigh-pain-companion_VERSION_ARCH.deb with dpkg-deb, unpack it
into a temporary root and run the self-test from there. Exit code 0 only when every step
passed.

The .deb is built the way Debian's own tools expect (lintian finds only what a bundle in
/opt cannot avoid): libraries not executable and stripped, xz-compressed members, a
Depends line that dpkg-shlibdeps works out from the bundle's libraries, a changelog, a
copyright file, and a manual page made from `--help`. Building it needs, from Debian's
archive: dpkg-dev (dpkg-shlibdeps), binutils (strip), help2man, desktop-file-utils and
appstream; `bash scripts/install.sh --test` installs them.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path, PurePosixPath
from typing import Literal

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "thigh-pain-companion.spec"
NAME = "thigh-pain-companion"
APP_NAME = "Thigh Pain Companion"
METAINFO_ID = "org.thighpaincompanion.ThighPainCompanion"
# The menu entry is named after the AppStream id, as software centres expect; the app
# tells the desktop the same name (QGuiApplication.setDesktopFileName).
DESKTOP_FILE = f"{METAINFO_ID}.desktop"
INSTALL_DIR = f"/opt/{NAME}"
DOC_DIR = f"/usr/share/doc/{NAME}"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)

# What the package needs that no library of the bundle names (dpkg-shlibdeps finds the
# rest): D-Bus, which Qt opens only while running, and readable fonts.
EXTRA_DEPENDS = ("libdbus-1-3", "fonts-dejavu-core")

# Qt plugins the Linux bundle keeps, by plugin folder; None keeps the whole folder. Other
# folders (framebuffer and EGL full-screen platforms, evdev input, server-side Wayland
# buffers, network plugins) are left out.
QT_PLUGINS_KEPT: dict[str, tuple[str, ...] | None] = {
    "platforms": ("libqxcb", "libqwayland", "libqoffscreen"),  # X11, Wayland, self-test
    # GNOME's font size and file dialogs (when GTK is there), portals elsewhere.
    "platformthemes": ("libqgtk3", "libqxdgdesktopportal"),
    "platforminputcontexts": None,  # compose keys and input methods
    "iconengines": None,
    "imageformats": ("libqsvg", "libqjpeg"),  # the kiosk logo: PNG (built in), JPEG, SVG
    "xcbglintegrations": None,
    "printsupport": None,  # printing the check summary and the clinician report
    "wayland-shell-integration": ("libxdg-shell",),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": ("libqt-plugin-wayland-egl",),
}
# Plugins Qt uses only when the desktop has what they need (GTK): the package does not
# depend on that, so dpkg-shlibdeps leaves them out of its reckoning.
OPTIONAL_PLUGINS = ("libqgtk3.so",)
# Qt libraries that only left-out plugins load.
QT_LIBRARIES_UNUSED = (
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
    "libQt6WlShellIntegration",
)


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


def maintainer(environ: dict[str, str] | None = None) -> str:
    """The package's maintainer: the project's first author, or whoever builds the package
    when DEBFULLNAME and DEBEMAIL say so (as Debian's own tools read them)."""
    env = os.environ if environ is None else environ
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    author = project["project"]["authors"][0]
    name = env.get("DEBFULLNAME") or author["name"]
    email = env.get("DEBEMAIL") or author.get("email")
    if not email:
        raise BuildError("pyproject.toml names no author email for the package's maintainer")
    return f"{name} <{email}>"


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
    # The interface's translations (.qm) from the committed .ts files; the spec bundles them.
    translations = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=False
    )
    if translations.returncode != 0:
        raise BuildError(f"building the translations failed (exit code {translations.returncode})")
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


def bundle_keeps(dest: str, languages: Iterable[str]) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) goes in the Linux
    bundle: no Qt plugin the app does not use, no Qt library only those load, and Qt's
    own translations only for the `languages` the app ships."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    if "plugins" in parts[:-2] and "Qt" in parts:
        folder = parts[parts.index("plugins") + 1]
        if folder not in QT_PLUGINS_KEPT:
            return False
        kept = QT_PLUGINS_KEPT[folder]
        return kept is None or path.name.split(".")[0] in kept
    if path.name.startswith(QT_LIBRARIES_UNUSED):
        return False
    if path.suffix == ".qm" and "translations" in parts:
        # qtbase_pt_BR.qm: the language comes after the first underscore.
        language = path.stem.partition("_")[2].split("_")[0]
        return language in set(languages)
    return True


def provided_by_system(sources: Iterable[str]) -> set[str]:
    """The libraries among `sources` (paths on this machine) that belong to an installed
    Debian package; empty where there is no dpkg. The bundle leaves those out and the
    .deb depends on their packages. Python's own library always stays: the bundle's
    launcher loads it from the bundle."""
    if shutil.which("dpkg-query") is None:
        return set()
    candidates: dict[str, str] = {}
    for source in sources:
        if Path(source).name.startswith("libpython"):
            continue
        for variant in _merged_usr_variants(source):
            candidates[variant] = source
    if not candidates:
        return set()
    result = subprocess.run(
        ["dpkg-query", "--search", *candidates],
        capture_output=True,
        text=True,
        check=False,
    )
    owned = set()
    for line in result.stdout.splitlines():
        _package, _, path = line.partition(": ")
        if path in candidates:
            owned.add(candidates[path])
    return owned


def _merged_usr_variants(source: str) -> Iterator[str]:
    """/lib/x/libz.so.1 and /usr/lib/x/libz.so.1 are one file on a merged-/usr system; dpkg
    knows it by one of the names. The resolved path of a symlink counts too."""
    paths = {source, str(Path(source).resolve())}
    for path in list(paths):
        if path.startswith("/usr/lib/"):
            paths.add(path.removeprefix("/usr"))
        elif path.startswith("/lib/"):
            paths.add("/usr" + path)
    yield from sorted(paths)


class Elf:
    """What the build needs to know of an ELF file (64-bit): its section names, and
    whether its loadable segments sit where the loader can map them."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.order: Literal["little", "big"] = "little" if data[5] == 1 else "big"

    @classmethod
    def read(cls, path: Path) -> Elf | None:
        """The file at `path`, or None when it is not a 64-bit ELF file."""
        with path.open("rb") as file:
            if file.read(5) != b"\x7fELF\x02":
                return None
            file.seek(0)
            return cls(file.read())

    def _number(self, start: int, size: int) -> int:
        return int.from_bytes(self.data[start : start + size], self.order)

    def sections(self) -> set[str]:
        table, entry = self._number(0x28, 8), self._number(0x3A, 2)
        count, names_index = self._number(0x3C, 2), self._number(0x3E, 2)
        if not table or not count or names_index >= count:
            return set()
        names_at = self._number(table + names_index * entry + 0x18, 8)
        found = set()
        for index in range(count):
            start = names_at + self._number(table + index * entry, 4)
            found.add(self.data[start : self.data.index(b"\0", start)].decode("ascii", "replace"))
        return found

    def unstripped(self) -> bool:
        sections = self.sections()
        return ".symtab" in sections or any(name.startswith(".debug") for name in sections)

    def segments_aligned(self) -> bool:
        """Each loadable segment's file offset and address agree modulo its alignment;
        the loader refuses a library where they do not ("not page-aligned")."""
        table, entry, count = self._number(0x20, 8), self._number(0x36, 2), self._number(0x38, 2)
        for index in range(count):
            at = table + index * entry
            if self._number(at, 4) != 1:  # PT_LOAD
                continue
            offset, address = self._number(at + 0x08, 8), self._number(at + 0x10, 8)
            align = self._number(at + 0x30, 8)
            if align > 1 and offset % align != address % align:
                return False
        return True


def is_shared_library(path: Path) -> bool:
    return re.search(r"\.so(\.\d+)*$", path.name) is not None


def strip_bundle(bundle: Path) -> tuple[list[Path], list[Path]]:
    """Strip symbols and debugging data from the bundle's libraries, as Debian's dh_strip
    does. A library that `strip` would leave unloadable (some that patchelf rewrote, as
    NumPy's vendored OpenBLAS) keeps its symbols. The launcher is left alone (its Python
    archive is part of it). Returns (stripped, kept as they were); the self-test that
    follows proves the stripped ones still work."""
    if which("strip") is None:
        raise BuildError("'strip' is missing (install the 'binutils' package)")
    stripped, kept = [], []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_shared_library(path):
            continue
        elf = Elf.read(path)
        if elf is None or not elf.unstripped():
            continue
        trial = path.with_name(path.name + ".stripped")
        command = ["strip", "--strip-unneeded", "--remove-section=.comment"]
        result = subprocess.run(
            [*command, "--remove-section=.note", "-o", str(trial), str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            trial.unlink(missing_ok=True)
            raise BuildError(f"strip failed on {path}:\n{result.stderr.strip()}")
        result_elf = Elf.read(trial)
        if result_elf is None or not result_elf.segments_aligned():
            trial.unlink()
            kept.append(path)
            continue
        trial.chmod(path.stat().st_mode)
        trial.replace(path)
        stripped.append(path)
    return stripped, kept


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


def _normalise_modes(root: Path, programs: Iterable[Path]) -> None:
    """Folders 0755, the `programs` 0755, every other file 0644 (libraries too), as Debian
    packages expect."""
    executable = {path.resolve() for path in programs}
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.resolve() in executable:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _gzip_file(target: Path, text: str) -> None:
    """Write `text` gzipped at the best level and without a time stamp (reproducible)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as packed,
    ):
        packed.write(text.encode("utf-8"))


def releases() -> list[tuple[str, str, list[str]]]:
    """(version, ISO date, lines of notes) for each release in the AppStream file, newest
    first: the one place the project records its releases."""
    tree = ElementTree.parse(PACKAGING / "linux" / f"{METAINFO_ID}.metainfo.xml")
    found = []
    for release in tree.getroot().iterfind("releases/release"):
        notes = [
            " ".join("".join(item.itertext()).split()) for item in release.iterfind("description/*")
        ]
        found.append((release.get("version", ""), release.get("date", ""), notes))
    return found


def debian_changelog(version: str, who: str) -> str:
    """The package's changelog in Debian's format, made from the AppStream releases."""
    entries = []
    for number, day, notes in releases():
        when = datetime.fromisoformat(day).replace(tzinfo=UTC)
        lines = [f"  * {note}" for note in notes] or ["  * New release."]
        entries.append(
            f"{NAME} ({number}) unstable; urgency=medium\n\n"
            + "\n".join(lines)
            + f"\n\n -- {who}  {format_datetime(when)}\n"
        )
    if not entries or not entries[0].startswith(f"{NAME} ({version})"):
        raise BuildError(f"the newest release in {METAINFO_ID}.metainfo.xml is not {version}")
    return "\n".join(entries)


MIT_TEXT = """\
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 SOFTWARE.
"""


def debian_copyright(year: str) -> str:
    """The copyright file (Debian's machine-readable format): the app under MIT, and what
    the bundle in /opt carries under its own licences."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    holder = project["project"]["authors"][0]["name"]
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n"
        f"Upstream-Contact: {maintainer()}\n"
        "\n"
        "Files: *\n"
        f"Copyright: {year} {holder}\n"
        "License: Expat\n"
        "\n"
        f"Files: {INSTALL_DIR.lstrip('/')}/_internal/*\n"
        "Copyright: the authors of each component named below\n"
        "License: other\n"
        " The app's bundle carries, each under its own licence: Python (PSF-2.0), Qt and\n"
        " Qt for Python (PySide6, LGPL-3.0-only; see /usr/share/common-licenses/LGPL-3),\n"
        " ICU (Unicode-3.0), NumPy and OpenBLAS (BSD-3-Clause), pyqtgraph (Expat), TinyDB\n"
        " (Expat) and segno (BSD-3-Clause). Their licence texts are in the bundle beside\n"
        " each component where the component ships one.\n"
        "\n"
        "License: Expat\n" + MIT_TEXT
    )


def manual_page(program: Path, version: str, out: Path, work: Path) -> Path:
    """`thigh-pain-companion.1.gz` made with help2man from the built program's `--help`,
    so the manual says what the installed program does. `work` is a scratch folder."""
    if which("help2man") is None:
        raise BuildError("help2man is missing (install the 'help2man' package)")
    summary = project_description().partition(":")[0].strip()
    include = work / "manual-extra.h2m"
    include.parent.mkdir(parents=True, exist_ok=True)
    include.write_text(
        "[FILES]\n"
        ".TP\n"
        f"{INSTALL_DIR}\n"
        "The program and everything it needs.\n"
        ".TP\n"
        f"{DOC_DIR}/kiosk.md, {DOC_DIR}/kiosk.example.toml\n"
        "How to set a computer up as a clinic kiosk, and an example kiosk config.\n"
        "[SEE ALSO]\n"
        f"The clinic kiosk guide in {DOC_DIR}/kiosk.md.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "COLUMNS": "80"}
    result = subprocess.run(
        [
            "help2man",
            "--no-info",
            "--section=1",
            f"--name={summary}",
            f"--version-string={version}",
            f"--include={include}",
            str(program),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.startswith('.\\"'):
        raise BuildError(f"help2man failed:\n{result.stderr.strip()}")
    _gzip_file(out, result.stdout)
    return out


def shared_library_depends(stage: Path, arch: str) -> list[str]:
    """What the bundle's programs and libraries need from the system, as package names
    with versions, worked out by dpkg-shlibdeps (Debian's own tool) from every ELF file.
    Libraries the bundle carries itself are found in the bundle and need no package."""
    if which("dpkg-shlibdeps") is None:
        raise BuildError("dpkg-shlibdeps is missing (install the 'dpkg-dev' package)")
    elf_files = [
        str(path)
        for path in sorted(stage.rglob("*"))
        if path.is_file()
        and not path.is_symlink()
        and path.name not in OPTIONAL_PLUGINS
        and Elf.read(path) is not None
    ]
    if not elf_files:
        return []
    # dpkg-shlibdeps finds the package's own libraries (the bundle's) by the DEBIAN
    # folder at the root of the tree it works in.
    (stage / "DEBIAN").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tpc-shlibdeps-") as folder:
        # dpkg-shlibdeps reads the package's name from a debian/control of a source tree.
        control = Path(folder) / "debian" / "control"
        control.parent.mkdir()
        control.write_text(
            f"Source: {NAME}\n\nPackage: {NAME}\nArchitecture: {arch}\n", encoding="utf-8"
        )
        result = subprocess.run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--ignore-missing-info",
                f"-T{Path(folder) / 'debian' / 'substvars'}",
                *elf_files,
            ],
            capture_output=True,
            text=True,
            cwd=folder,
            check=False,
        )
    if result.returncode != 0:
        raise BuildError(f"dpkg-shlibdeps failed:\n{result.stderr.strip()[-2000:]}")
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("shlibs:Depends=")), "")
    return [part.strip() for part in line.partition("=")[2].split(",") if part.strip()]


def lintian_overrides(unstripped: Iterable[Path], bundle: Path) -> str:
    """Lintian's overrides for the libraries that keep their symbols (see strip_bundle),
    each with the reason, as Debian packages declare a deliberate exception."""
    lines = []
    for path in unstripped:
        inside = PurePosixPath(INSTALL_DIR.lstrip("/")) / path.relative_to(bundle).as_posix()
        lines += [
            "# Published already rewritten by patchelf (auditwheel); strip would leave it",
            "# unloadable, which the build checks before it strips anything.",
            f"{NAME}: unstripped-binary-or-object [{inside}]",
        ]
    return "\n".join(lines) + "\n" if lines else ""


def stage_deb(
    bundle: Path,
    icons: Path,
    stage: Path,
    version: str,
    arch: str,
    unstripped: Iterable[Path] = (),
) -> Path:
    """Lay out the package's files under `stage` (removed first) and write DEBIAN/control.
    `unstripped` are libraries of the bundle that strip_bundle had to leave as they were."""
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)

    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    launcher = bin_dir / NAME
    # A script rather than a symlink, so the bundle always finds its own folder.
    launcher.write_text(f'#!/bin/sh\nexec {INSTALL_DIR}/{NAME} "$@"\n', encoding="utf-8")

    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(PACKAGING / "linux" / DESKTOP_FILE, share / "applications" / DESKTOP_FILE)
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(
        PACKAGING / "linux" / f"{METAINFO_ID}.metainfo.xml",
        share / "metainfo" / f"{METAINFO_ID}.metainfo.xml",
    )
    shutil.copytree(icons, share / "icons" / "hicolor")
    doc = stage / DOC_DIR.lstrip("/")
    doc.mkdir(parents=True)
    who = maintainer()
    newest_day = releases()[0][1]
    (doc / "copyright").write_text(debian_copyright(newest_day[:4]), encoding="utf-8")
    # A native package (no Debian revision in the version): changelog.gz, not
    # changelog.Debian.gz.
    _gzip_file(doc / "changelog.gz", debian_changelog(version, who))
    # The clinic kiosk guide and an example config, as documents only: an active kiosk
    # config is never installed (it would turn every user's app into the kiosk, with the
    # example's public PIN).
    for name in ("kiosk.md", "kiosk.example.toml"):
        shutil.copyfile(PACKAGING / name, doc / name)
    manual_page(opt / NAME, version, share / "man" / "man1" / f"{NAME}.1.gz", stage.parent)
    overrides = lintian_overrides(unstripped, bundle)
    if overrides:
        target = share / "lintian" / "overrides" / NAME
        target.parent.mkdir(parents=True)
        target.write_text(overrides, encoding="utf-8")

    _normalise_modes(stage, [launcher, opt / NAME])
    depends = shared_library_depends(stage, arch)
    named = {re.split(r"[\s(|]", entry, maxsplit=1)[0] for entry in depends}
    depends += [extra for extra in EXTRA_DEPENDS if extra not in named]
    installed_kib = (folder_size(stage) + 1023) // 1024
    summary, _, _ = project_description().partition(":")
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir(exist_ok=True)
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {who}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
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
    control.chmod(0o644)
    control.parent.chmod(0o755)
    return stage


def build_deb(stage: Path, out: Path) -> Path:
    if which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is missing (install the 'dpkg' package)")
    out.unlink(missing_ok=True)
    # --root-owner-group: files belong to root in the package without needing fakeroot.
    # xz, which every dpkg and Debian's other tools read (zstd members are not accepted
    # by Debian 12's tools).
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"dpkg-deb failed:\n{result.stderr.strip()}")
    return out


def unpack_deb(deb: Path, root: Path) -> Path:
    """`dpkg -x` the package into `root`; the installed program's path inside it."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root / INSTALL_DIR.lstrip("/") / NAME


# The distribution's own validators for the menu entry and the AppStream file: the build
# stops without them rather than skip a check (Debian packages: desktop-file-utils, appstream).
VALIDATORS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def which(tool: str) -> str | None:
    """The tool's path on the PATH (tests hide tools through this)."""
    return shutil.which(tool)


def validate_linux_files(version: str) -> list[str]:
    """Check the menu entry and the AppStream file with the system's tools; BuildError when
    one rejects its file or is not installed."""
    metainfo = PACKAGING / "linux" / f"{METAINFO_ID}.metainfo.xml"
    desktop = PACKAGING / "linux" / DESKTOP_FILE
    missing = [f"{tool} (package {pkg})" for tool, pkg in VALIDATORS.items() if not which(tool)]
    if missing:
        raise BuildError(f"the validators are not installed: {', '.join(missing)}")
    if f'<release version="{version}"' not in metainfo.read_text(encoding="utf-8"):
        raise BuildError(f'{metainfo.name} has no <release version="{version}">; add one')
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"appstreamcli rejects {metainfo.name}:\n{result.stdout.strip()}")
    result = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or result.stdout.strip():
        raise BuildError(f"desktop-file-validate rejects {desktop.name}:\n{result.stdout}")
    return [
        "metainfo: appstreamcli validate passed",
        "desktop entry: desktop-file-validate passed",
    ]


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
        linux = sys.platform.startswith("linux")
        kept: list[Path] = []
        if linux:
            stripped, kept = strip_bundle(bundle)
            size = folder_size(bundle)
            say(f"stripped {len(stripped)} libraries: the bundle is now {size / 1e6:.0f} MB")
            for path in kept:
                say(f"kept the symbols of {path.name}: stripped, it would not load")
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
