"""Home's journal and check cards when the newest entry or check is over a year old: the
day it was made, not a count of days. Before, an entry from 1970 read "Last entry 20521
days ago."."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import CHECKS, JOURNAL, AppState
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import NERVE
from tests.helpers.clock import FakeClock
from tests.helpers.qt import visible_text

MakeWindow = Callable[..., MainWindow]
ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 9, 10, 30, tzinfo=ZONE)


def add(state: AppState, when: datetime) -> None:
    entry = parse_entry({"time": when.isoformat(), "pain_now": 3, "level": "calf", "side": "left"})
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


@pytest.mark.parametrize(
    ("language", "made", "said"),
    [
        ("en", datetime(1970, 1, 2, 9, 0, tzinfo=ZONE), "Last entry on 2 January 1970."),
        ("en", datetime(2019, 3, 3, 9, 0, tzinfo=ZONE), "Last entry on 3 March 2019."),
        ("en", NOW - timedelta(days=365), "Last entry 365 days ago."),  # a year: still days
        ("es", datetime(2019, 3, 3, 9, 0, tzinfo=ZONE), "Última anotación: el 3 de marzo de 2019."),
        ("es", NOW - timedelta(days=40), "Última anotación: hace 40 días."),
    ],
)
def test_an_entry_over_a_year_old_is_told_by_its_date(
    make_window: MakeWindow,
    qapp: QApplication,
    tmp_path: Path,
    clock: FakeClock,
    language: str,
    made: datetime,
    said: str,
) -> None:
    clock.current = NOW
    state = AppState.open(tmp_path / "data", now=clock, language=language)
    state.settings.update(welcome_done=True, emergency_number="112", language=language)
    add(state, made)
    assert install_translators(qapp, language)
    try:
        text = visible_text(make_window(state, page="home").page("home"))
    finally:
        assert install_translators(qapp, "en")
    assert said in text, text


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "Last done on 3 March 2019."), ("es", "Hecha por última vez el 3 de marzo de 2019.")],
)
def test_a_check_over_a_year_old_is_told_by_its_date(
    make_window: MakeWindow,
    qapp: QApplication,
    tmp_path: Path,
    clock: FakeClock,
    language: str,
    said: str,
) -> None:
    """The check's card said "Last done 2563 days ago." of a check from 2019."""
    clock.current = NOW
    state = AppState.open(tmp_path / "data", now=clock, language=language)
    state.settings.update(welcome_done=True, emergency_number="112", language=language)
    done = datetime(2019, 3, 3, 9, 0, tzinfo=ZONE)
    record = check_record(evaluate(load_triage(language=language), NERVE), done)
    state.store.table(CHECKS).insert(record.to_dict())
    assert install_translators(qapp, language)
    try:
        text = visible_text(make_window(state, page="home").page("home"))
    finally:
        assert install_translators(qapp, "en")
    assert said in text, text
    assert "2563" not in text
