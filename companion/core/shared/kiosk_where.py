"""Where a machine's kiosk settings live (``kiosk.toml``), and the error a broken one
raises: found without loading the code that reads them, since every start of the personal
app looks (and finds none)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.core.shared.content import ContentError

CONFIG_NAME = "kiosk.toml"
APP_FOLDER = "thigh-pain-companion"


class KioskConfigError(Exception):
    """Everything wrong with one config file, each naming its key; `language` is the
    file's own language when that much of it could be read (the staff are told in it)."""

    def __init__(self, errors: list[ContentError], language: str | None = None) -> None:
        self.errors = errors
        self.language = language
        super().__init__("\n".join(str(e) for e in errors))


def system_config_paths(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> list[Path]:
    """Where an installer puts ``kiosk.toml`` for the whole machine, first match wins.

    Linux and other Unix: each folder of ``$XDG_CONFIG_DIRS`` (``/etc/xdg`` by default).
    Windows: ``%PROGRAMDATA%`` (``C:\\ProgramData``). macOS: ``/Library/Application Support``.
    """
    env = os.environ if environ is None else environ
    if platform.startswith("win"):
        roots = [env.get("PROGRAMDATA") or r"C:\ProgramData"]
    elif platform == "darwin":
        roots = ["/Library/Application Support"]
    else:
        dirs = env.get("XDG_CONFIG_DIRS") or "/etc/xdg"
        roots = [d for d in dirs.split(":") if d]
    return [Path(root) / APP_FOLDER / CONFIG_NAME for root in roots]


def find_system_config(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> Path | None:
    return next((p for p in system_config_paths(platform, environ) if _is_file(p)), None)


def _is_file(path: Path) -> bool:
    """Whether a file is there; a name the system cannot even look up (a folder name
    longer than it allows, in a hand-set XDG_CONFIG_DIRS) holds none."""
    try:
        return path.is_file()
    except OSError:
        return False
