"""Finds the bundled `content/` and `assets/` folders.

From a source checkout they sit beside the `companion` package; in an installed wheel
or a PyInstaller bundle they sit inside it (`companion/content`). One helper looks in
both places so every caller finds them the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

ResourceKind = Literal["content", "assets"]

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


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


def asset_path(relative: str) -> Path:
    """Return the path of one asset, for example ``icons/home.svg``."""
    return resource_dir("assets") / relative
