"""Everything a running app holds for one data folder, opened and reset in one place."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from companion.core.shared.atomic_file import (
    ensure_private_dir,
    remove_stale_temp_files,
    temp_file_target,
)
from companion.core.shared.content import Content, load_content
from companion.core.shared.language import choose_language, shipped_languages
from companion.core.shared.messages import Message
from companion.core.shared.records import EVENTS, CheckRecord, RecordError
from companion.core.shared.settings import Settings, SettingsStore, Theme
from companion.core.shared.settings_file import (
    SETTINGS_FILE,
    check_settings_file,
    is_readable_settings,
)
from companion.core.shared.store import Store, StoreTooNewError
from companion.core.shared.store_check import FolderCheck, check_folder
from companion.core.shared.store_files import store_names
from companion.core.shared.wall_clock import local_now
from companion.core.shared.window_place import WINDOW_FILE

if TYPE_CHECKING:
    from companion.core.shared.kiosk_config import KioskConfig

# Collection names shared by the features (the feature issues define the records).
JOURNAL = "journal"  # partitioned by "time": one record per journal entry
CHECKS = "checks"  # one record per finished guided check
TIMERS = "timers"  # running timers, so they survive a restart
# Timer events ("events", partitioned by "time") are described in core/records.py.

KIOSK_CHECK = "kiosk"  # the id of the one check a kiosk keeps in memory
LOCK_FILE = "app.lock"  # held by the running app; never deleted under it
# Qt's QLockFile takes a stale lock over through a second lock file of this name.
_LOCK_NAMES = (LOCK_FILE, f"{LOCK_FILE}.rmlock")
RAISE_REQUEST = "raise-request"  # left by a second copy of the app (see ui/single_instance)
SETTINGS_PREFIXES = ("settings.json", "settings.v", "settings.broken-", "settings.rejected-")
# Kept in the store's backups beside its own files (before a migration too).
_ALSO_BACKED_UP = {SETTINGS_FILE: is_readable_settings}


def _is_app_file(name: str) -> bool:
    """Whether a file of this name in the data folder is the app's own, beside the
    store's files (which the store knows): the settings and their copies, the window."""
    return name.startswith(SETTINGS_PREFIXES) or name in (WINDOW_FILE, RAISE_REQUEST)


def _app_owns(data_dir: Path) -> Callable[[str], bool]:
    """Whether an entry of this name at the top of `data_dir` is the app's own: the
    start-up clean-up's names (`_is_app_file`, the store's `store_owns`), the locks
    (`_LOCK_NAMES`), and the half-written files of those. Reads only store.json."""
    store_owns = store_names(data_dir, frozenset({CHECKS, TIMERS}), frozenset({JOURNAL, EVENTS}))

    def owned(name: str) -> bool:
        name = temp_file_target(name) or name
        return _is_app_file(name) or name in _LOCK_NAMES or store_owns(name)

    return owned


def app_entries(data_dir: Path) -> list[Path]:
    """The app's own files and folders in `data_dir`, with all that is inside those
    folders: the names the start-up clean-up treats as the app's (`_is_app_file`, the
    store's `store_owns`), the lock a running copy holds (`LOCK_FILE`, and the one Qt
    takes a stale lock over with), and the half-written files of those. For
    `--self-test`, to see that kiosk mode changed nothing, without walking or reading the
    person's other files in a folder they also use (their home folder, say). Reads only
    store.json; changes nothing; a link is listed, never followed."""
    owned = _app_owns(data_dir)
    try:
        with os.scandir(data_dir) as listing:
            top = sorted((e for e in listing if owned(e.name)), key=lambda e: e.name)
    except OSError:  # not there (yet), or not a folder
        return []
    found: list[Path] = []
    for entry in top:
        found.append(Path(entry.path))
        if entry.is_dir(follow_symlinks=False):  # errors skipped; links not entered
            for folder, folders, files in os.walk(entry.path):
                found += (Path(folder, name) for name in sorted([*folders, *files]))
    return found


def holds_app_data(data_dir: Path) -> bool:
    """Whether `data_dir` holds any of the app's own files (`app_entries`; a running copy's
    lock is none): what a command that only reads asks before it reads the folder as the
    app does, so a folder whose store.json is gone (the app still reads its journal) is
    never taken for one with no data yet. Looks at the folder's top level only."""
    owned = _app_owns(data_dir)
    try:
        with os.scandir(data_dir) as listing:
            return any(
                owned(entry.name) and entry.name not in (*_LOCK_NAMES, RAISE_REQUEST)
                for entry in listing
            )
    except OSError:  # not there (yet), or not a folder
        return False


def check_data_folder(data_dir: Path) -> FolderCheck:
    """Read every file the app keeps in `data_dir` (its settings too) with the app's own
    readers, changing nothing: for `--self-test`, which must never move a file."""
    found = check_folder(data_dir, others=frozenset({SETTINGS_FILE}))
    problem = check_settings_file(data_dir / SETTINGS_FILE)
    if problem is not None:
        kind = found.too_new if problem.too_new else found.broken
        kind.append(f"{SETTINGS_FILE}: {problem.reason}")
        return found
    read = found.files_read + (data_dir / SETTINGS_FILE).is_file()
    return replace(found, files_read=read)


def clinic_language(config: KioskConfig, preferred: Sequence[str] = ()) -> str:
    """The language a kiosk greets each new person in: the clinic's (``language`` in
    ``kiosk.toml``, or ``--language``), else the system's, else English."""
    return choose_language(
        option=config.language, setting=None, preferred=preferred, shipped=shipped_languages()
    )


@dataclass
class AppState:
    """The open data folder: settings, the store and the loaded content."""

    data_dir: Path
    settings: SettingsStore
    store: Store
    content: Content
    now: Callable[[], datetime] = local_now
    kiosk_config: KioskConfig | None = None  # set by `open_kiosk`: a shared clinic screen
    _reset_listeners: list[Callable[[], None]] = field(default_factory=list)
    _check_listeners: list[Callable[[CheckRecord | None], None]] = field(default_factory=list)
    _session_check: CheckRecord | None = None

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        now: Callable[[], datetime] = local_now,
        content: Content | None = None,
        language: str | None = None,
        preferred: Sequence[str] = (),
        writes: Literal["all", "store", "nothing"] = "all",
    ) -> AppState:
        """Open the data folder and load the content of the language to run in:
        `language` (from ``--language``), else the setting, else the first of the
        system's `preferred` languages the app ships, else English.

        `writes` says what this opening may change: "all" for the app; "store" for a
        command that adds records (`journal import`), which never touches the
        settings; "nothing" for a command that only reads: no file is moved, renamed,
        finished or written, and a damaged one is left as it is (`files_not_used`)."""
        if writes == "all":
            ensure_private_dir(data_dir)
            remove_stale_temp_files(data_dir, _is_app_file)
        settings = SettingsStore.open(data_dir, now=now, read_only=writes != "all")
        read_only = writes == "nothing"
        store = Store.open(data_dir, now=now, also_back_up=_ALSO_BACKED_UP, read_only=read_only)
        if content is None:
            chosen = choose_language(
                option=language,
                setting=settings.current.language,
                preferred=preferred,
                shipped=shipped_languages(),
            )
            content = load_content(language=chosen)
        return cls(data_dir=data_dir, settings=settings, store=store, content=content, now=now)

    @classmethod
    def open_kiosk(
        cls,
        config: KioskConfig,
        *,
        now: Callable[[], datetime] = local_now,
        content: Content | None = None,
        preferred: Sequence[str] = (),
    ) -> AppState:
        """A state for a shared clinic screen that never reads or writes a data folder:
        settings come from the kiosk config and every record lives in memory only.

        The content is in the clinic's language (`config.language`), else the first of
        the system's `preferred` languages the app ships, else English. That language
        becomes the config's own: the clinic's words that a table leaves out in the
        reader's language are taken in it, not in English."""
        from companion.core.shared.kiosk_config import KIOSK_TEXT_SCALE

        settings = Settings(
            emergency_number=config.emergency_number,
            text_scale=config.text_scale or KIOSK_TEXT_SCALE,
            theme=Theme.LIGHT,
            sound=False,
            welcome_done=True,
        )
        memory = Path("kiosk-memory")  # names records' paths only; never created
        content = content or load_content(language=clinic_language(config, preferred))
        if config.language is None:
            config = replace(config, language=content.language)
        return cls(
            data_dir=memory,
            settings=SettingsStore.in_memory(settings, now=now),
            store=Store.in_memory(memory, now=now),
            content=content,
            now=now,
            kiosk_config=config,
        )

    def files_not_used(self) -> list[Message]:
        """One sentence for each file of the data folder this opening could not use, for
        a command to say: which file, and that it was left as it is, or where its
        damaged copy was set aside (by this command, or earlier and not yet dealt with
        in the app, whose banner says what to do)."""
        said: list[Message] = []
        for problem in self.store.problems:
            if problem.moved_to is None:
                said.append(Message("store.command_left_as_is", file=problem.path))
            else:
                kept = problem.moved_to
                said.append(Message("store.command_set_aside", file=problem.path, kept=kept))
        settings = self.settings
        if settings.problem is not None and settings.problem.moved_to is None:
            said.append(Message("store.command_left_as_is", file=settings.path))
        elif settings.read_only and settings.notices:  # values the app will replace
            said.append(Message("store.command_settings_left", file=settings.path))
        return said

    @property
    def kiosk(self) -> bool:
        """A shared clinic screen: results stay in memory, never on disk."""
        return self.kiosk_config is not None

    def save_check(self, record: CheckRecord) -> str:
        """Keep a finished check (in memory only in kiosk mode) and tell the pages.

        Returns the record's id, for `replace_check` and `remove_check`.
        """
        if self.kiosk:
            self._session_check = record
            check_id = KIOSK_CHECK
        else:
            check_id = self.store.table(CHECKS).insert(record.to_dict())
        self._checks_changed()
        return check_id

    def replace_check(self, check_id: str, record: CheckRecord) -> None:
        """Put `record` in the place of the saved check `check_id` (changed answers)."""
        if self.kiosk:
            self._session_check = record
        elif self.store.table(CHECKS).get(check_id) is None:
            self.store.table(CHECKS).insert(record.to_dict())
        else:
            self.store.table(CHECKS).update(check_id, record.to_dict())
        self._checks_changed()

    def remove_check(self, check_id: str) -> dict[str, Any] | None:
        """Take a saved check away (a mistake, or deleted from the history), so Home,
        Learn, the journal and the reports no longer show it. Returns its data, for an
        undo with `restore_check`; None when there was no such check."""
        if self.kiosk:
            gone, self._session_check = self._session_check, None
            data = gone.to_dict() if gone is not None and check_id == KIOSK_CHECK else None
        else:
            data = self.store.table(CHECKS).get(check_id)
            if data is not None:
                self.store.table(CHECKS).remove(check_id)
        self._checks_changed()
        return data

    def restore_check(self, data: dict[str, Any]) -> str:
        """Put a removed check back (undo); returns its new id."""
        if self.kiosk:
            self._session_check = CheckRecord.from_dict(data)
            check_id = KIOSK_CHECK
        else:
            check_id = self.store.table(CHECKS).insert(data)
        self._checks_changed()
        return check_id

    def past_checks(self) -> list[tuple[str, CheckRecord]]:
        """Every readable saved check with its id, newest first (kiosk: this person's)."""
        if self.kiosk:
            return [(KIOSK_CHECK, self._session_check)] if self._session_check else []
        found: list[tuple[str, CheckRecord]] = []
        for stored in self.store.table(CHECKS).all():
            try:
                found.append((stored.id, CheckRecord.from_dict(stored.data)))
            except (RecordError, TypeError, ValueError):
                continue  # a damaged record is left alone, never shown half-read
        # Newest first; at the same moment, the one saved last.
        found.sort(key=lambda pair: (pair[1].time, int(pair[0])), reverse=True)
        return found

    def _checks_changed(self) -> None:
        latest = self.latest_check()
        for callback in self._check_listeners:
            callback(latest)

    def latest_check(self) -> CheckRecord | None:
        """The newest readable finished check, or None (damaged records are skipped)."""
        if self.kiosk:
            return self._session_check
        # By time, not by id: a check put back by "undo" is stored last but is not new.
        past = self.past_checks()
        return past[0][1] if past else None

    def add_check_listener(self, callback: Callable[[CheckRecord | None], None]) -> None:
        """`callback(latest)` runs each time a check is saved, replaced, removed or put
        back; `latest` is then the newest check, or None."""
        self._check_listeners.append(callback)

    def add_reset_listener(self, callback: Callable[[], None]) -> None:
        """`callback()` runs after `delete_all_data`, once the new empty store is open."""
        self._reset_listeners.append(callback)

    def owned_paths(self) -> list[Path]:
        """The files and folders the app keeps here; never anything else in the folder."""
        settings_files = [
            p for p in self.data_dir.glob("settings*.json") if p.name.startswith(SETTINGS_PREFIXES)
        ]
        extra = [
            p for p in (self.data_dir / RAISE_REQUEST, self.data_dir / WINDOW_FILE) if p.exists()
        ]
        return sorted({*self.store.owned_paths(), *settings_files, *extra})

    def delete_all_data(self) -> None:
        """Remove every file the app keeps in the data folder, backups included.

        Other files in the folder are left alone. Raises OSError if something could not
        be removed; either way the app then shows what is really left on disk.
        """
        try:
            for path in self.owned_paths():
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
            self.store.remove_stale_temp_files()
            remove_stale_temp_files(self.data_dir, _is_app_file)
        finally:
            # Reopen whatever is left, so nothing deleted can be written back from memory.
            # A newer version's store.json left (the deletion stopped before it) keeps
            # the store already open: it writes nothing while that file is there.
            with contextlib.suppress(StoreTooNewError):
                self.store = Store.open(self.data_dir, now=self.now, also_back_up=_ALSO_BACKED_UP)
            self.settings.reload()
            for callback in self._reset_listeners:
                callback()
