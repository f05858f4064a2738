"""The .deb: the package's files laid out under a staging folder (the bundle in /opt, the
launcher, menu entry, icons and metainfo, the changelog, copyright file and manual page),
its control file with a Depends line that dpkg-shlibdeps works out from the bundle's
libraries, the package built with dpkg-deb, and unpacked again for the last self-test.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import tempfile
import tomllib
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path, PurePosixPath

import build_shared
from build_app_bundle import Elf
from build_desktop_files import releases
from build_shared import (
    APP_NAME,
    DESKTOP_FILE,
    DOC_DIR,
    INSTALL_DIR,
    METAINFO_ID,
    NAME,
    PACKAGING,
    ROOT,
    BuildError,
    folder_size,
    maintainer,
    project_description,
)

# What the package needs that no library of the bundle names (dpkg-shlibdeps finds the
# rest): D-Bus, which Qt opens only while running, and readable fonts.
EXTRA_DEPENDS = ("libdbus-1-3", "fonts-dejavu-core")
# DejaVu has no Chinese, Japanese or Korean: a note in those prints as "�" in the report
# (the app says so). Suggested, not recommended: apt installs recommendations by default,
# and fonts-noto-cjk is 91 MB installed (56 MB to download), for words few people type.
SUGGESTS = ("fonts-noto-cjk",)

# Plugins Qt uses only when the desktop has what they need (GTK): the package does not
# depend on that, so dpkg-shlibdeps leaves them out of its reckoning.
OPTIONAL_PLUGINS = ("libqgtk3.so",)


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
    if build_shared.which("help2man") is None:
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
    if build_shared.which("dpkg-shlibdeps") is None:
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
        f"Suggests: {', '.join(SUGGESTS)}\n"
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
    if build_shared.which("dpkg-deb") is None:
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
