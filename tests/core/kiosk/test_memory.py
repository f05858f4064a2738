"""Freed memory goes back to the system between kiosk visitors (glibc's malloc_trim)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from companion.core.kiosk.memory import give_back_free_memory


def resident_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's allocator and /proc are Linux's")
def test_memory_freed_below_a_live_block_goes_back_to_the_system() -> None:
    # 40 MB of blocks too big for Python's own small-object pools, so the C allocator
    # holds them; one block kept at the top stops it from shrinking the heap by itself.
    blocks = [bytes(4000) for _ in range(10_000)]
    kept = bytes(4000)
    blocks.clear()
    held = resident_bytes()
    assert give_back_free_memory() is True
    given_back = held - resident_bytes()
    assert given_back > 20 * 2**20, f"only {given_back / 2**20:.1f} MB went back"
    assert len(kept) == 4000
