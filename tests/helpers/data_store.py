"""Helpers for the data store's tests: record times, file-name stamps, events, a failing disk."""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.core.shared import atomic_file
from companion.core.shared.store import Store
from companion.core.shared.store_events import StoreEvent

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
STAMP = "20260309-103000"  # FakeClock's start, as used in file names
TODAY = "2026-03-09"


def at(year: int, month: int = 1, day: int = 1, hour: int = 12) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:00:00+01:00"


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def listen(store: Store) -> list[StoreEvent]:
    seen: list[StoreEvent] = []
    store.add_listener(seen.append)
    return seen


@contextlib.contextmanager
def disk_failure(code: int = errno.EROFS) -> Iterator[None]:
    """Inside the block every rename fails, as on a read-only or full disk."""

    def fail(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomic_file.os, "replace", fail)
        yield


class Crash(BaseException):
    """The process dies here: nothing after it runs (not even `except Exception`)."""


@contextlib.contextmanager
def renames_fail_after(allowed: int, error: BaseException) -> Iterator[list[str]]:
    """The first `allowed` atomic renames work, then each raises `error`."""
    done: list[str] = []
    real = os.replace

    def replace(source: Any, target: Any) -> None:
        if len(done) >= allowed:
            raise error
        real(source, target)
        done.append(Path(target).name)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomic_file.os, "replace", replace)
        yield done
