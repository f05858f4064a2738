"""After each save, change, delete, undo and import, the Journal page updates only what
changed (the graph works out one day again), yet shows exactly what a page built afresh
on the same journal shows: graph, markers, list, trend and what seems to help."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta, timezone

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import LEVELS, Entry, parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.records import EVENTS, HEAT, CheckRecord, TimerEvent
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click


def entry(clock: FakeClock, days_ago: float, depth: int, **more: object) -> Entry:
    return parse_entry(
        {
            "time": (clock() - timedelta(days=days_ago)).isoformat(),
            "pain_now": depth + 1,
            "pain_worst": depth + 2 if depth % 2 else None,
            "level": LEVELS[depth],
            "side": None if depth == 0 else "left",
            "walk_minutes": float(depth * 3) if depth % 3 else None,
            "done": ["heat"] if depth % 2 else ["ice", "breaks"],
            **more,
        }
    )


def open_page(qtbot: QtBot, state: AppState) -> JournalPage:
    page = JournalPage(state)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitUntil(lambda: page.journal.complete)
    return page


def given(data: object) -> list[float]:
    """A plot's data as a list (pyqtgraph keeps None for no points)."""
    return [] if data is None else [float(v) for v in data]  # type: ignore[attr-defined]


def list_widgets(page: JournalPage) -> list[QWidget]:
    """The list's widgets as its layout holds them, top to bottom (it holds nothing else:
    the room above a day is its heading's own margin)."""
    box = page.list_box
    items = [box.itemAt(index) for index in range(box.count())]
    widgets = [item.widget() if item is not None else None for item in items]
    assert all(widgets), "the list holds something other than its rows and headings"
    return [widget for widget in widgets if widget is not None]


def laid_out(page: JournalPage) -> list[str]:
    """The list top to bottom: each row's or heading's words (a row's as a screen reader
    hears them), a heading's with the room above it."""
    return [
        f"{widget.text()} +{widget.contentsMargins().top()}"
        if isinstance(widget, QLabel)
        else widget.accessibleName()
        for widget in list_widgets(page)
    ]


def list_shows(page: JournalPage) -> bool:
    """Every row and heading in the list is shown (Qt shows one put in a layout on the
    next turn of the event loop)."""
    return all(widget.isVisibleTo(page) for widget in list_widgets(page))


def what_shows(page: JournalPage) -> dict[str, object]:
    """Everything a person reads on the page after the change, as plain values."""
    chart = page.chart
    assert chart is not None
    return {
        "series": {name: (list(x), list(y)) for name, (x, y) in chart.series.items()},
        "entries": list(chart.entries),
        "xs": list(chart.xs),
        "markers": {kind: list(xs) for kind, xs in chart.marker_xs.items()},
        # What the plots were given (all of it, whatever part is in view).
        "curves": [(given(c.xData), given(c.yData)) for c in chart._curves().values()],
        "marker items": [given(item.xData) for item in chart.marker_items.values()],
        "details": chart.details.text(),
        "list": page.listing,
        "rows": [(row.when.text(), row.summary.text()) for row in page.rows],
        "check rows": [row.when.text() for row in page.check_rows.values()],
        "headings": [heading.text() for heading in page.day_headings],
        "laid out": laid_out(page),
        "summary": page.summary.to_dict(),
        "trend": (page.trend_card.title.text(), page.trend_card.text.text()),
        "insights": page.insights_card.texts,
        "figures": page.numbers_label.text(),
    }


def test_every_change_shows_what_a_fresh_page_shows(
    qtbot: QtBot, returning_state: AppState, clock: FakeClock
) -> None:
    state = returning_state
    journal = state.store.partitioned(JOURNAL, "time")
    # Two entries a day over more than a year (so over two year files), some in another
    # time zone, and timer sessions on some days.
    for days_ago in range(420, 0, -3):
        journal.insert(entry(clock, days_ago, days_ago % len(LEVELS)).to_dict())
        journal.insert(entry(clock, days_ago - 0.3, (days_ago + 2) % len(LEVELS)).to_dict())
    events = state.store.partitioned(EVENTS, "time")
    for days_ago in range(60, 0, -4):
        events.insert(TimerEvent(clock() - timedelta(days=days_ago), HEAT, 20.0).to_dict())
    # A check this morning: a row among the entries' rows and a marker.
    state.save_check(
        CheckRecord(clock() - timedelta(hours=2), "self_care", "sciatic_nerve", (), "A check.")
    )
    page = open_page(qtbot, state)
    far = timezone(timedelta(hours=-9))

    def save_through_the_form() -> None:
        page.new_entry()
        form = page.form
        assert isinstance(form, JournalForm)
        click(qtbot, form.save_button)

    def first_id(years_ago: int) -> str:
        year = str(clock().year - years_ago)
        return next(item.id for item in page.journal.entries() if item.id.startswith(year))

    steps: list[Callable[[], object]] = [
        save_through_the_form,  # today, a second entry
        lambda: page.journal.add(entry(clock, 200.5, 6)),  # last year, between two days
        # The same moment as another entry, in a time zone where it is another day.
        lambda: page.journal.add(
            replace(entry(clock, 30, 4), time=(clock() - timedelta(days=30)).astimezone(far))
        ),
        lambda: page.journal.edit(first_id(1), entry(clock, 0.1, 5)),  # moved to this year
        lambda: page.journal.delete(page.journal.latest(3)[2].id),
        page.undo,
        page.undo,
        lambda: page.journal.import_entries([entry(clock, d + 0.5, 2) for d in range(1, 40, 7)]),
        lambda: page.journal.delete(first_id(0)),
        page.undo,  # the import's entries stay; the deleted one is back
    ]
    for step in steps:
        step()
        qtbot.waitUntil(lambda: list_shows(page))
        fresh = open_page(qtbot, state)
        qtbot.waitUntil(lambda fresh=fresh: list_shows(fresh))
        assert what_shows(page) == what_shows(fresh)
        fresh.close()
