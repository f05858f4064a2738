"""Any adds, edits and removals on other computers that come back as conflict copies beside
a year file: once the year is read, no added record is lost, no removal is undone,
every copy's bytes are kept in the backups folder, and so is every record here that a
copy removed."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.shared.test_store_two_computers import (
    Op,
    collection,
    kept_aside,
    ops,
    removed_there_held_here,
    run,
)
from tests.helpers.two_computers import YEAR

NAMES = [
    "2026.sync-conflict-20261206-101010-ABCDEF.json",
    "2026 (Jane's conflicted copy 2026-12-06).json",
    "2026 (conflicted copy 2026-12-06 101010).json",
]


@settings(max_examples=40, deadline=None)
@given(first=st.integers(1, 4), here=ops, there=st.lists(ops, min_size=1, max_size=3))
def test_no_record_of_any_conflict_copy_is_lost_and_no_removal_is_undone(
    first: int, here: list[Op], there: list[list[Op]]
) -> None:
    with tempfile.TemporaryDirectory() as temp:
        desk = Path(temp) / "desk"
        log: dict[str, Any] = {"added": set(), "removed": set(), "edits": {}, "last": {}}
        run(collection(desk), [("add", 0)] * first, "base", log)
        copies: dict[str, bytes] = {}
        for number, steps in enumerate(there):
            other = Path(temp) / f"other{number}"
            shutil.copytree(desk, other)
            run(collection(other), steps, f"other{number}", log)
            copies[NAMES[number]] = (other / YEAR).read_bytes()
        journal = collection(desk)
        run(journal, here, "desk", log)
        for name, raw in copies.items():
            (desk / "journal" / name).write_bytes(raw)
        journal.take_in_conflict_copies("2026")
        again = collection(desk)  # as on disk
        kept = {record.data["uid"] for record in again.all()}
        assert kept == log["added"] - log["removed"]
        backups = desk / "backups" / "conflict-copies" / "journal"
        for name, raw in copies.items():
            assert not (desk / "journal" / name).exists()
            assert (backups / name).read_bytes() == raw
        others = [f"other{number}" for number in range(len(there))]
        assert kept_aside(desk) == removed_there_held_here(log, others)
