"""The app's Linux desktop files in packaging/linux/, the menu entry and the AppStream
metainfo: the releases the metainfo lists (the one place the project records them; the
.deb's changelog is made from them), and the distribution's own validators, which check
both files before the .deb is built.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ElementTree

import build_shared
from build_shared import DESKTOP_FILE, METAINFO_ID, PACKAGING, BuildError


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


# The distribution's own validators for the menu entry and the AppStream file: the build
# stops without them rather than skip a check (Debian packages: desktop-file-utils, appstream).
VALIDATORS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def validate_linux_files(version: str) -> list[str]:
    """Check the menu entry and the AppStream file with the system's tools; BuildError when
    one rejects its file or is not installed."""
    metainfo = PACKAGING / "linux" / f"{METAINFO_ID}.metainfo.xml"
    desktop = PACKAGING / "linux" / DESKTOP_FILE
    missing = [
        f"{tool} (package {pkg})"
        for tool, pkg in VALIDATORS.items()
        if not build_shared.which(tool)
    ]
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
