"""Everything a running app holds for one data folder, opened and reset in one place."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from companion.core.atomic_file import ensure_private_dir
from companion.core.content import Content, load_content
from companion.core.settings import SettingsStore
from companion.core.store import Store

# Collection names shared by the features (the feature issues define the records).
JOURNAL = "journal"  # partitioned by "time": one record per journal entry
CHECKS = "checks"  # one record per finished guided check
TIMERS = "timers"  # running timers, so they survive a restart

LOCK_FILE = "app.lock"  # held by the running app; never deleted under it


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
    _reset_listeners: list[Callable[[], None]] = field(default_factory=list)

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

    def add_reset_listener(self, callback: Callable[[], None]) -> None:
        """`callback()` runs after `delete_all_data`, once the new empty store is open."""
        self._reset_listeners.append(callback)

    def delete_all_data(self) -> None:
        """Remove every file the app keeps in the data folder, backups included.

        Raises OSError if something could not be removed; what was removed stays removed.
        """
        for child in sorted(self.data_dir.iterdir()):
            if child.name == LOCK_FILE or child.name.startswith(f"{LOCK_FILE}."):
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        self.settings = SettingsStore.open(self.data_dir, now=self.now)
        self.store = Store.open(self.data_dir, now=self.now)
        for callback in self._reset_listeners:
            callback()
