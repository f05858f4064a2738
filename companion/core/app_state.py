"""Everything a running app holds for one data folder, opened and reset in one place."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.atomic_file import ensure_private_dir, remove_stale_temp_files
from companion.core.content import Content, load_content
from companion.core.records import CheckRecord, RecordError
from companion.core.settings import Settings, SettingsStore, Theme
from companion.core.store import Store

if TYPE_CHECKING:
    from companion.core.kiosk_config import KioskConfig

# Collection names shared by the features (the feature issues define the records).
JOURNAL = "journal"  # partitioned by "time": one record per journal entry
CHECKS = "checks"  # one record per finished guided check
TIMERS = "timers"  # running timers, so they survive a restart
# Timer events ("events", partitioned by "time") are described in core/records.py.

LOCK_FILE = "app.lock"  # held by the running app; never deleted under it
RAISE_REQUEST = "raise-request"  # left by a second copy of the app (see ui/single_instance)
SETTINGS_PREFIXES = ("settings.json", "settings.v", "settings.broken-")


def local_now() -> datetime:
    return datetime.now().astimezone()


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
    _check_listeners: list[Callable[[CheckRecord], None]] = field(default_factory=list)
    _session_check: CheckRecord | None = None

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        now: Callable[[], datetime] = local_now,
        content: Content | None = None,
    ) -> AppState:
        ensure_private_dir(data_dir)
        return cls(
            data_dir=data_dir,
            settings=SettingsStore.open(data_dir, now=now),
            store=Store.open(data_dir, now=now),
            content=content or load_content(),
            now=now,
        )

    @classmethod
    def open_kiosk(
        cls,
        config: KioskConfig,
        *,
        now: Callable[[], datetime] = local_now,
        content: Content | None = None,
    ) -> AppState:
        """A state for a shared clinic screen that never reads or writes a data folder:
        settings come from the kiosk config and every record lives in memory only."""
        from companion.core.kiosk_config import KIOSK_TEXT_SCALE

        settings = Settings(
            emergency_number=config.emergency_number,
            text_scale=config.text_scale or KIOSK_TEXT_SCALE,
            theme=Theme.LIGHT,
            sound=False,
            welcome_done=True,
        )
        memory = Path("kiosk-memory")  # names records' paths only; never created
        return cls(
            data_dir=memory,
            settings=SettingsStore.in_memory(settings, now=now),
            store=Store.in_memory(memory, now=now),
            content=content or load_content(),
            now=now,
            kiosk_config=config,
        )

    @property
    def kiosk(self) -> bool:
        """A shared clinic screen: results stay in memory, never on disk."""
        return self.kiosk_config is not None

    def save_check(self, record: CheckRecord) -> None:
        """Keep a finished check (in memory only in kiosk mode) and tell the pages."""
        if self.kiosk:
            self._session_check = record
        else:
            self.store.table(CHECKS).insert(record.to_dict())
        for callback in self._check_listeners:
            callback(record)

    def latest_check(self) -> CheckRecord | None:
        """The newest finished check, or None; a damaged record counts as none."""
        if self.kiosk:
            return self._session_check
        newest = self.store.table(CHECKS).latest(1)
        if not newest:
            return None
        try:
            return CheckRecord.from_dict(newest[0].data)
        except RecordError:
            return None

    def add_check_listener(self, callback: Callable[[CheckRecord], None]) -> None:
        """`callback(record)` runs each time a check is saved."""
        self._check_listeners.append(callback)

    def add_reset_listener(self, callback: Callable[[], None]) -> None:
        """`callback()` runs after `delete_all_data`, once the new empty store is open."""
        self._reset_listeners.append(callback)

    def owned_paths(self) -> list[Path]:
        """The files and folders the app keeps here; never anything else in the folder."""
        settings_files = [
            p for p in self.data_dir.glob("settings*.json") if p.name.startswith(SETTINGS_PREFIXES)
        ]
        request = self.data_dir / RAISE_REQUEST
        extra = [request] if request.exists() else []
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
            remove_stale_temp_files(self.data_dir)
        finally:
            # Reopen whatever is left, so nothing deleted can be written back from memory.
            self.store = Store.open(self.data_dir, now=self.now)
            self.settings.reload()
            for callback in self._reset_listeners:
                callback()
