"""The build's modules beside packaging/build.py (build_shared.py, build_deb_package.py…),
imported by their own names as build.py imports them: packaging/ is not a package."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_build_module(name: str) -> ModuleType:
    """packaging/`name`.py, for example load_build_module("build_shared")."""
    if str(PACKAGING) not in sys.path:
        sys.path.append(str(PACKAGING))
    return importlib.import_module(name)
