"""Reading ``settings.json`` and the settings in the daily backups, never writing them.

What the file holds is read, not yet checked: `read_settings_file` gives its bytes and
its values, why it cannot be used, or None when there is none. Its `schema_version` says
which version of the app wrote it (`file_version`); one from a newer version, or from no
version (typed by hand), is never written over (`from_newer_version`,
`check_settings_file`). A value that cannot be read (a number JSON cannot hold, a lone
surrogate, nesting 10,000 deep) is one bad value, not a broken file: see `SETTINGS_JSON`.
Turning the values into settings, and saving them, is `settings.SettingsStore`'s job.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeAlias

from companion.core.shared.bounded_read import read_bounded
from companion.core.shared.messages import Message
from companion.core.shared.safe_json import SMALL_FILE, JsonReadError, read_json

SCHEMA_VERSION = 1
#: A schema_version no version of this app writes (2.0, "2", NaN, 1e400, 0), in the
#: settings (see `file_version`) or the store's manifest: newer than any version, so the
#: file, or the whole data folder, is left as it is.
UNKNOWN_VERSION = sys.maxsize
SETTINGS_FILE = "settings.json"
BACKUPS_DIR = "backups"  # the store's backups (daily ones hold a copy of the settings too)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def file_version(values: Mapping[str, Any]) -> int:
    """The settings file's schema_version: 1 when it names none (the first files did
    not). One that is there but is not a whole number from 1 up (2.0, "2", NaN, 0) was
    written by no version of this app: it is `UNKNOWN_VERSION`, newer than any, so the
    file is left alone as a newer version's is, never rewritten as version 1."""
    if "schema_version" not in values:
        return 1
    version = values["schema_version"]
    return version if type(version) is int and version >= 1 else UNKNOWN_VERSION


# What `read_settings_file` found: the bytes and settings, why it cannot be used, or None.
SettingsRead: TypeAlias = tuple[bytes, dict[str, Any]] | str | None


def from_newer_version(found: SettingsRead, schema_version: int = SCHEMA_VERSION) -> bool:
    """True when the settings file, as `read_settings_file` found it, says it is from a
    newer version of the app (a sync tool brought it from a computer with a newer one),
    or from no version of it (`file_version`): never write over it."""
    return isinstance(found, tuple) and file_version(found[1]) > schema_version


def read_backup(path: Path, schema_version: int) -> dict[str, Any] | None:
    """A backup copy of the settings, or None when it cannot be read or is too new."""
    try:
        raw = read_json(read_bounded(path, SMALL_FILE.max_bytes), path.name, SMALL_FILE)
    except (OSError, JsonReadError):
        return None
    if not isinstance(raw, dict):
        return None
    if file_version(raw) != schema_version:
        return None  # an older backup would need migrating first: not worth the risk here
    return raw


def is_readable_settings(raw: bytes) -> bool:
    """True when `raw` is a settings file this version can read (for backups)."""
    try:
        return isinstance(read_json(raw, SETTINGS_FILE, SMALL_FILE), dict)
    except JsonReadError:
        return False


def newest_settings_backup(data_dir: Path, schema_version: int) -> Path | None:
    """The settings file in the newest daily backup that can be read, if any."""
    try:
        days = sorted(
            (p for p in (data_dir / BACKUPS_DIR).iterdir() if _DAY.fullmatch(p.name)),
            reverse=True,
        )
    except OSError:
        return None
    for day in days:
        if read_backup(day / SETTINGS_FILE, schema_version) is not None:
            return day / SETTINGS_FILE
    return None


# A number JSON cannot hold, such as ``"text_scale": NaN`` typed by hand, or one too long
# to read (a key held down), is one value that is not valid, not a broken file: it must
# not cost the emergency number. It never reaches the file again, as every value is
# checked before it is kept.
SETTINGS_JSON = replace(SMALL_FILE, not_finite_as_marker=True)


def read_settings_file(path: Path) -> SettingsRead:
    # The reason is a Message, except the JSON reader's own detail (English only).
    """The file's bytes and its settings; a reason it cannot be used; None if absent."""
    try:
        raw = read_bounded(path, SMALL_FILE.max_bytes)
    except FileNotFoundError:
        return None
    except OSError as exc:  # a folder in its place, or not allowed to read it
        return Message("settings.cannot_open", error=exc.strerror or str(exc))
    try:
        data = read_json(raw, path.name, SETTINGS_JSON)
    except JsonReadError as exc:
        data = _read_field_by_field(raw, path.name)
        if data is None:
            return exc.detail()
    if not isinstance(data, dict):
        return Message("settings.not_named_settings")
    return raw, data


def _read_field_by_field(raw: bytes, source: str) -> dict[str, Any] | None:
    """A file the reader refused, read one setting at a time: a value it cannot read
    (a lone surrogate, nesting 10,000 deep) is one bad value, not a broken file."""
    # Imported here: only a file the reader refused needs it, never the usual start.
    from companion.core.shared.json_fields import read_fields

    try:
        return read_fields(raw.decode("utf-8-sig"), source, SETTINGS_JSON)
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class UnusableSettings:
    """Why the settings file cannot be used; `too_new`: a newer app's (or no app's), kept as is."""

    reason: str
    too_new: bool = False


def check_settings_file(path: Path, version: int = SCHEMA_VERSION) -> UnusableSettings | None:
    """What is wrong with the settings file; None if nothing (or no file). Reads only."""
    found = read_settings_file(path)
    if isinstance(found, str):
        return UnusableSettings(found)
    if found is None or not from_newer_version(found, version):
        return None
    unknown = file_version(found[1]) == UNKNOWN_VERSION  # typed by hand: its own words
    said = "settings.version_not_ours" if unknown else "settings.newer_version"
    return UnusableSettings(Message(said), too_new=True)
