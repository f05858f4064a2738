"""The journal's figures, an entry's summary and the graph's series, decided in the core
and read by the list, the graph and the clinician's report alike."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.choices import load_journal_content
from companion.core.journal.entry import LEVELS, parse_entry
from companion.core.journal.figures import figures_of, periods
from companion.core.journal.series import (
    CHECK,
    WEEK,
    MarkerDays,
    chart_series,
    weekly_means,
)
from companion.core.journal.summary import summarize_entry
from companion.core.shared.records import BREAK_TAKEN, HEAT, TimerEvent
from tests.helpers.journal_days import NOW, day


def test_periods_split_the_last_days_from_the_span_before() -> None:
    entries = [day(d, LEVELS[2], pain=2) for d in (20, 16, 15)] + [
        day(d, LEVELS[4], pain=6, walk=10) for d in (13, 1, 0)
    ]
    split = periods(entries, NOW, 14)
    assert split.recent_figures.count == 3 and split.earlier_figures.count == 3
    assert split.recent_figures.pain == 6 and split.earlier_figures.pain == 2
    assert split.recent_figures.walk == 10 and split.earlier_figures.walk is None
    assert figures_of([]).level is None


def test_a_summary_holds_the_entry_in_the_journals_words() -> None:
    content = load_journal_content()
    entry = parse_entry(
        {
            "time": NOW.isoformat(),
            "pain_now": 4,
            "pain_worst": 7,
            "level": LEVELS[3],
            "side": "both",
            "done": ["heat"],
            "warning_signs": ["saddle_numbness"],
            "note": "first line\nsecond line",
        },
        now=NOW,
    )
    summary = summarize_entry(entry, content)
    assert (summary.pain, summary.worst) == (4, 7)
    assert summary.reach == content.level(LEVELS[3]).label
    assert summary.side == content.label("sides", "both")
    assert summary.done == (content.label("done", "heat"),)
    assert summary.warning_signs and summary.note_first_line == "first line"


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        ("=1+1 then\ttab and line\nsecond", "=1+1 then tab and line"),
        ("\n\n  words   after  empty lines\r\nmore", "words after empty lines"),
        (" \t \n", ""),
    ],
)
def test_the_notes_line_in_the_list_is_its_first_words_on_one_line(note: str, shown: str) -> None:
    content = load_journal_content()
    entry = parse_entry(
        {"time": NOW.isoformat(), "pain_now": 4, "level": "none", "note": note}, now=NOW
    )
    assert summarize_entry(entry, content).note_first_line == shown


def test_series_leave_a_gap_only_where_an_entry_has_no_figure() -> None:
    entries = [day(2, LEVELS[1], walk=5), day(1, LEVELS[2]), day(0, LEVELS[3], walk=7)]
    series = chart_series(entries)
    assert len(series["level"][0]) == len(series["pain"][0]) == 3
    assert series["walk"][1] == [5.0, 7.0]
    assert series["worst"] == ([], [])


@settings(max_examples=50)
@given(st.lists(st.tuples(st.floats(0, 400 * 86400), st.floats(0, 10)), min_size=1, max_size=60))
def test_weekly_means_keep_the_overall_range_and_one_point_per_week(
    points: list[tuple[float, float]],
) -> None:
    points.sort()
    times, values = [t for t, _ in points], [v for _, v in points]
    middles, means = weekly_means((times, values))
    assert len(middles) == len({int((t - times[0]) // WEEK) for t in times})
    assert min(values) - 1e-9 <= min(means) and max(means) <= max(values) + 1e-9


def test_marker_days_count_timed_sessions_and_name_what_entries_noted() -> None:
    heat = TimerEvent(NOW - timedelta(hours=3), HEAT, 15.0, {})
    again = TimerEvent(NOW - timedelta(hours=2), HEAT, 10.0, {})
    markers = MarkerDays([heat, again], [])
    breaks_noted = parse_entry(
        {
            "time": NOW.isoformat(),
            "pain_now": 1,
            "level": LEVELS[1],
            "side": "left",
            "done": ["breaks"],
        },
        now=NOW,
    )
    today: date = NOW.date()
    on_day = markers.on_day(today, [breaks_noted])
    assert [(m.kind, m.count, m.minutes) for m in on_day.timed] == [(HEAT, 2, 25.0)]
    assert on_day.noted == (BREAK_TAKEN,)
    times = markers.with_entries([breaks_noted])
    assert len(times[HEAT]) == 1 and len(times[BREAK_TAKEN]) == 1 and times[CHECK] == []
