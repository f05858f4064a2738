"""One running app per data folder.

The first copy holds a QLockFile in the data folder. A second copy cannot take it, so it
leaves a small "raise request" file there and quits; the first copy notices the file and
brings its window to the front. No sockets are used: the app has no network code at all.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from companion.core.shared.app_state import LOCK_FILE, RAISE_REQUEST
from companion.core.shared.atomic_file import ensure_private_dir
from companion.ui.shared.qt_messages import hearing_qt

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

# A lock file younger than this may be one another copy is still writing its owner into.
FRESH_LOCK_S = 5.0


def folder_lock(data_dir: Path) -> QLockFile:
    """The lock a copy of the app (or `journal import`) holds while it may change the data
    in `data_dir`. Never treated as stale by age while its holder lives; a crashed
    holder's lock is still recognised (its process is gone) and taken over."""
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)
    return lock


def take(lock: QLockFile, data_dir: Path) -> bool:
    """Take `lock` now (never wait); its file is its owner's only (0600), as every file
    the app keeps (Qt makes it readable by all)."""
    if not lock.tryLock(0) and not (_remove_ownerless(lock, data_dir) and lock.tryLock(0)):
        return False
    with contextlib.suppress(OSError):
        (data_dir / LOCK_FILE).chmod(0o600)
    return True


def _remove_ownerless(lock: QLockFile, data_dir: Path) -> bool:
    """Remove a lock file that names no owner, as a power cut can leave it (empty) or a
    damaged disk (garbled); True when it did. Qt takes such a lock over only once it is
    older than the stale time, which is never here, so the folder stayed locked for
    good: the app said it was already open, `journal import` that the app was open.

    The file must be a few seconds old (a copy that has just made it writes its owner at
    once) and not held: a living owner keeps its lock file locked with flock, as Qt does
    and as Qt itself checks before it removes a stale lock."""
    if fcntl is None or lock.error() != QLockFile.LockError.LockFailedError:
        return False  # on Windows, Qt's own rules only
    if lock.getLockInfo()[0] > 0:
        return False  # its owner is named, and Qt found it still running
    path = data_dir / LOCK_FILE
    try:
        seen = path.lstat()
        if not stat.S_ISREG(seen.st_mode) or abs(time.time() - seen.st_mtime) < FRESH_LOCK_S:
            return False
        handle = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(handle).st_ino != path.lstat().st_ino:
                return False  # another copy removed it first and has made its own
            path.unlink()
        finally:
            os.close(handle)
    except OSError:
        return False
    return True


class InstanceLock(QObject):
    """Emits `raise_requested` when another copy asked this one to show itself."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self._lock = folder_lock(data_dir)
        self._watcher: QFileSystemWatcher | None = None
        # The data folder was deleted while the app ran and this lock made it again.
        self._made_folder = False

    def acquire(self) -> bool:
        if not take(self._lock, self.data_dir):
            return False
        self._consume_request()
        self._watcher = QFileSystemWatcher([str(self.data_dir)])
        self._watcher.directoryChanged.connect(lambda _path: self._folder_changed())
        return True

    def folder_is_unwritable(self) -> bool:
        """True when the lock failed because the folder cannot be written (read-only or
        full disk), not because another copy holds it. The app then runs, and says
        saves fail."""
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def release(self) -> None:
        if self._watcher is not None:
            if self._watcher.directories():  # none when its folder is gone for good
                self._watcher.removePaths(self._watcher.directories())
            self._watcher = None
        self._lock.unlock()
        if self._made_folder:
            # The folder this lock made again holds nothing else: leave no empty folder
            # behind. One holding anything (the person's data put back) is never removed.
            with contextlib.suppress(OSError):
                self.data_dir.rmdir()

    def _folder_changed(self) -> None:
        if not self.data_dir.exists():
            self._hold_again()
        folder = str(self.data_dir)
        watcher = self._watcher
        if watcher is not None and folder not in watcher.directories() and self.data_dir.exists():
            watcher.addPath(folder)  # the folder made again (Qt stops watching a deleted one)
        self._consume_request()

    def _hold_again(self) -> None:
        """The data folder was deleted (or moved) while the app runs, and its lock with
        it: a second copy would make the folder again, take a new lock and write there
        too. The folder is made again at once, with the lock."""
        gone = str(self.data_dir / LOCK_FILE)
        # Qt warns that it could not remove a lock file that is already gone.
        with hearing_qt(lambda _kind, text, _formatted: gone in text):
            self._lock.unlock()
        try:
            ensure_private_dir(self.data_dir)
        except OSError:
            return  # its parent is gone or read-only too: saves say so
        self._made_folder = True
        take(self._lock, self.data_dir)

    def _consume_request(self) -> None:
        request = self.data_dir / RAISE_REQUEST
        try:
            request.unlink()
        except FileNotFoundError:
            return
        except OSError:
            pass  # a read-only folder: still raise the window, once
        self.raise_requested.emit()


def ask_running_copy_to_show(
    data_dir: Path, wait: Callable[[], bool], *, attempts: int = 20
) -> bool:
    """Leave a raise request; True once the running copy has picked it up.

    `wait()` pauses briefly between looks and returns False to give up early.
    """
    request = data_dir / RAISE_REQUEST
    try:
        request.write_text(str(os.getpid()), encoding="utf-8")
    except OSError:
        return False
    for _ in range(attempts):
        if not request.exists():
            return True
        if not wait():
            break
    with contextlib.suppress(OSError):
        request.unlink()
    return False
