"""A damaged file the store set aside is told at each opening until the person deals with
it; a read-only opening changes nothing in the folder at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.messages import in_language
from companion.core.shared.store import Store
from companion.core.shared.store_log import LOG_NAME
from tests.helpers.clock import FakeClock
from tests.helpers.untold import DAY, HOSTILE, snapshot, untold_folder


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _broken_year(data: Path, clock: FakeClock) -> Path:
    store = Store.open(data, now=clock)
    store.partitioned(JOURNAL, "time").insert({"time": clock().isoformat(), "pain_now": 4})
    year = data / JOURNAL / f"{clock().year}.json"
    year.write_bytes(b'{"_default": {"1": {"ti')
    return year


def test_a_file_set_aside_is_told_at_each_opening_until_dismissed(
    tmp_path: Path, clock: FakeClock
) -> None:
    year = _broken_year(tmp_path, clock)
    first = Store.open(tmp_path, now=clock)
    first.partitioned(JOURNAL, "time").all()  # reading it sets it aside
    [found] = first.problems
    again = Store.open(tmp_path, now=clock).problems
    assert again == [found] and found.moved_to is not None and found.moved_to.exists()
    Store.open(tmp_path, now=clock).dismiss(again[0])
    assert Store.open(tmp_path, now=clock).problems == []
    assert found.moved_to.exists() and not year.exists()


def test_a_copy_removed_by_hand_or_a_path_out_of_the_folder_is_not_told(
    tmp_path: Path, clock: FakeClock
) -> None:
    _broken_year(tmp_path, clock)
    store = Store.open(tmp_path, now=clock)
    store.partitioned(JOURNAL, "time").all()
    manifest = json.loads((tmp_path / "store.json").read_text())
    [untold] = manifest["untold"]
    elsewhere = {**untold, "kept_as": "../elsewhere.json", "backup": "../../etc/passwd"}
    (tmp_path / "elsewhere.json").write_text("{}")
    manifest["untold"].append(elsewhere)
    (tmp_path / "store.json").write_text(json.dumps(manifest))
    assert [p.moved_to for p in Store.open(tmp_path, now=clock).problems] == [
        tmp_path / untold["kept_as"]
    ]
    (tmp_path / untold["kept_as"]).unlink()
    assert Store.open(tmp_path, now=clock).problems == []


def test_a_read_only_opening_changes_nothing(tmp_path: Path, clock: FakeClock) -> None:
    year = _broken_year(tmp_path, clock)
    (tmp_path / "settings.json").write_bytes(b'{"schema_version": 1, "text_scale": "huge"}')
    (tmp_path / LOG_NAME).write_bytes(b"{not json")  # an unfinished save, damaged
    before = _files(tmp_path)
    state = AppState.open(tmp_path, now=clock, writes="nothing")
    assert state.store.partitioned(JOURNAL, "time").all() == []
    state.store.table("checks").insert({"time": clock().isoformat()})  # stays in memory
    assert _files(tmp_path) == before
    assert year in [p.path for p in state.store.problems]
    assert all(p.moved_to is None for p in state.store.problems)
    assert len(state.files_not_used()) == len(state.store.problems) + 1  # and the settings


@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_an_untold_entry_changed_by_hand_is_not_told_and_restores_nothing(
    tmp_path: Path, clock: FakeClock, change: dict[str, object]
) -> None:
    untold_folder(tmp_path, clock, change)
    before = snapshot(tmp_path)
    store = Store.open(tmp_path, now=clock)
    told = store.problems
    for problem in told:  # none is told; were one, Restore acts on it
        if problem.newest_backup is not None:
            store.restore_backup(problem)
    assert snapshot(tmp_path) == before
    manifest = json.loads((tmp_path / "store.json").read_text())
    assert manifest["partitioned"] == [JOURNAL]
    assert told == []
    assert len(Store.open(tmp_path, now=clock).partitioned(JOURNAL, "time").all()) == 1


def test_the_entry_the_store_writes_is_told_and_restored(tmp_path: Path, clock: FakeClock) -> None:
    untold_folder(tmp_path, clock, {})
    store = Store.open(tmp_path, now=clock)
    [problem] = store.problems
    assert problem.newest_backup == tmp_path / f"backups/{DAY}/journal/{clock().year}.json"
    store.restore_backup(problem)
    assert Store.open(tmp_path, now=clock).problems == []


def test_a_backup_damaged_since_it_was_set_aside_is_not_offered(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Restore was offered for a backup that no longer read, and each click failed on an
    error nobody saw; a backup offered is checked as it was when the file was set aside."""
    untold_folder(tmp_path, clock, {})
    (tmp_path / f"backups/{DAY}/journal/{clock().year}.json").write_bytes(b'{"_defa')
    [problem] = Store.open(tmp_path, now=clock).problems
    assert problem.newest_backup is None  # told, with nothing to restore from


@pytest.mark.parametrize(
    "message",
    [
        {"id": "no.such.id", "values": {}},
        {"id": "store.damaged_fresh", "values": {}},
        {"id": "store.with_detail", "values": {"message": {"id": "no.such.id"}, "detail": "x"}},
        "plain words typed by hand",
    ],
)
def test_an_untold_message_the_app_does_not_know_is_said_in_its_usual_words(
    tmp_path: Path, clock: FakeClock, message: object
) -> None:
    untold_folder(tmp_path, clock, {})
    manifest = json.loads((tmp_path / "store.json").read_text())
    manifest["untold"][0]["message"] = message
    (tmp_path / "store.json").write_text(json.dumps(manifest))
    [problem] = Store.open(tmp_path, now=clock).problems
    year = f"journal/{clock().year}.json"
    for language in ("en", "es"):
        said = in_language(problem.message, language)
        assert "no.such.id" not in said and "store." not in said and "by hand" not in said
        assert year in said and f"{clock().year}.broken-1.json" in said


def test_a_file_damaged_again_and_again_never_grows_store_json_past_reading(
    tmp_path: Path, clock: FakeClock
) -> None:
    """A year damaged at each of 104 runs of a command, with nobody there to see: the
    newest 100 are told, store.json stays small and readable, and no copy is lost."""
    kept: list[Path] = []
    for _ in range(104):
        _broken_year(tmp_path, clock)
        store = Store.open(tmp_path, now=clock)
        store.partitioned(JOURNAL, "time").all()
        kept.append(store.problems[-1].moved_to)  # type: ignore[arg-type]
        clock.advance(minutes=1)
    told = Store.open(tmp_path, now=clock).problems
    assert [p.moved_to for p in told] == kept[-100:]
    assert len((tmp_path / "store.json").read_bytes()) < 100 * 1024
    assert not list(tmp_path.glob("store.broken*"))  # store.json itself never set aside
    assert all(path.exists() for path in kept)  # every damaged copy is still there
