"""Home's next step offers the guided check "again" only once one was done: with journal
entries and no check, it offered "Take the guided check again" above a tile saying
"Guided check: Not done yet."."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QPushButton

from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import CHECKS, JOURNAL, AppState
from tests.helpers.answers import NERVE
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow


def _buttons(make_window: MakeWindow, state: AppState) -> list[str]:
    home = make_window(state, page="home").page("home")
    return [b.text() for b in home.findChildren(QPushButton) if b.isVisibleTo(home)]


def test_the_check_is_offered_again_only_after_one_was_done(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    yesterday = clock() - timedelta(days=1)
    entry = parse_entry(
        {"time": yesterday.isoformat(), "pain_now": 4, "level": "calf", "side": "left"}
    )
    returning_state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    offered = _buttons(make_window, returning_state)
    assert "Add today's entry" in offered
    assert "Take the guided check" in offered and "Take the guided check again" not in offered
    record = check_record(evaluate(load_triage(), NERVE), yesterday)
    returning_state.store.table(CHECKS).insert(record.to_dict())
    offered = _buttons(make_window, returning_state)
    assert "Take the guided check again" in offered and "Take the guided check" not in offered
