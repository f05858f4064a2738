"""A new entry in the hour that repeats when clocks go back keeps the offset in force
when it was made (Europe/London, 25 October 2026: 01:30 comes first in summer time,
+01:00, then again an hour later in winter time, +00:00)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form, stored
from tests.helpers.qt import click
from tests.helpers.zone import NAMED_ZONES, system_zone
from tests.helpers.zone import london_on_clocks_back as as_made_here

pytestmark = NAMED_ZONES


@pytest.fixture
def in_london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with system_zone(monkeypatch, "Europe/London"):
        yield


@pytest.mark.parametrize(
    ("utc_hour", "stored_time"),
    [(0, "2026-10-25T01:30:00+01:00"), (1, "2026-10-25T01:30:00+00:00")],
    ids=["first 01:30, summer time", "second 01:30, winter time"],
)
def test_a_new_entry_in_the_repeated_hour_keeps_the_offset_in_force(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    in_london: None,
    utc_hour: int,
    stored_time: str,
) -> None:
    clock.current = as_made_here(utc_hour, 30)
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.pain_now.buttons[4])
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    click(qtbot, form.save_button)
    [data] = stored(returning_state)
    assert data["time"] == stored_time
    # Not an hour before it was made: the entry is where it happened on the graph.
    assert datetime.fromisoformat(str(data["time"])) == clock()
