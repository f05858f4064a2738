"""The build's shared pieces: the names and paths the package uses, the project's facts
read from pyproject.toml (version, description, maintainer), the error every step raises,
the look-up of the system's tools (which tests replace to hide one) and a folder's size.

The build's other modules (build_app_bundle.py, build_desktop_files.py,
build_deb_package.py) and `packaging/thigh-pain-companion.spec` take their names from
here. All of them sit beside build.py and are imported by their own names: packaging/ is
not a package, so build.py, the spec and the tests put the folder on the path.
"""

from __future__ import annotations

import os
import re
import shutil
import tomllib
from pathlib import Path

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


def which(tool: str) -> str | None:
    """The tool's path on the PATH (tests hide tools through this)."""
    return shutil.which(tool)


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
