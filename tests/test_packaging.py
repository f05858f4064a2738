"""The packaged app: `python packaging/build.py` makes a bundle and a .deb that work and
that Debian's own tools accept.

One build (a few minutes here: most of it is xz) serves every test in this file. Run it
alone with `pytest -m slow tests/test_packaging.py`. It needs PyInstaller (the `package`
extra) and Debian's packaging tools (dpkg-dev, binutils, patchelf, help2man, lintian,
desktop-file-utils, appstream), which `scripts/install.sh --test` installs: a missing one
fails the build, and so these tests, rather than skipping a check.
"""

from __future__ import annotations

import ast
import gzip
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from companion.core.shared.store_files import BACKUPS_DIR
from tests.helpers.build_script import load_build_module

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds a Linux .deb"),
]


build_app_bundle = load_build_module("build_app_bundle")
build_shared = load_build_module("build_shared")
NAME: str = build_shared.NAME


class Built:
    def __init__(self, dist: Path, root: Path, log: str) -> None:
        self.dist = dist
        self.bundle = dist / NAME
        (self.deb,) = dist.glob(f"{NAME}_*.deb")
        self.root = root  # the .deb unpacked with dpkg -x
        self.log = log

    def installed(self, path: str) -> Path:
        return self.root / path.lstrip("/")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    assert importlib.util.find_spec("PyInstaller"), "PyInstaller is missing: install.sh --test"
    base = tmp_path_factory.mktemp("packaging")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        check=False,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    root = base / "root"
    subprocess.run(
        ["dpkg-deb", "-x", str(next((base / "dist").glob("*.deb"))), str(root)], check=True
    )
    yield Built(base / "dist", root, log)


def self_test(executable: Path, data: Path, *wrapper: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [*wrapper, str(executable), "--self-test", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )


def test_the_build_ran_the_bundles_self_test(built: Built) -> None:
    assert built.log.count("self-test passed") == 3  # bundle, bundle in kiosk mode, .deb
    assert "self-test passed (kiosk mode)" in built.log


def test_the_unpacked_deb_passes_its_self_test(built: Built, tmp_path: Path) -> None:
    program = built.installed(f"{build_shared.INSTALL_DIR}/{NAME}")
    result = self_test(program, tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"bundle at {program.parent}" in result.stdout
    assert "self-test passed" in result.stdout


def test_the_installed_app_starts_and_a_second_start_brings_it_forward(
    built: Built, tmp_path: Path, qtbot: QtBot
) -> None:
    """The real start (window, lock, single instance), not only the self-test."""
    program = built.installed(f"{build_shared.INSTALL_DIR}/{NAME}")
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [str(program), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # The daily backup is taken 1.5 s after the window opens, from the event loop:
        # once it is there the running copy is listening for a second start.
        qtbot.waitUntil(
            lambda: (data / BACKUPS_DIR).is_dir() or first.poll() is not None, timeout=60_000
        )
        assert first.poll() is None, first.communicate()[0]
        second = subprocess.run(
            [str(program), "--data-dir", str(data)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stdout + second.stderr
        assert "already open" in second.stdout
        assert first.poll() is None  # the first copy is still running
    finally:
        first.terminate()
        first.communicate(timeout=60)


def test_the_deb_installs_launcher_menu_entry_icons_and_metainfo(built: Built) -> None:
    launcher = built.installed(f"/usr/bin/{NAME}")
    assert os.access(launcher, os.X_OK)
    target = re.search(r"exec (\S+)", launcher.read_text(encoding="utf-8"))
    assert target is not None
    assert built.installed(target.group(1)).is_file()

    desktop_file = built.installed(f"/usr/share/applications/{build_shared.DESKTOP_FILE}")
    desktop = desktop_file.read_text("utf-8")
    entries = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    assert entries["Exec"].split()[0] == NAME  # the launcher on the PATH
    assert entries["Name"] == "Thigh Pain Companion"
    icon_name = entries["Icon"]

    hicolor = built.installed("/usr/share/icons/hicolor")
    assert (hicolor / "scalable" / "apps" / f"{icon_name}.svg").is_file()
    for size in build_shared.ICON_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{icon_name}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not blank

    metainfo = built.installed(f"/usr/share/metainfo/{build_shared.METAINFO_ID}.metainfo.xml")
    text = metainfo.read_text(encoding="utf-8")
    assert f'<launchable type="desktop-id">{build_shared.DESKTOP_FILE}</launchable>' in text
    assert f'<release version="{build_shared.project_version()}"' in text


def test_the_deb_control_file_names_version_and_dependencies(built: Built) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(built.deb), "Package", "Version", "Depends", "Suggests"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Package: {NAME}" in fields
    assert f"Version: {build_shared.project_version()}" in fields
    depends, _, suggests = fields.partition("Depends:")[2].partition("Suggests:")
    assert suggests.strip() == "fonts-noto-cjk"  # for notes in Chinese, Japanese, Korean
    # Worked out from the bundle's libraries: the C library, and what Qt's X11 plugin uses.
    assert re.search(r"\blibc6 \(>= [\d.]+\)", depends), depends
    assert "libxcb-cursor0" in depends
    assert "fonts-dejavu-core" in depends
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout
    assert all(" root/root " in line for line in listing.splitlines())


def test_the_bundle_carries_no_test_files(built: Built) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    for path in built.bundle.rglob("*"):
        assert path.name not in {"tests", "conftest.py", "pytest.ini"}, path
        assert not re.fullmatch(r"test_.*\.py", path.name), path
    modules = CArchiveReader(str(built.bundle / NAME)).open_embedded_archive("PYZ.pyz").toc
    assert "companion.app" in modules  # the listing is real
    for name in modules:
        top = name.split(".")[0]
        assert top not in {"tests", "pytest", "_pytest", "pytestqt", "hypothesis"}, name


# Python modules that open network connections, and Qt's network library.
NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "ftplib", "smtplib", "asyncio", "requests"}


def imported_modules(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_the_app_and_its_bundle_have_no_network_code(built: Built) -> None:
    for path in (ROOT / "companion").rglob("*.py"):
        for module in imported_modules(path):
            assert module.split(".")[0] not in NETWORK_MODULES, f"{path}: imports {module}"
            assert "QtNetwork" not in module, f"{path}: imports {module}"
    network_files = [
        p for p in built.bundle.rglob("*") if re.search(r"Qt6?Network|qvnc|qtuiotouch", p.name)
    ]
    assert network_files == []


def left_out_network_module(module: str) -> bool:
    """Whether `module` (ssl, http.server.HTTPServer…) is one of Python's network modules
    the bundle leaves out, or inside one."""
    return any(
        module == name or module.startswith(f"{name}.")
        for name in build_app_bundle.PYTHON_NETWORK_MODULES
    )


def test_the_bundle_leaves_out_pythons_network_modules(built: Built) -> None:
    """PyInstaller collects them from the standard library as extension files
    (python3.11/lib-dynload/_ssl.cpython-311-….so) and into its archives; a new library
    or PyInstaller release may bring one back."""
    from PyInstaller.archive.readers import CArchiveReader

    found = []
    for path in sorted(built.bundle.rglob("*")):
        extension = re.search(r"\.(so|pyd)$", path.name)  # _ssl.cpython-311-….so
        if extension and left_out_network_module(path.name.split(".")[0]):
            found.append(str(path.relative_to(built.bundle)))
        elif path.suffix == ".zip":  # base_library.zip: what Python needs to start
            with zipfile.ZipFile(path) as zipped:
                for member in zipped.namelist():
                    module = member.removesuffix(".pyc").removesuffix("/__init__")
                    if left_out_network_module(module.replace("/", ".")):
                        found.append(f"{path.relative_to(built.bundle)}: {member}")
    archive = CArchiveReader(str(built.bundle / NAME)).open_embedded_archive("PYZ.pyz")
    assert "socket" in archive.toc  # the listing is real: socket stays (see the list)
    found += [f"{NAME} (PYZ archive): {m}" for m in archive.toc if left_out_network_module(m)]
    assert found == [], "\n".join(found)


def _works(*command: str) -> bool:
    try:
        return subprocess.run([*command, "true"], capture_output=True, check=False).returncode == 0
    except OSError:
        return False


@pytest.mark.skipif(
    shutil.which("strace") is None or not _works("strace", "-f", "-o", os.devnull),
    reason="needs strace (and permission to trace)",
)
def test_the_bundle_opens_no_network_connection(built: Built, tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    program = built.installed(f"{build_shared.INSTALL_DIR}/{NAME}")
    wrapper = ("strace", "-f", "-qq", "-e", "trace=connect,sendto,bind", "-o", str(trace))
    result = self_test(program, tmp_path / "data", *wrapper)
    assert result.returncode == 0, result.stdout + result.stderr
    calls = trace.read_text(encoding="utf-8").splitlines()
    internet = [line for line in calls if re.search(r"AF_INET6?\b", line)]
    assert internet == []


@pytest.mark.skipif(
    shutil.which("unshare") is None or not _works("unshare", "-rn"),
    reason="needs unshare and user namespaces",
)
def test_the_bundle_works_without_any_network(built: Built, tmp_path: Path) -> None:
    program = built.installed(f"{build_shared.INSTALL_DIR}/{NAME}")
    result = self_test(program, tmp_path / "data", "unshare", "-rn")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_library_of_the_package_searches_outside_its_bundle(built: Built) -> None:
    """A library search path (RUNPATH or RPATH) outside the installed bundle, such as the
    build machine's /root/.pyenv/versions/3.11.7/lib, sends the loader to a folder a
    user's machine lacks, or to other libraries there. Only $ORIGIN paths that stay in
    the bundle (how its own libraries find each other) may be there."""
    assert shutil.which("readelf"), "readelf is missing: bash scripts/install.sh --test"
    bundle = built.installed(build_shared.INSTALL_DIR)
    leaving, inside = [], 0
    for path in sorted(built.root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for kind, paths in re.findall(r"\((RPATH|RUNPATH)\)\s+Library \w+: \[(.*)\]", dynamic):
            for entry in paths.split(":"):
                origin = re.fullmatch(r"\$(?:ORIGIN|\{ORIGIN\})(/.*)?", entry)
                below = origin and os.path.normpath(f"{path.parent}{origin.group(1) or ''}")
                if below and Path(below).is_relative_to(bundle):
                    inside += 1
                else:
                    leaving.append(f"{path.relative_to(built.root)}: {kind} {entry}")
    assert leaving == [], "\n".join(leaving)
    assert inside > 0  # readelf was read: the bundle's Qt libraries use $ORIGIN paths


# --- what Debian's tools say -------------------------------------------------------------

# What lintian reports for any bundle of its own libraries in /opt; nothing else may show.
OPT_BUNDLE_TAGS = {
    "dir-or-file-in-opt",
    "embedded-library",
    "library-not-linked-against-libc",
    "shared-library-lacks-prerequisites",
}
# PyInstaller's launcher is built without PIE; only a launcher built from source fixes it.
ACCEPTED_WARNINGS = {"hardening-no-pie"}


def test_lintian_finds_only_what_a_bundle_in_opt_cannot_avoid(built: Built) -> None:
    assert shutil.which("lintian"), "lintian is missing: bash scripts/install.sh --test"
    result = subprocess.run(
        ["lintian", "--tag-display-limit", "0", str(built.deb)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    tags: dict[str, set[str]] = {}
    for line in result.stdout.splitlines():
        found = re.match(rf"([EWIPX]): {NAME}(?: \S+)?: (\S+)", line)
        if found:
            tags.setdefault(found.group(1), set()).add(found.group(2))
    assert tags.get("E", set()) <= OPT_BUNDLE_TAGS, result.stdout
    assert tags.get("W", set()) <= OPT_BUNDLE_TAGS | ACCEPTED_WARNINGS, result.stdout
    assert "dir-or-file-in-opt" in tags.get("E", set())  # lintian really read the package


def test_the_deb_is_built_as_debian_expects(built: Built) -> None:
    members = subprocess.run(
        ["ar", "t", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert members == ["debian-binary", "control.tar.xz", "data.tar.xz"]

    fields = subprocess.run(
        ["dpkg-deb", "-f", str(built.deb), "Maintainer"], capture_output=True, text=True
    ).stdout
    assert re.search(r"<[^@\s]+@[^@\s]+\.[a-z]+>", fields) and "localhost" not in fields

    doc = built.installed(build_shared.DOC_DIR)
    changelog = gzip.decompress((doc / "changelog.gz").read_bytes()).decode("utf-8")
    assert changelog.startswith(f"{NAME} ({build_shared.project_version()}) ")
    copyright_text = (doc / "copyright").read_text(encoding="utf-8")
    assert re.search(r"^Copyright: \d{4} \S", copyright_text, re.M)
    assert "Permission is hereby granted" in copyright_text  # the licence's own words

    manual = gzip.decompress(
        built.installed(f"/usr/share/man/man1/{NAME}.1.gz").read_bytes()
    ).decode("utf-8")
    assert ".SH OPTIONS" in manual and "\\-\\-self\\-test" in manual


def test_only_the_launchers_are_executable(built: Built) -> None:
    executable = sorted(
        str(path.relative_to(built.root))
        for path in built.root.rglob("*")
        if path.is_file() and not path.is_symlink() and path.stat().st_mode & 0o111
    )
    assert executable == sorted(
        [f"usr/bin/{NAME}", f"{build_shared.INSTALL_DIR.lstrip('/')}/{NAME}"]
    )
    libraries = [p for p in built.root.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    assert len(libraries) > 50 and all(p.stat().st_mode & 0o777 == 0o644 for p in libraries)


def test_the_libraries_are_stripped_before_the_self_test(built: Built) -> None:
    overrides = built.installed(f"/usr/share/lintian/overrides/{NAME}")
    excused = overrides.read_text(encoding="utf-8") if overrides.exists() else ""
    unstripped = []
    for path in built.installed(build_shared.INSTALL_DIR).rglob("*"):
        if path.is_file() and not path.is_symlink() and build_app_bundle.is_shared_library(path):
            elf = build_app_bundle.Elf.read(path)
            if elf is not None and elf.unstripped():
                unstripped.append(path)
    assert all(str(p.relative_to(built.root)) in excused for p in unstripped), unstripped
    assert len(unstripped) <= 1  # NumPy's OpenBLAS, which strip would break
    log = built.log
    assert log.index("stripped ") < log.index("self-test passed")


def test_the_installed_help_and_manual_name_installed_files(built: Built) -> None:
    program = built.installed(f"/usr/bin/{NAME}")
    target = built.installed(f"{build_shared.INSTALL_DIR}/{NAME}")
    help_text = subprocess.run(
        [str(target), "--help"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    manual = gzip.decompress(
        built.installed(f"/usr/share/man/man1/{NAME}.1.gz").read_bytes()
    ).decode("utf-8")
    assert program.is_file()
    assert "packaging/" not in help_text
    named = set(re.findall(r"/usr/share/[\w./-]*\w", help_text))
    assert f"{build_shared.DOC_DIR}/kiosk.md" in named
    for path in named:
        assert built.installed(path).exists(), f"--help names {path}, which the package lacks"
    assert f"{build_shared.DOC_DIR}/kiosk.md" in manual.replace("\\-", "-")


def test_the_bundle_and_the_deb_are_slim(built: Built) -> None:
    installed_kib = int(
        subprocess.run(
            ["dpkg-deb", "-f", str(built.deb), "Installed-Size"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert installed_kib * 1024 <= 200_000_000
    assert built.deb.stat().st_size <= 70_000_000
    internal = built.bundle / "_internal"
    # Qt's own translations only for the languages the app ships (content/<lang>/).
    shipped = {p.name for p in (Path(__file__).parents[1] / "content").iterdir() if p.is_dir()}
    translations = sorted(p.name for p in internal.rglob("*.qm"))
    found = {m.group(1) for n in translations if (m := re.fullmatch(r"qt\w*?_([a-z]{2})\.qm", n))}
    assert translations and found == shipped, (found, shipped)
    # The app's own words for each shipped language, where the frozen app looks for them.
    ours = {p.name for p in (internal / "translations").glob("companion_*.qm")}
    assert ours == {f"companion_{language}.qm" for language in shipped}, ours
    plugins = {p.parent.name for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so")}
    assert plugins.isdisjoint({"egldeviceintegrations", "generic"}), plugins
    # Libraries every desktop has come from the system (the .deb depends on them).
    assert not list(internal.glob("libX11.so*")) and not list(internal.glob("libglib-2.0*"))
