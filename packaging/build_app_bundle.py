"""The bundle: the app icon drawn from its SVG, the PyInstaller one-folder bundle, what the
Linux bundle keeps of what PyInstaller collects, its libraries stripped (with what the
build reads of an ELF file to do that safely), their library search paths kept inside
the bundle, and the bundle's own `--self-test`.

build.py runs these steps; `packaging/thigh-pain-companion.spec` calls bundle_keeps and
provided_by_system to leave out what a Linux desktop app does not need.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Literal

import build_shared
from build_shared import ICON_SIZES, NAME, ROOT, SPEC, BuildError

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
# Qt libraries that only left-out plugins load.
QT_LIBRARIES_UNUSED = (
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
    "libQt6WlShellIntegration",
)

# Python's own network modules, left out of the bundle (the spec excludes them) because
# nothing the app runs imports them: TLS (ssl and its extension _ssl; http.client and
# urllib.request import ssl only if it is there), asyncio (which only unittest's async
# test case imports), the FTP, mail and news clients, the HTTP and XML-RPC servers and
# clients, cookies, multiprocessing's network managers and the web-browser opener.
# tests/test_packaging.py fails, naming the file, if one comes back.
#
# Kept, because libraries the app needs import them as they load: socket and its
# extension _socket, with http.client and urllib.request. segno (the check's QR code)
# imports xml.sax.saxutils, which imports urllib.request, so http.client and socket;
# `import pyqtgraph` (the journal's graph) imports RemoteGraphicsView and with it
# multiprocessing.connection, which imports socket. Neither opens a connection, and
# without _ssl no https one can be made (the packaging test traces the connect calls).
PYTHON_NETWORK_MODULES = (
    "ssl",
    "_ssl",
    "asyncio",
    "_asyncio",
    "asynchat",
    "asyncore",
    "ftplib",
    "netrc",
    "smtplib",
    "smtpd",
    "imaplib",
    "poplib",
    "nntplib",
    "telnetlib",
    "socketserver",
    "http.server",
    "http.cookiejar",
    "http.cookies",
    "urllib.robotparser",
    "xmlrpc",
    "wsgiref",
    "multiprocessing.managers",
    "webbrowser",
)


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
    if build_shared.which("strip") is None:
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


# --- library search paths ------------------------------------------------------

# A RUNPATH or RPATH entry relative to the library's own folder ($ORIGIN or ${ORIGIN}).
_ORIGIN = re.compile(r"\$(?:ORIGIN\b|\{ORIGIN\})")
_SEARCH_PATH = re.compile(r"\((RPATH|RUNPATH)\)\s+Library \w+: \[(.*)\]")


def search_paths(path: Path) -> dict[str, list[str]]:
    """The ELF file's library search paths as readelf reads them: {"RUNPATH": [...]} or
    {"RPATH": [...]}, empty when it has none."""
    result = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BuildError(f"readelf failed on {path}:\n{result.stderr.strip()}")
    return {kind: paths.split(":") for kind, paths in _SEARCH_PATH.findall(result.stdout)}


def search_path_stays(entry: str, library: Path, bundle: Path) -> bool:
    """Whether the search path `entry` of `library` (a file inside `bundle`, both
    absolute) names a folder of the bundle: only an $ORIGIN-relative one can. An
    absolute one names a folder of the build machine (PyInstaller copies Python's own
    modules with the RUNPATH of the Python that built them, as /root/.pyenv/...)."""
    origin = _ORIGIN.match(entry)
    if origin is None:
        return False
    folder = os.path.normpath(f"{library.parent}{entry[origin.end() :]}")
    return Path(folder).is_relative_to(bundle)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def confine_search_paths(bundle: Path) -> tuple[list[Path], int]:
    """Remove, with patchelf, every library search path (RUNPATH or RPATH) of the bundle's
    ELF files that leads out of the bundle; a user's machine lacks that folder, or holds
    other libraries there. The $ORIGIN paths by which the bundle's libraries find each
    other stay. Returns (the files changed, how many search paths stayed)."""
    for tool, package in (("patchelf", "patchelf"), ("readelf", "binutils")):
        if build_shared.which(tool) is None:
            raise BuildError(f"'{tool}' is missing (install the '{package}' package)")
    bundle = bundle.resolve()
    changed, stayed = [], 0
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not _is_elf(path):
            continue
        found = search_paths(path)
        entries = [entry for paths in found.values() for entry in paths]
        staying = [entry for entry in entries if search_path_stays(entry, path, bundle)]
        stayed += len(staying)
        if staying == entries:
            continue
        # An RPATH stays an RPATH (patchelf writes a RUNPATH unless told otherwise).
        kind = ["--force-rpath"] if "RUNPATH" not in found else []
        change = [*kind, "--set-rpath", ":".join(staying)] if staying else ["--remove-rpath"]
        result = subprocess.run(
            ["patchelf", *change, str(path)], capture_output=True, text=True, check=False
        )
        left = [e for paths in search_paths(path).values() for e in paths]
        if result.returncode != 0 or left != staying:
            raise BuildError(
                f"patchelf could not confine the search paths of {path}:\n"
                f"{result.stderr.strip() or left}"
            )
        changed.append(path)
    return changed, stayed


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
