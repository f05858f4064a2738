"""What the store tells whoever listens: a data file it could not read (and what it did
with it), a write that failed, a pending write that finally went through."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StoreProblem:
    """A data file that could not be read.

    Attributes:
        path: The live file. It now holds only what was saved after the problem.
        moved_to: Where the broken file was kept, or None while the folder is not
            writable (the broken file is then left in place and nothing is written
            over it until it can be moved).
        newest_backup: The newest daily backup of the same file, if there is one.
        message: Plain sentences for the user.
        detail: What exactly is wrong (the line and field of bad JSON, or why the
            file could not be read); empty when not known.
    """

    path: Path
    moved_to: Path | None
    newest_backup: Path | None
    message: str
    detail: str = ""


@dataclass(frozen=True)
class ProblemFound:
    """Event: a broken data file was found (also listed in ``Store.problems``)."""

    problem: StoreProblem


@dataclass(frozen=True)
class WriteFailed:
    """Event: a file could not be written.

    Attributes:
        path: The file (or backup folder) that was not written.
        error: The error from the operating system.
        message: Plain sentences for the user.
        in_memory: True when the newest data is safe in memory and listed in
            ``Store.pending``; False when only a backup was skipped.
    """

    path: Path
    error: OSError
    message: str
    in_memory: bool


@dataclass(frozen=True)
class PendingCleared:
    """Event: data that was only in memory has now been saved to ``path``."""

    path: Path


@dataclass(frozen=True)
class ChangedOutside:
    """Event: records another program (a sync tool) added, edited or removed in ``path``
    were taken into memory before a save; whoever keeps a copy of them reads them again."""

    path: Path


StoreEvent = ProblemFound | WriteFailed | PendingCleared | ChangedOutside
Listener = Callable[[StoreEvent], None]
