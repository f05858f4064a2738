"""Home's "Pain then" is the pain of the entry made last, also when the journal's year
files are read across New Year by entries made on clocks in other zones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.qt import visible_text

MakeWindow = Callable[..., MainWindow]
NEW_YORK = timezone(timedelta(hours=-5))
TOKYO = timezone(timedelta(hours=9))


def add(state: AppState, when: datetime, pain: int) -> None:
    entry = parse_entry(
        {"time": when.isoformat(), "pain_now": pain, "level": "calf", "side": "left"}
    )
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


def test_pain_then_is_the_last_entrys_across_new_year(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """New Year's Eve in New York. At 18:00 an entry with pain 7 was saved while the
    computer was still on Tokyo time (08:00 on 1 January: the 2027 file); at 20:00 one
    with pain 2 on New York time (31 December: the 2026 file). Home opens at 21:00."""
    add(returning_state, datetime(2027, 1, 1, 8, 0, tzinfo=TOKYO), 7)
    add(returning_state, datetime(2026, 12, 31, 20, 0, tzinfo=NEW_YORK), 2)
    clock.current = datetime(2026, 12, 31, 21, 0, tzinfo=NEW_YORK)
    text = visible_text(make_window(returning_state, page="home").page("home"))
    assert "Pain then: 2 out of 10." in text, text
    assert "Entries in the last 7 days: 2." in text
