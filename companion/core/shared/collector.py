"""Pausing Python's garbage collector around work that must not be interrupted by it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection inside the block; it resumes after (if it was on before).

    For building big lists, which the collector would otherwise rescan again and again,
    and for Qt walking every widget while Python runs inside the walk, where a collection
    could free a widget that is still on Qt's list."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
