"""Finds the bundled `content/` and `assets/` folders.

From a source checkout they sit beside the `companion` package; in an installed wheel
or a PyInstaller bundle they sit inside it (`companion/content`). One helper looks in
both places so every caller finds them the same way.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Literal

ResourceKind = Literal["content", "assets", "translations"]

_PACKAGE_DIR = Path(__file__).resolve().parents[2]  # companion/, from core/shared/
# Where the Linux package (.deb) puts the documents that come with the app.
DOC_DIR = Path("/usr/share/doc/thigh-pain-companion")


class ResourceMissingError(FileNotFoundError):
    """The app's bundled files are not where they should be (a broken install)."""


def resource_dir(kind: ResourceKind) -> Path:
    """Return the folder holding the bundled `kind` files."""
    candidates = (_PACKAGE_DIR / kind, _PACKAGE_DIR.parent / kind)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise ResourceMissingError(f"The app's {kind} folder is missing (looked in {looked}).")


@cache
def asset_path(relative: str) -> Path:
    """Return the path of one asset, for example ``icons/home.svg``.

    Kept once made: the bundled files do not move while the app runs, and a path made
    anew each time has Python intern its parts again (pathlib does), so a kiosk that
    shows the same drawings to visitor after visitor kept growing the interpreter's
    table of interned names (67 new entries for each visitor who opened Learn)."""
    return resource_dir("assets") / relative


def document_path(name: str) -> Path:
    """Where a document that comes with the app (such as ``kiosk.md``) is for this copy:
    the package's documents folder for the installed Linux app, or ``packaging/`` of a
    source checkout. Help texts name it, so they point at a file the person has."""
    source = _PACKAGE_DIR.parent / "packaging" / name
    if not getattr(sys, "frozen", False) and source.is_file():
        return source
    return DOC_DIR / name
