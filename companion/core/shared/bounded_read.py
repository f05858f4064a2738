"""Reading a file someone chose or edited, without waiting for ever or filling memory.

No imports from the app: every reader may use it, the content loader included.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

NOT_A_FILE = "it is not an ordinary file (a pipe or a device)"


class NotAFileError(OSError):
    """A pipe, a device or a socket where a file was expected."""


def read_bounded(path: Path, most: int, *, follow_symlinks: bool = True) -> bytes:
    """A file's bytes, no more than `most` + 1 of them (enough for its reader to say it is
    too large). Only a regular file is read: a pipe or a device in its place (one waits
    for ever, /dev/zero never ends) raises OSError, as a folder does, and so does a
    symbolic link when not `follow_symlinks` (where the system can tell)."""
    # Not blocking: a pipe opens at once, to be refused below (Windows has neither flag;
    # there, O_BINARY keeps every byte: Ctrl-Z would end the text, and line ends change).
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as file:
        refuse_unless_ordinary(os.fstat(handle).st_mode, path)
        return file.read(most + 1)


def refuse_unless_ordinary(mode: int, path: Path) -> None:
    """IsADirectoryError for a folder, NotAFileError for a pipe, a device or a socket:
    what `mode` (a stat's) says is at `path`, where a file was expected."""
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(mode):
        raise NotAFileError(errno.EINVAL, NOT_A_FILE, str(path))
