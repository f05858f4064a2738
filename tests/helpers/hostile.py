"""The hostile corpus in tests/data/hostile, and a snapshot to prove nothing changed."""

from __future__ import annotations

from pathlib import Path

HOSTILE_DIR = Path(__file__).resolve().parents[1] / "data" / "hostile"
HOSTILE_FILES = sorted(path for path in HOSTILE_DIR.iterdir() if path.name != "README.md")
# Those whose "schema_version" is there but is not a whole number (1.0, true): as a
# settings file or store.json, a version this app cannot name, refused like a newer one.
UNKNOWN_VERSION_FILES = {"version_as_float.json", "wrong_types.json"}


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (backups included) with its bytes; folders as b""."""
    if not folder.exists():
        return {}
    return {
        path.relative_to(folder).as_posix(): b"" if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }
