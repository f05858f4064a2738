"""Any adds, edits and removals on two computers sharing a data folder through a sync tool:
after the other computer's copy comes in and a save here, no added record is lost, no
removal is undone, an edit made on one side only is kept, and a record the other
computer removed is kept in the backups here as this computer last held it."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared.collection import PartitionedCollection
from companion.core.shared.outside_changes import REMOVED, merge_records, new_uid, remove_record
from companion.core.shared.store import Store
from tests.helpers.two_computers import YEAR, laptop_of, synced

NOW = datetime.fromisoformat("2026-12-06T20:00:00+01:00")
Op = tuple[str, int]
ops = st.lists(st.tuples(st.sampled_from(["add", "edit", "remove"]), st.integers(0, 9)), max_size=6)


def collection(folder: Path) -> PartitionedCollection:
    return Store.open(folder, now=lambda: NOW).partitioned("journal", "time")


def run(journal: PartitionedCollection, steps: list[Op], side: str, log: dict[str, Any]) -> None:
    """Make the changes; note each record's uid as added, edited (by whom, how often) or
    removed."""
    for number, (kind, pick) in enumerate(steps):
        records = journal.all()
        if kind == "add" or not records:
            uid = new_uid()
            journal.insert({"uid": uid, "time": "2026-12-06T10:00:00+01:00", "by": side})
            log["added"].add(uid)
            log.setdefault("by", {})[uid] = side
            continue
        record = records[pick % len(records)]
        uid = record.data["uid"]
        if kind == "edit":
            journal.update(record.id, {"note": f"{side}{number}"})
            log["edits"].setdefault(uid, {}).setdefault(side, 0)
            log["edits"][uid][side] += 1
            log["last"].setdefault(uid, {})[side] = f"{side}{number}"
        else:
            journal.remove(record.id)
            log["removed"].add(uid)
            log.setdefault("removed_on", {}).setdefault(side, set()).add(uid)


@settings(max_examples=60, deadline=None)
@given(first=st.integers(1, 4), here=ops, there=ops)
def test_no_record_added_on_either_computer_is_lost_and_no_removal_is_undone(
    first: int, here: list[Op], there: list[Op]
) -> None:
    with tempfile.TemporaryDirectory() as temp:
        desk = Path(temp) / "desk"
        log: dict[str, Any] = {"added": set(), "removed": set(), "edits": {}, "last": {}}
        journal = collection(desk)
        run(journal, [("add", 0)] * first, "base", log)
        laptop = laptop_of(desk)
        run(journal, here, "desk", log)
        run(collection(laptop), there, "laptop", log)
        synced(laptop, desk)  # while the desk's app is open
        run(journal, [("add", 0)], "desk", log)  # a save here
        synced(desk, laptop)
        for folder in (desk, laptop):
            kept = {record.data["uid"]: record.data for record in collection(folder).all()}
            assert set(kept) == log["added"] - log["removed"]
            for uid, by in log["edits"].items():
                if uid in kept:
                    here_edits, there_edits = by.get("desk", 0), by.get("laptop", 0)
                    if here_edits == there_edits:  # either, the same on both computers
                        assert kept[uid].get("note") in log["last"][uid].values()
                        continue
                    side = "desk" if here_edits > there_edits else "laptop"
                    assert kept[uid].get("note") == log["last"][uid][side]
        assert kept_aside(desk) == removed_there_held_here(log, ["laptop"])


def removed_there_held_here(log: dict[str, Any], there: list[str]) -> set[str]:
    """The records the other computers (`there`) removed that the desk still held."""
    removed_on = log.get("removed_on", {})
    removed_there = set().union(*(removed_on.get(side, set()) for side in there))
    held_here = {uid for uid, side in log.get("by", {}).items() if side not in there}
    return removed_there & held_here - removed_on.get("desk", set())


def kept_aside(folder: Path) -> set[str]:
    """The uids of the records kept in ``backups/removed-by-sync/``."""
    found = set()
    for path in (folder / "backups" / "removed-by-sync").rglob("*.json"):
        for docs in json.loads(path.read_bytes()).values():
            found |= {doc["uid"] for doc in docs.values()}
    return found


def test_a_file_without_uids_there_is_written_as_it_is_here() -> None:
    ours = {"_default": {"1": {"time": "a"}, "2": {"time": "b"}}}
    theirs = {"_default": {"1": {"time": "a"}, "2": {"time": "other"}, "3": {"time": "c"}}}
    assert merge_records(ours, theirs) is None


def test_the_other_computers_removals_are_listed_here_too() -> None:
    ours = {"_default": {"1": {"uid": "a"}, "2": {"uid": "b"}}}
    theirs = {"_default": {"1": {"uid": "a"}}, REMOVED: {"1": {"uid": "b"}}}
    assert merge_records(ours, theirs) == {
        "_default": {"1": {"uid": "a"}},
        REMOVED: {"1": {"uid": "b"}},
    }


def test_a_record_there_that_the_check_refuses_never_comes_in() -> None:
    ours = {"_default": {"1": {"uid": "a", "time": "t"}}}
    theirs = {
        "_default": {"1": {"uid": "a", "v": 3}, "2": {"uid": "b"}, "3": {"uid": "c", "time": "t"}}
    }
    merged = merge_records(ours, theirs, accepts=lambda doc: "time" in doc)
    assert merged == {"_default": {"1": {"uid": "a", "time": "t"}, "3": {"uid": "c", "time": "t"}}}


def test_a_journal_record_without_its_time_is_not_taken_in_by_the_store(tmp_path: Path) -> None:
    """The collection's own check, with no feature's: a partitioned record needs its time,
    in the file of that time."""
    journal = collection(tmp_path)
    journal.insert({"uid": "a", "time": "2026-12-06T10:00:00+01:00"})
    year = tmp_path / YEAR
    tables = {"_default": {"1": {"uid": "a", "time": "2026-12-06T10:00:00+01:00"}}}
    tables["_default"]["2"] = {"uid": "b"}
    tables["_default"]["3"] = {"uid": "c", "time": "2025-12-06T10:00:00+01:00"}
    tables["_default"]["4"] = {"uid": "d", "time": "2026-12-07T10:00:00+01:00"}
    (tmp_path / "journal" / "2026.sync-conflict-1.json").write_text(json.dumps(tables))
    journal.take_in_conflict_copies("2026")
    assert [doc["uid"] for doc in json.loads(year.read_text())["_default"].values()] == ["a", "d"]


def test_a_record_removed_is_listed_as_removed_in_the_same_data() -> None:
    tables = {"_default": {"1": {"uid": "a"}, "2": {"uid": "b"}, "3": {"time": "no uid"}}}
    remove_record(tables, "_default", "2")
    remove_record(tables, "_default", "3")
    remove_record(tables, "_default", "1")
    assert tables == {"_default": {}, REMOVED: {"1": {"uid": "b"}, "2": {"uid": "a"}}}


def test_a_removal_spared_this_time_keeps_the_record_and_does_not_list_it() -> None:
    ours = {"_default": {"1": {"uid": "a"}, "2": {"uid": "b"}}}
    theirs = {"_default": {}, REMOVED: {"1": {"uid": "a"}, "2": {"uid": "b"}}}
    merged = merge_records(ours, theirs, spare={"a"})
    assert merged == {"_default": {"1": {"uid": "a"}}, REMOVED: {"1": {"uid": "b"}}}
