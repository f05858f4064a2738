"""A data file changed by another program while the store held it (a sync tool bringing
the person's other computer's records): the next save keeps both sides' changes."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from companion.core.shared.outside_changes import merge_records
from companion.core.shared.store import ChangedOutside, Store
from tests.helpers.data_store import at, listen


def synced(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """The other computer's copy of `path`, put in its place as a sync tool does."""
    tables = json.loads(path.read_bytes()) if path.exists() else {"_default": {}}
    change(tables["_default"])
    path.parent.mkdir(exist_ok=True)
    temp = path.with_name(".synced")
    temp.write_text(json.dumps(tables), encoding="utf-8")
    temp.replace(path)


def on_disk(path: Path) -> dict[str, Any]:
    records: dict[str, Any] = json.loads(path.read_bytes())["_default"]
    return records


def test_an_older_copy_put_back_over_there_loses_no_entry_here(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    """A sync tool settles a conflict with the other computer's older copy, which lacks
    the newest entry here: that entry is not taken as removed."""
    journal = open_store().partitioned("journal", "time")
    journal.insert({"time": at(2026, 3, 1), "n": "first"})
    path = data_dir / "journal" / "2026.json"
    older = path.read_bytes()
    journal.insert({"time": at(2026, 3, 2), "n": "newest"})
    path.write_bytes(older)  # the copy from before "newest"

    journal.insert({"time": at(2026, 3, 3), "n": "here"})

    assert sorted(doc["n"] for doc in on_disk(path).values()) == ["first", "here", "newest"]


def test_a_removal_over_there_is_not_taken_and_an_entry_here_stays(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    """A record missing from the other copy cannot be told from one it never had: kept."""
    journal = open_store().partitioned("journal", "time")
    journal.insert({"time": at(2026, 3, 1), "n": "old"})
    journal.insert({"time": at(2026, 3, 2), "n": "kept"})
    path = data_dir / "journal" / "2026.json"
    synced(path, lambda records: records.pop("1"))

    journal.insert({"time": at(2026, 3, 3), "n": "here"})

    assert sorted(doc["n"] for doc in on_disk(path).values()) == ["here", "kept", "old"]


def test_both_computers_first_entry_of_a_new_year_both_stay_and_numbers_never_clash(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    seen = listen(store)
    journal = store.partitioned("journal", "time")
    journal.insert({"time": at(2025, 12, 30), "n": "last year"})
    assert journal.shard_keys() == ["2025"]  # 2027.json not there yet: nothing read
    journal.get("2027-1")
    path = data_dir / "journal" / "2027.json"
    synced(path, lambda records: records.update({"1": {"time": at(2027), "n": "laptop"}}))

    here = journal.insert({"time": at(2027, 1, 2), "n": "here"})
    after = journal.insert({"time": at(2027, 1, 3), "n": "later"})

    assert here == "2027-1"  # the id the app already holds still names its own entry
    assert journal.get(here) == {"time": at(2027, 1, 2), "n": "here"}
    assert {key: doc["n"] for key, doc in on_disk(path).items()} == {
        "1": "here",
        "2": "laptop",
        "3": "later",
    }
    assert after == "2027-3"
    assert ChangedOutside(path) in seen


def test_a_file_gone_is_written_back_whole_not_taken_as_every_entry_removed(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    journal = open_store().partitioned("journal", "time")
    journal.insert({"time": at(2026, 3, 1), "n": "first"})
    shutil.rmtree(data_dir / "journal")

    journal.insert({"time": at(2026, 3, 2), "n": "second"})

    path = data_dir / "journal" / "2026.json"
    assert sorted(doc["n"] for doc in on_disk(path).values()) == ["first", "second"]


RECORDS = st.dictionaries(
    st.integers(1, 8).map(str), st.fixed_dictionaries({"n": st.integers(0, 5)}), max_size=6
)


@given(base=RECORDS, ours=RECORDS, theirs=RECORDS)
def test_a_merge_keeps_every_record_here_and_every_change_there(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> None:
    merged = merge_records(base, ours, theirs)
    kept = list(merged.values())
    for key, record in ours.items():
        assert key in merged  # never taken as removed there: an older copy looks the same
        if base.get(key) != record:
            assert merged[key] == record  # a change here is kept under its own id
    for key, record in theirs.items():  # the other computer's additions and changes
        both_changed = key in base and key in ours and ours[key] != base[key]
        if base.get(key) != record and not both_changed:  # (then the one made here wins)
            assert record in kept
    for key in base:  # a removal here stays one, unless the other computer changed it
        if key not in ours and theirs.get(key, base[key]) == base[key]:
            added_there = [r for k, r in theirs.items() if k not in base]
            assert key not in merged or merged[key] in added_there  # its number given again
