"""The person's settings: typed, versioned, migrated and saved atomically.

Settings live in ``settings.json`` in the data folder. A file that will not parse is
moved aside (never overwritten) and defaults are used; a value that is out of range
falls back to its default with a notice that names the key (a number JSON cannot hold,
such as NaN, one too long to read, a lone surrogate or nesting 10,000 deep, is one such
value: see `settings_file.SETTINGS_JSON`; under a key this version does not know,
it is left out, the file kept as it was first). If saving fails (read-only folder,
full disk) the change is kept in memory and can be saved again later. A setting
another program changed in the file meanwhile (a sync tool bringing the other
computer's emergency number) is taken in at the next save, unless it was changed here
too (see `SettingsStore.take_in_outside_changes`).

A file from a newer version of the app is never overwritten or rewritten into this
version's shape: at start the app says so and does not open; a newer file a sync tool
brings while the app runs is left as it is, and each change stays in memory with a
plain sentence why (see `settings_file.from_newer_version`). Keys this version does not
know (a newer version's settings) are kept as they are whenever it writes the file.
Reading the file and the backups is `settings_file`'s job; this module checks, keeps and
saves the values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from companion.core.shared.atomic_file import (
    NewerVersionError,
    SaveFailure,
    atomic_write_bytes,
    move_aside,
    sibling_name,
    write_own_file,
)
from companion.core.shared.emergency_number import validate_emergency_number
from companion.core.shared.language import shipped_languages
from companion.core.shared.messages import NAMED_MOST, Message, message_of, quoted
from companion.core.shared.outside_changes import merge_values
from companion.core.shared.safe_json import NOT_FINITE, Unreadable
from companion.core.shared.settings_file import (
    SCHEMA_VERSION,
    SETTINGS_FILE,
    UNKNOWN_VERSION,
    SettingsRead,
    file_version,
    from_newer_version,
    newest_settings_backup,
    read_backup,
    read_settings_file,
)
from companion.core.shared.wall_clock import local_now

Migration = Callable[[dict[str, Any]], dict[str, Any]]
# Keyed by the version a migration starts from: MIGRATIONS[1] turns a v1 dict into v2.
MIGRATIONS: Mapping[int, Migration] = {}


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Units(StrEnum):
    METRIC = "metric"
    IMPERIAL = "imperial"


# Text size as a percentage of the normal size; the UI names each step.
TEXT_SCALES = (90, 100, 115, 130, 150, 175)


@dataclass(frozen=True)
class Settings:
    """All settings with their defaults. `emergency_number` is None until the person picks one:
    there is no silent default, because the right number depends on the country."""

    emergency_number: str | None = None
    text_scale: int = 100
    theme: Theme = Theme.SYSTEM
    sound: bool = True
    units: Units = Units.METRIC
    welcome_done: bool = False
    # A shipped language's code ("es"), or None to follow the system's language.
    language: str | None = None


class SettingsTooNewError(Exception):
    """The file was written by a newer version of the app; it is left untouched."""


def _check_value(name: str, value: Any) -> Any:
    """Turn a raw JSON value into the typed value, or raise ValueError."""
    if name == "emergency_number":
        return None if value is None else validate_emergency_number(str(value))
    if name == "text_scale":
        if isinstance(value, bool) or value not in TEXT_SCALES:
            raise ValueError(Message("settings.one_of", choices=", ".join(map(str, TEXT_SCALES))))
        return int(value)
    if name in ("theme", "units"):
        kind = Theme if name == "theme" else Units
        if value not in [member.value for member in kind]:
            raise ValueError(Message("settings.one_of", choices=", ".join(kind)))
        return kind(value)
    if name == "language":
        if value is None:
            return None
        if not isinstance(value, str) or value not in shipped_languages():
            raise ValueError(Message("settings.one_of", choices=", ".join(shipped_languages())))
        return value
    if name in ("sound", "welcome_done"):
        if not isinstance(value, bool):
            raise ValueError(Message("settings.true_or_false"))
        return value
    raise ValueError("is not a known setting")


def setting_name(key: str) -> Message:
    """What the Settings page calls the setting `key` ("Text size" for ``text_scale``),
    in the person's language with `in_language`. The names live in the messages file
    (``setting_name``) only: the page shows them from there, and notices use them."""
    return Message(f"setting_name.{key}")


def unknown_settings(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of a settings file this version does not know (a newer version's settings,
    or another tool's), with their values, to be written back as they are. A number JSON
    cannot hold among them is left out: no JSON writer can write it back."""
    known = {f.name for f in fields(Settings)} | {"schema_version"}
    return {
        key: value for key, value in raw.items() if key not in known and not _holds_marker(value)
    }


def unknown_left_out(raw: Mapping[str, Any]) -> list[Message]:
    """A notice for each key this version does not know that `unknown_settings` leaves
    out, as its value cannot be read or written back: the file is copied first."""
    known = {f.name for f in fields(Settings)} | {"schema_version"}
    bad = [(key, value) for key, value in raw.items() if key not in known and _holds_marker(value)]
    said = [
        Message("settings.unknown_left_out", name=quoted(key), reason=_why(value))
        for key, value in bad[:NAMED_MOST]
    ]
    if len(bad) > NAMED_MOST:
        said.append(Message("settings.unknown_more", count=len(bad) - NAMED_MOST))
    return said


def _why(value: Any) -> str:
    return value.reason if isinstance(value, Unreadable) else Message("json.not_finite")


def _holds_marker(value: Any) -> bool:
    if value is NOT_FINITE or isinstance(value, Unreadable):
        return True
    if isinstance(value, dict):
        return any(_holds_marker(item) for item in value.values())
    if isinstance(value, list):
        return any(_holds_marker(item) for item in value)
    return False


def settings_from_dict(raw: Mapping[str, Any]) -> tuple[Settings, list[Message]]:
    """Build Settings from a dict, keeping every valid value; notices name the values
    replaced. Keys this version does not know are no concern here (see
    `unknown_settings`): they are kept, not reported."""
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    notices: list[Message] = []
    for key, value in raw.items():
        if key not in known:
            continue
        try:
            if value is NOT_FINITE:
                raise ValueError(Message("json.not_finite"))
            if isinstance(value, Unreadable):
                raise ValueError(value.reason)
            values[key] = _check_value(key, value)
        except ValueError as exc:
            said = Message("settings.not_valid", key=setting_name(key), reason=message_of(exc))
            notices.append(said)
    return Settings(**values), notices


def settings_to_dict(
    settings: Settings, unknown: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The file's content: the settings, then the `unknown` keys as they were read."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for key, value in asdict(settings).items():
        data[key] = value.value if isinstance(value, StrEnum) else value
    return data | dict(unknown or {})


@dataclass(frozen=True)
class SettingsProblem:
    """The settings file could not be used and was set aside.

    Attributes:
        message: Plain sentences for the person: what happened and what was kept.
        moved_to: Where the file was kept, or None when the folder cannot be changed.
        newest_backup: The newest daily backup of the settings that can be read.
    """

    message: str
    moved_to: Path | None
    newest_backup: Path | None


def saved_language(data_dir: Path) -> str | None:
    """The language chosen in Settings for the app whose data is in `data_dir`; None when
    it follows the system's, or the file is missing or cannot be used. Reads only."""
    found = read_settings_file(data_dir / SETTINGS_FILE)
    if not isinstance(found, tuple):
        return None
    return settings_from_dict(found[1])[0].language


@dataclass
class SaveState:
    """Whether the newest settings are on disk, and if not, why."""

    saved: bool = True
    problem: SaveFailure | None = None


@dataclass
class SettingsStore:
    """Holds the current settings in memory and keeps `settings.json` in step."""

    path: Path
    now: Callable[[], datetime] = local_now
    schema_version: int = SCHEMA_VERSION
    migrations: Mapping[int, Migration] = field(default_factory=lambda: MIGRATIONS)
    current: Settings = field(default_factory=Settings, init=False)
    notices: list[Message] = field(default_factory=list, init=False)
    problem: SettingsProblem | None = field(default=None, init=False)
    state: SaveState = field(default_factory=SaveState, init=False)
    _listeners: list[Callable[[Settings], None]] = field(default_factory=list, init=False)
    # A broken file that could not be moved aside (read-only folder): never write over it.
    _broken_in_place: bool = field(default=False, init=False)
    memory_only: bool = False  # kiosk mode: never read or write the file
    read_only: bool = False  # read the file, never move, copy or write it (a command)
    # The file's bytes as this app last read or wrote them (b"": there was none), and
    # the settings they held; None when unknown (the file was broken, or set aside).
    _seen: bytes | None = field(default=None, init=False)
    _seen_values: Settings = field(default_factory=Settings, init=False)
    # The keys of the file this version does not know, written back as they were read.
    _unknown: dict[str, Any] = field(default_factory=dict, init=False)

    @classmethod
    def in_memory(cls, settings: Settings, **kwargs: Any) -> SettingsStore:
        """Settings that live in memory only (kiosk mode); changes are never saved."""
        store = cls(Path(SETTINGS_FILE), memory_only=True, **kwargs)
        store.current = settings
        return store

    @classmethod
    def open(cls, data_dir: Path, **kwargs: Any) -> SettingsStore:
        store = cls(data_dir / SETTINGS_FILE, **kwargs)
        store.load()
        return store

    def add_listener(self, callback: Callable[[Settings], None]) -> None:
        """`callback(settings)` runs after every change, saved or not."""
        self._listeners.append(callback)

    def reload(self) -> Settings:
        """Read the file again (after all data was deleted) and tell the listeners. A
        file from a newer version found then is left as it is, never raised: the
        settings in memory stay, unsaved, with the reason."""
        before = self.current
        try:
            self.load()
        except SettingsTooNewError:
            self.current = before
            self.state = SaveState(
                saved=False, problem=SaveFailure.of(NewerVersionError(self.path))
            )
        else:
            self.state = SaveState()
        for callback in self._listeners:
            callback(self.current)
        return self.current

    def load(self) -> Settings:
        """Read the file. Whatever is wrong with it, this returns settings to run with:
        a file that cannot be used is moved aside (kept byte for byte) and described
        in `problem`, with the newest backup to bring back; a value that is replaced
        is kept first in ``settings.rejected-<time>.json`` and named in `notices`.

        Raises:
            SettingsTooNewError: the file is from a newer version (it is left alone).
        """
        if self.memory_only:
            return self.current
        self.notices = []
        self.problem = None
        self._broken_in_place = False
        self.current = Settings()
        self._seen, self._seen_values = None, Settings()
        self._unknown = {}
        found = read_settings_file(self.path)
        if found is None:
            self._seen = b""
            return self.current
        if isinstance(found, str):
            return self._set_aside(found)
        raw_text, raw = found
        version = file_version(raw)
        if version == UNKNOWN_VERSION:  # typed by hand, say: updating the app cannot help
            raise SettingsTooNewError(
                Message("settings.version_not_ours_notice", version=SCHEMA_VERSION)
            )
        if version > self.schema_version:
            raise SettingsTooNewError(Message("settings.too_new"))
        migrated = version < self.schema_version
        kept_copy = not migrated or self.read_only or self._keep_copy(raw_text, version)
        try:
            while version < self.schema_version:
                raw = self.migrations[version](dict(raw))
                version += 1
            current, notices = settings_from_dict(raw)
            self._unknown = unknown_settings(raw)
            notices += unknown_left_out(raw)
        except Exception as exc:  # a hand-made file a migration cannot follow
            return self._set_aside(Message("settings.cannot_update", error=str(exc)))
        self.current = current
        self._seen, self._seen_values = raw_text, current
        if notices and not self.read_only:
            rejected = self._keep_rejected(raw_text)
            if rejected is None:
                kept_copy = False  # never replace the only copy of the person's values
                notices.append(Message("settings.not_copied"))
            else:
                notices.append(Message("settings.kept_as", name=rejected.name))
        self.notices.extend(notices)
        if not kept_copy:
            # Without a copy of the old file, do not replace it yet; retry_save() can.
            self.state = SaveState(
                saved=False, problem=SaveFailure(Message("settings.old_not_copied"))
            )
        elif migrated or notices:
            self._write()  # save the cleaned file once, so the notice does not come back
        return self.current

    def _set_aside(self, reason: str) -> Settings:
        """The file cannot be used: move it aside (a read-only look leaves it as it is),
        run with the usual settings, say so."""
        self.current = Settings()
        backup = newest_settings_backup(self.path.parent, self.schema_version)
        offer = {"day": backup.parent.name} if backup is not None else {}
        with_backup = "_backup" if backup is not None else ""
        try:
            moved = None if self.read_only else move_aside(self.path, self.now())
        except OSError:
            moved = None
            self._broken_in_place = True  # never write over it; the next save moves it
        if self.read_only:  # the app sets it aside when it opens the folder
            message = Message("settings.unreadable_as_is", reason=reason)
        elif moved is None:
            message = Message(f"settings.unreadable_left{with_backup}", reason=reason, **offer)
        else:
            said = f"settings.unreadable_kept{with_backup}"
            message = Message(said, name=moved.name, reason=reason, **offer)
        self.problem = SettingsProblem(message, moved, backup)
        return self.current

    def _keep_rejected(self, raw_text: bytes) -> Path | None:
        """Keep the file as it was before values in it are replaced; None if it failed."""
        copy = sibling_name(self.path, "rejected", self.now())
        try:
            atomic_write_bytes(copy, raw_text)
        except OSError:
            return None
        return copy

    def restore_backup(self) -> Settings:
        """Use the settings from the backup offered in `problem`, and save them.

        Raises:
            ValueError: there is no backup to bring back.
        """
        if self.problem is None or self.problem.newest_backup is None:
            raise ValueError("there is no settings backup to bring back")
        raw = read_backup(self.problem.newest_backup, self.schema_version)
        if raw is None:
            raise ValueError("the settings backup can no longer be read")
        self.current, _notices = settings_from_dict(raw)
        self._unknown = unknown_settings(raw)
        self.problem = None
        self._write()
        for callback in self._listeners:
            callback(self.current)
        return self.current

    def _keep_copy(self, raw_text: bytes, version: int) -> bool:
        copy = self.path.with_name(f"settings.v{version}.json")
        if copy.exists():
            return True
        try:
            atomic_write_bytes(copy, raw_text)
        except OSError:
            return False
        return True

    def update(self, **changes: Any) -> Settings:
        """Change settings (validating each value) and save. Raises ValueError on a bad value.

        A failed save does not raise: the change stays in memory and `state` says why.
        """
        checked = {key: _check_value(key, value) for key, value in changes.items()}
        self.current = replace(self.current, **checked)
        self._write()
        for callback in self._listeners:
            callback(self.current)
        return self.current

    def retry_save(self) -> bool:
        before = self.current
        self._write()
        if self.current != before:  # the other computer's settings were taken in
            for callback in self._listeners:
                callback(self.current)
        return self.state.saved

    def take_in_outside_changes(self, found: SettingsRead) -> bool:
        """Take into `current` each setting another program (a sync tool bringing the
        other computer's settings) changed in the file since this app last read or wrote
        it, unless this app changed that setting since: then its own change stays. A
        file gone, broken or from another version, or a value in it that is not valid,
        is left to the save (it writes what is in memory): never read as removed. False
        when the file must not be written yet: it holds a value that cannot be written
        back (`unknown_left_out`), and no copy of the file could be kept. `found` is the
        file as the save just read it (`read_settings_file`)."""
        if self.memory_only or self._seen is None:
            return True
        if not isinstance(found, tuple) or found[0] == self._seen:
            return True
        raw_text, raw = found
        if file_version(raw) != self.schema_version:
            return True
        if unknown_left_out(raw) and self._keep_rejected(raw_text) is None:
            return False  # values that cannot be written back, and no copy of them
        self._unknown = unknown_settings(raw)  # never changed here: the file's own win
        theirs: dict[str, Any] = {}
        for key in (f.name for f in fields(Settings)):
            if key in raw and raw[key] is not NOT_FINITE:
                try:
                    theirs[key] = _check_value(key, raw[key])
                except ValueError:
                    continue
        base, ours = asdict(self._seen_values), asdict(self.current)
        self.current = Settings(**merge_values(base, ours, theirs))
        self._seen, self._seen_values = raw_text, replace(self._seen_values, **theirs)
        return True

    @property
    def writes_disk(self) -> bool:
        """Whether a save writes the file (neither `memory_only` nor `read_only`)."""
        return not (self.memory_only or self.read_only)

    def _write(self) -> None:
        if not self.writes_disk:
            return
        found = read_settings_file(self.path)  # once: both steps below look at it
        if not self.take_in_outside_changes(found):
            self.state = SaveState(
                saved=False, problem=SaveFailure(Message("settings.old_not_copied"))
            )
            return
        if from_newer_version(found, self.schema_version):
            self.state = SaveState(
                saved=False, problem=SaveFailure.of(NewerVersionError(self.path))
            )
            return
        content = settings_to_dict(self.current, self._unknown)
        data = json.dumps(content, indent=2).encode("utf-8")
        try:
            if self._broken_in_place:
                move_aside(self.path, self.now())
                self._broken_in_place = False
            # Through a link to a file elsewhere, so a dotfiles setup keeps its link.
            write_own_file(self.path, data)
        except OSError as exc:
            self.state = SaveState(saved=False, problem=SaveFailure.of(exc))
        else:
            self.state = SaveState()
            self._seen, self._seen_values = data, self.current
