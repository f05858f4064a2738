"""The store's change log: how a change to several files is made all or nothing.

Each file is replaced atomically, but a change that spans files (an import that fills
two years, an entry moved to another year, a timer's end and its record) could be cut
in half by a crash between two files. So such a change is first written whole to
``changes.json``: the new contents of every file it touches. Then the files are
written, then the log is removed. When the store opens and finds a log, the crash came
in between, and it writes those files again from the log. A log is written atomically,
so it is either complete or absent.

The log always holds contents at least as new as the files it names on disk, so
writing it out again can never lose a change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

from companion.core.shared.atomic_file import atomic_write_bytes, fsync_dir
from companion.core.shared.content import shown_value
from companion.core.shared.safe_json import DATA_FILE, JsonLimits, JsonReadError, read_json
from companion.core.shared.storage import CorruptFileError, Tables, check_tables, read_data_file

LOG_NAME = "changes.json"
LOG_FORMAT = "thigh-pain-companion-changes"
LOG_VERSION = 1
# The files' tables sit two levels down ({"files": {name: tables}}); a change may
# touch a few whole files.
LOG_LIMITS = JsonLimits(max_bytes=4 * DATA_FILE.max_bytes, max_depth=DATA_FILE.max_depth + 2)


def write_log(data_dir: Path, files: Mapping[Path, Tables]) -> None:
    """Save the new contents of `files` (paths inside `data_dir`) as one log.

    Raises:
        OSError: the log could not be written; nothing on disk has changed.
    """
    content = {
        "format": LOG_FORMAT,
        "version": LOG_VERSION,
        "files": {path.relative_to(data_dir).as_posix(): tables for path, tables in files.items()},
    }
    # Plain json: every record in the store was checked on its way in.
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    atomic_write_bytes(data_dir / LOG_NAME, text.encode("utf-8"))


def read_log(data_dir: Path, is_data_file: Callable[[str], bool]) -> dict[Path, Tables] | None:
    """The files of an unfinished change, or None when there is no log.

    Args:
        data_dir: The store's folder.
        is_data_file: ``is_data_file(relative_name) -> bool`` says whether a name in
            the log is one the store could have written (anything else means the log
            was not made by the app).

    Raises:
        CorruptFileError: the log cannot be read or was not made by the app.
    """
    path = data_dir / LOG_NAME
    raw = read_data_file(path)
    if raw is None:
        return None
    try:
        content = read_json(raw, LOG_NAME, LOG_LIMITS)
    except JsonReadError as exc:
        raise CorruptFileError(path, str(exc)) from None
    if not (
        isinstance(content, dict)
        and content.get("format") == LOG_FORMAT
        and content.get("version") == LOG_VERSION
        and isinstance(content.get("files"), dict)
    ):
        raise CorruptFileError(path, "it is not a change log made by this app")
    files: dict[Path, Tables] = {}
    for name, tables in content["files"].items():
        if not is_data_file(name):
            raise CorruptFileError(
                path, f"it names a file the app does not keep: {shown_value(name)}"
            )
        files[data_dir / name] = check_tables(tables, data_dir / name)
    return files


def remove_log(data_dir: Path) -> None:
    """Remove the log once every file it names is written.

    Raises:
        OSError: it could not be removed (it is then still consistent with the files).
    """
    (data_dir / LOG_NAME).unlink(missing_ok=True)
    fsync_dir(data_dir)
