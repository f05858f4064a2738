"""The app always starts: a hostile file in any place the app reads at start is set
aside byte for byte, said plainly, and the rest of the data still works."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path

import pytest

from companion.core.journal.entry import parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import AppState
from companion.core.shared.content import Content, load_content
from companion.core.shared.record_log import load_checks, load_events
from companion.core.shared.settings import SettingsTooNewError
from companion.core.shared.store import StoreTooNewError
from companion.core.shared.store_log import LOG_NAME
from companion.core.timers.scheduler import Scheduler
from tests.helpers.hostile import HOSTILE_FILES, UNKNOWN_VERSION_FILES, folder_snapshot
from tests.helpers.timer_clock import TimerClock

NOW = datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))
# Every file the app reads while starting, and the manifest that lists them.
PLACES = [
    "settings.json",
    "store.json",
    "journal/2026.json",
    "checks.json",
    "timers.json",
    "timer_settings.json",
    "events/2026.json",
    LOG_NAME,
]


@cache
def content() -> Content:
    return load_content()


def make_folder(folder: Path) -> None:
    state = AppState.open(folder, now=lambda: NOW, content=content())
    state.settings.update(welcome_done=True, emergency_number="112")
    journal = JournalStore(state)
    for day in (1, 400):  # one entry this year, one last year
        moment = (NOW - timedelta(days=day)).isoformat()
        journal.add(parse_entry({"time": moment, "pain_now": 3, "level": "none"}))
    scheduler = Scheduler(state, TimerClock())
    scheduler.update_break_settings(enabled=True)
    scheduler.start_pack("heat", 15)
    scheduler.skip_break()
    state.store.table("checks").insert({"time": NOW.isoformat(), "urgency": "soon"})


def start_like_the_app(folder: Path) -> AppState:
    """What the app reads while it starts and shows Home, the journal and the timers."""
    state = AppState.open(folder, now=lambda: NOW, content=content())
    state.store.maintenance()
    JournalStore(state).entries()
    load_events(state)
    load_checks(state)
    state.latest_check()
    Scheduler(state, TimerClock()).tick()
    return state


def kept_copies(folder: Path, place: str) -> list[Path]:
    target = folder / place
    stem = target.name.split(".")[0]
    return sorted(target.parent.glob(f"{stem}.broken-*"))


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda path: path.name)
def test_a_hostile_file_anywhere_never_stops_the_start(
    tmp_path: Path, path: Path, place: str
) -> None:
    folder = tmp_path / "data"
    make_folder(folder)
    raw = path.read_bytes()
    (folder / place).parent.mkdir(parents=True, exist_ok=True)
    (folder / place).write_bytes(raw)
    if place in ("store.json", "settings.json") and path.name in UNKNOWN_VERSION_FILES:
        # A layout version this app cannot name (1.0, true): refused like a newer
        # version's folder, with words and nothing changed, never taken as damage.
        before = folder_snapshot(folder)
        with pytest.raises((StoreTooNewError, SettingsTooNewError)):
            start_like_the_app(folder)
        assert folder_snapshot(folder) == before
        return

    state = start_like_the_app(folder)

    problems = [
        *state.store.problems,
        *([state.settings.problem] if state.settings.problem else []),
    ]
    for problem in problems:
        problem.message.encode("utf-8")  # can be shown and printed
    kept = kept_copies(folder, place)
    if kept:  # set aside: whole, and said so
        assert [copy.read_bytes() for copy in kept] == [raw]
        assert any(kept[0].name in problem.message for problem in problems)
    # The rest still works, and a new entry is saved and read back after a restart.
    journal = JournalStore(state)
    journal.add(parse_entry({"time": NOW.isoformat(), "pain_now": 1, "level": "none"}))
    again = start_like_the_app(folder)
    assert any(item.entry.pain_now == 1 for item in JournalStore(again).entries())


@pytest.mark.parametrize("place", PLACES)
def test_a_folder_where_a_file_should_be_never_stops_the_start(tmp_path: Path, place: str) -> None:
    folder = tmp_path / "data"
    make_folder(folder)
    target = folder / place
    target.unlink(missing_ok=True)
    target.mkdir(parents=True)
    (target / "keep.txt").write_text("mine")
    state = start_like_the_app(folder)
    (kept,) = kept_copies(folder, place)
    assert (kept / "keep.txt").read_text() == "mine"
    assert state.store.problems or state.settings.problem


def test_a_file_where_the_journal_folder_should_be_is_set_aside(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder(folder)
    for shard in (folder / "journal").iterdir():
        shard.unlink()
    (folder / "journal").rmdir()
    (folder / "journal").write_bytes(b"not a folder")
    state = start_like_the_app(folder)
    (kept,) = folder.glob("journal.broken-*")
    assert kept.read_bytes() == b"not a folder"
    assert any("journal" in problem.message for problem in state.store.problems)
    JournalStore(state).add(parse_entry({"time": NOW.isoformat(), "pain_now": 2, "level": "none"}))
    assert len(JournalStore(start_like_the_app(folder)).entries()) == 1


def test_the_start_removes_only_its_own_half_written_files(tmp_path: Path) -> None:
    """The data folder may be one the person uses for other things: a temporary file
    another program keeps there (named just like the app's own) is theirs, never
    deleted; what the app itself left when it was killed mid-write is cleaned up."""
    make_folder(tmp_path)
    theirs = [
        tmp_path / "Documents" / "thesis" / ".chapter1.docx.0123456789abcdef.tmp",
        tmp_path / "Documents" / ".settings.json.0123456789abcdef.tmp",
        tmp_path / ".chapter1.docx.0123456789abcdef.tmp",
        tmp_path / "journal" / ".notes.txt.0123456789abcdef.tmp",
    ]
    ours = [
        tmp_path / ".settings.json.0123456789abcdef.tmp",
        tmp_path / ".store.json.fedcba9876543210.tmp",
        tmp_path / ".timers.json.fedcba9876543210.tmp",
        tmp_path / f".{LOG_NAME}.fedcba9876543210.tmp",
        tmp_path / "journal" / ".2026.json.0123456789abcdef.tmp",
        tmp_path / "events" / ".2025.json.0123456789abcdef.tmp",
    ]
    for path in theirs + ours:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("draft", encoding="utf-8")
    start_like_the_app(tmp_path)
    assert [p for p in theirs if not p.exists()] == []
    assert [p for p in ours if p.exists()] == []
    assert theirs[0].read_text(encoding="utf-8") == "draft"
