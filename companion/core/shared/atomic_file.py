"""Crash-safe file writes and private folders.

A file is never rewritten in place: the new bytes go to a private temporary
file in the same folder, which is flushed to disk and then renamed over the
target. A rename within one folder is atomic, so after a crash the target
holds either the old or the new bytes, never a mix.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from companion.core.shared.bounded_read import NotAFileError, refuse_unless_ordinary
from companion.core.shared.messages import Message

_POSIX = os.name == "posix"
_PRIVATE_FILE = 0o600
_PRIVATE_DIR = 0o700

# ".<target name>.<16 hex digits>.tmp": the dot hides it and the random part lets
# a retry never collide with a leftover. Other programs make names like it, so a
# cleanup also checks that the target is one of the app's own files.
_TEMP_NAME = re.compile(r"^\.(.+)\.[0-9a-f]{16}\.tmp$")

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM}


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file.

    The file ends up readable and writable by its owner only (0600 on POSIX).

    Raises:
        OSError: the write failed and ``path`` is unchanged, with no temporary file
            left (or, rarely, only syncing the folder after the rename failed).
    """
    # os.urandom rather than secrets: it spares start-up the hashlib import.
    temp = path.with_name(f".{path.name}.{os.urandom(8).hex()}.tmp")
    # O_EXCL: never follow or reuse a file someone else put there.
    # 0o600 at creation: the data is never readable by others, even briefly.
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, _PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as handle:
            if _POSIX:
                # The umask can only take bits away; this makes 0600 exact.
                os.fchmod(handle.fileno(), _PRIVATE_FILE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (new names, renames) to disk. Does nothing on Windows."""
    if not _POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems cannot sync a folder; the file data itself is
        # already synced, so this is not worth failing the write for.
        if exc.errno != errno.EINVAL:
            raise
    finally:
        os.close(fd)


def sibling_name(path: Path, label: str, when: datetime) -> Path:
    """``<stem>.<label>-YYYYmmdd-HHMMSS<suffix>`` beside `path`, with "-2", "-3"... added
    when that name is taken, so nothing is ever replaced."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for n in itertools.count(1):
        extra = "" if n == 1 else f"-{n}"
        target = path.with_name(f"{path.stem}.{label}-{stamp}{extra}{path.suffix}")
        if not os.path.lexists(target):
            return target
    raise AssertionError("unreachable")


def move_aside(path: Path, when: datetime) -> Path:
    """Rename a broken file to ``<stem>.broken-YYYYmmdd-HHMMSS<suffix>`` in its folder.

    The file is kept byte for byte. An existing file is never replaced: "-2", "-3"...
    is added to the name instead.

    Returns:
        The new path.

    Raises:
        OSError: the file could not be renamed (for example, a read-only folder).
    """
    target = sibling_name(path, "broken", when)
    path.replace(target)
    make_file_private(target)  # a sync tool's file keeps the tool's mode
    fsync_dir(path.parent)
    return target


class NameNotTextError(OSError):
    """A folder whose name holds bytes that are not UTF-8 text (made on an old system,
    say): Qt, which locks the data folder and watches it, cannot name it, so a second
    copy of the app could open the same folder."""


class FolderIsFileError(OSError):
    """A folder to use (`--data-dir notes.txt`) that is a file."""


# The longest name of one file or folder Linux takes, in bytes, whatever the disk (its
# NAME_MAX); NTFS and APFS take 255 letters, never fewer bytes.
NAME_MAX = 255


def check_folder_name(path: Path) -> None:
    """Refuse, before anything is made, a folder name no system can use: NameNotTextError
    for bytes that are not UTF-8 text, OSError ENAMETOOLONG for a part longer than the
    system takes. Said by the disk, a long part under a folder not made yet was only
    found once the folders above it had been made; and a name not made of text read
    as an empty journal."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # bytes Python kept as they were, which Qt cannot
        raise NameNotTextError(errno.EINVAL, Message("disk.name_not_text"), str(path)) from None
    if "\x00" in str(path):  # no system takes it (a name read from a file, not typed)
        raise NameNotTextError(errno.EINVAL, Message("disk.name_not_text"), str(path))
    if any(len(os.fsencode(part)) > NAME_MAX for part in path.parts):
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(path))


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` and each missing folder above it, every one private to its owner
    (0700) whatever the umask (``mkdir(parents=True)`` would make the parents 0755).

    A folder that already exists keeps its permissions: it may be one the person chose
    for other things too, or sit on a read-only disk. A name that is not text raises
    NameNotTextError; a file of that name, FolderIsFileError.
    """
    check_folder_name(path)
    if path.is_dir():
        return
    missing: list[Path] = []  # from `path` up; a file on the way fails its mkdir (ENOTDIR)
    folder = path
    while not os.path.lexists(folder) and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    if not missing:  # Python: "File exists", said of a file where a folder goes
        raise FolderIsFileError(errno.EEXIST, Message("disk.folder_is_file"), str(path))
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=_PRIVATE_DIR)
        except FileExistsError:
            if not folder.is_dir():
                raise FolderIsFileError(
                    errno.EEXIST, Message("disk.folder_is_file"), str(path)
                ) from None
            continue  # made meanwhile by someone else: not ours to change
        if _POSIX:
            folder.chmod(_PRIVATE_DIR)  # the umask can only take bits away; this is exact


def make_file_private(path: Path) -> None:
    """Make the file ``path`` readable and writable by its owner only (0600), as every
    file the app writes, for one it moved into its folders (a sync tool's file keeps the
    tool's mode, 0644 say). A link put in its place is left alone: changing it would
    change the file it leads to. A file that cannot be changed (another user's, on a
    read-only disk) keeps its mode: the move is done, and not undone for that. Does
    nothing on Windows.
    """
    if not _POSIX:
        return
    # O_NOFOLLOW: a link fails (ELOOP) and is left; O_NONBLOCK: a pipe never waits.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fchmod(fd, _PRIVATE_FILE)
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_file_target(name: str) -> str | None:
    """The name of the file a temporary file named `name` was to become, if it is one
    :func:`atomic_write_bytes` makes; None otherwise."""
    found = _TEMP_NAME.match(name)
    return None if found is None else found.group(1)


def remove_stale_temp_files(folder: Path, owns: Callable[[str], bool]) -> int:
    """Delete temporary files left in ``folder`` by a process killed mid-write.

    Only ``folder`` itself is looked in, never the folders inside it, and only names
    made by :func:`atomic_write_bytes` for a file `owns` accepts (by its name) are
    touched: the data folder may be one the person uses for other things, where
    another program's temporary files look just like ours. Files that cannot be
    removed (for example in a read-only folder) are left alone.

    Returns:
        How many files were removed.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:  # not there (yet), or not a folder
        return 0
    for entry in entries:
        target = temp_file_target(entry.name)
        if target is None or not owns(target):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink()
                removed += 1
        except OSError:
            continue
    return removed


class FolderGoneError(FileNotFoundError):
    """The data folder itself is not there any more (moved, renamed or put in the trash
    while the app ran): a save must not make a new, empty one in its place."""

    def __init__(self, folder: Path) -> None:
        super().__init__(errno.ENOENT, Message("disk.folder_gone"), str(folder))


class NewerVersionError(OSError):
    """The data folder (or file) now says it was written by a newer version of the app
    (a sync tool brought it, or a newer version ran): this version must not write over
    it, nor rewrite it into its own older shape."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EPERM, Message("disk.newer_version"), str(path))


@dataclass(frozen=True)
class SaveFailure:
    """Why a save failed: `reason`, one sentence for the person; `newer_app`, the file is a
    newer version's, so freeing space or fixing the folder cannot help, updating the app can."""

    reason: str
    newer_app: bool = False

    @classmethod
    def of(cls, exc: OSError) -> SaveFailure:
        """The failure `exc` stands for, in the words of `describe_os_error`."""
        return cls(describe_os_error(exc), newer_app=isinstance(exc, NewerVersionError))


class InDataFolderError(OSError):
    """A file the person named would be written among the app's own data files."""


def output_file(path: Path, keep_out: Path | None = None) -> Path:
    """Where a file the person named is written: the file a link leads to, so the link is
    kept, once that is an ordinary file or none yet. A folder raises IsADirectoryError; a
    pipe, a device or a socket raises NotAFileError (writing to a pipe waits for ever, and
    a device replaced by a file would break the computer for everyone); a place inside
    `keep_out` (the data folder) raises InDataFolderError: an export named like a year of
    the journal would write over it."""
    target = Path(os.path.realpath(path))
    if keep_out is not None and target.is_relative_to(os.path.realpath(keep_out)):
        raise InDataFolderError(errno.EEXIST, Message("disk.in_data_folder"), str(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    refuse_unless_ordinary(mode, path)
    return target


def own_file_output(path: Path, data_folder: Path | None = None) -> Path:
    """Where the app writes its own file `path` (``settings.json``, ``store.json``, a
    year of the journal), which may be a link (a dotfiles setup, a sync tool's): the file
    the link leads to, so the link is kept, only when that is outside `data_folder`
    (`path`'s folder when not given) in a folder that is there and can be written, and is
    an ordinary file or none yet. Otherwise `path` itself: the link is replaced by the
    file. A link into the data folder would write one of the app's files over another;
    one whose folder is gone, or read-only (a Nix home-manager link into its store, a
    folder without write permission), could never be saved."""
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    inside = path.parent if data_folder is None else data_folder
    if _is_within(target, inside) or not target.parent.is_dir():
        return path
    if not os.access(target.parent, os.W_OK):  # a read-only disk too (EROFS)
        return path
    try:
        ordinary = stat.S_ISREG(target.stat().st_mode)
    except FileNotFoundError:
        return target
    except OSError:  # a loop, or a folder on the way that cannot be looked into
        return path
    return target if ordinary else path


def _is_within(target: Path, folder: Path) -> bool:
    """Whether `target` (a resolved path) is in `folder` or below, by the file system's
    identity of each folder on its way, not by name: a bind mount of the data folder, or
    a name spelt in other letter case on a disk that ignores case, is the same folder
    under another name. A folder that cannot be looked at counts as inside."""
    if target.is_relative_to(os.path.realpath(folder)):
        return True
    try:
        wanted = folder.stat()
        return any(os.path.samestat(parent.stat(), wanted) for parent in target.parents)
    except OSError:
        return True


def write_own_file(path: Path, data: bytes, data_folder: Path | None = None) -> None:
    """`atomic_write_bytes` for one of the app's own files: through a link where
    `own_file_output` says so (the settings and the store's files follow this one rule).

    Raises:
        OSError: as `atomic_write_bytes`.
    """
    atomic_write_bytes(own_file_output(path, data_folder), data)


class IsALinkError(OSError):
    """A file the person named for a command's output is a link."""


class CommandOutput(NamedTuple):
    """Where a command writes a file the person named, and whether a file of that name is
    there now (its result line then says it was replaced: nobody was asked first)."""

    path: Path
    replaces: bool


def command_output(path: Path, keep_out: Path | None = None) -> CommandOutput:
    """`output_file` for a command line (`journal export --out`, `journal report --out`),
    which asks nobody before it writes: a link is refused (IsALinkError). Written through,
    a link to another folder's settings.json was replaced by an export without a word;
    replaced itself, the link someone made on purpose would be gone. Refused, nothing is
    lost, and naming the file itself (or another name) is one step."""
    target = output_file(path, keep_out)  # first: a device or the data folder says more
    if path.is_symlink():
        raise IsALinkError(errno.EEXIST, Message("disk.is_link"), str(path))
    return CommandOutput(target, target.exists())


def claim_output(path: Path, keep_out: Path | None = None) -> Path:
    """`output_file`, then the file made now when new, readable by its owner only (0600,
    as every file the app writes): for a writer that writes in place (Qt's PDF writer),
    which would fail without a word and leave a report of someone's health that anyone
    on the computer can read. Raises OSError naming the problem, before any drawing."""
    target = output_file(path, keep_out)
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    os.close(os.open(target, flags, _PRIVATE_FILE))
    return target


def _not_a_file(exc: OSError) -> str | None:
    """A folder, a pipe or a device where a file was expected, said the same whether it
    was to be read or written; None for any other error."""
    if isinstance(exc, IsADirectoryError):
        return Message("disk.is_folder")
    if isinstance(exc, NotAFileError):
        return Message("disk.not_a_file")
    if isinstance(exc, InDataFolderError):
        return Message("disk.in_data_folder")
    if isinstance(exc, IsALinkError):
        return Message("disk.is_link")
    if isinstance(exc, NameNotTextError):
        return Message("disk.name_not_text")
    if isinstance(exc, FolderIsFileError):
        return Message("disk.folder_is_file")
    if isinstance(exc, NewerVersionError):
        return Message("disk.newer_version")
    return None


def describe_read_error(exc: OSError) -> str:
    """Why a file the person chose could not be read, in one short sentence (a Message:
    English as text, in the person's language with `in_language`)."""
    if (kind := _not_a_file(exc)) is not None:
        return kind
    if isinstance(exc, FileNotFoundError):
        return Message("disk.read_missing")
    if exc.errno in _NOT_ALLOWED:
        return Message("disk.read_not_allowed")
    return Message("disk.read_other", reason=exc.strerror or str(exc) or type(exc).__name__)


def describe_os_error(exc: OSError) -> str:
    """Explain a failed save in one short, friendly sentence for the user (a Message:
    English as text, in the person's language with `in_language`)."""
    if (kind := _not_a_file(exc)) is not None:
        return kind
    if exc.errno in _DISK_FULL:
        return Message("disk.full")
    if exc.errno == errno.EROFS:
        return Message("disk.read_only")
    if exc.errno in _NOT_ALLOWED:
        return Message("disk.not_allowed")
    if exc.errno == errno.ENOTDIR:  # --data-dir notes.txt/data: not the disk's fault
        return Message("disk.path_through_file")
    if exc.errno == errno.ENOENT:  # a file is written only into a folder that was there
        return Message("disk.folder_gone")
    if exc.errno == errno.ENAMETOOLONG:
        # No count: the limit is in bytes (an accented letter takes two), not letters.
        return Message("disk.name_too_long")
    reason = exc.strerror or str(exc) or type(exc).__name__
    return Message("disk.other", reason=reason)


def describe_delete_error(exc: OSError) -> str:
    """Why deleting the person's files stopped, in one short sentence (a Message:
    English as text, in the person's language with `in_language`)."""
    if exc.errno in _NOT_ALLOWED or exc.errno == errno.EROFS:
        return Message("disk.delete_not_allowed")
    reason = exc.strerror or type(exc).__name__
    return Message("disk.delete_other", reason=reason)
