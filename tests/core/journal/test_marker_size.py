"""The graph's markers (heat, ice, breaks, checks): they grow with the text as the dots
do, never run into the next marker of their kind, and keep a size at which their shapes
differ."""

from __future__ import annotations

import itertools

from hypothesis import example, given
from hypothesis import strategies as st

from companion.core.journal.series import DAY, MARKER_LEAST, dot_px, marker_px


def test_markers_grow_with_the_text_and_stay_larger_than_the_dots() -> None:
    """They were 11 px at any text size: beside the largest text's 18 px dots, small."""
    for line, size in ((17, 11), (18, 12), (30, 20)):
        assert marker_px(line, [[5.0]], 0.0, 10.0, 600) == size
        assert size > dot_px(line, [5.0], 0.0, 10.0, 600)


def test_daily_breaks_in_the_report_do_not_run_into_a_chain() -> None:
    """70 days of daily breaks across the report's 750 px: 10.7 px apart, 11 px circles."""
    days = [float(day * DAY) for day in range(70)]
    assert marker_px(18, [days, days[::3]], 0.0, 70 * DAY, 750) == 10


def test_only_markers_of_one_kind_are_compared() -> None:
    """Heat and ice on the same day sit in different rows: they never touch."""
    assert marker_px(30, [[DAY], [DAY + 60.0]], 0.0, 14 * DAY, 600) == 20


@given(
    st.lists(st.lists(st.floats(0, 1e6), max_size=30).map(sorted), max_size=4),
    st.integers(8, 60),
    st.floats(10, 4000),
    st.floats(0, 5e5),
    st.floats(5e5, 1e6),
)
# A view of one instant (start == end) has no scale to fit markers to: full size.
@example(rows=[[500000.0, 500000.0]], line=8, width=10.0, start=500000.0, end=500000.0)
def test_a_marker_is_legible_grows_with_the_text_and_fits_between_its_neighbours(
    rows: list[list[float]], line: int, width: float, start: float, end: float
) -> None:
    size = marker_px(line, rows, start, end, width)
    largest = max(11, round(line * 0.65))
    assert MARKER_LEAST <= size <= largest
    shown = [[t for t in row if start <= t <= end] for row in rows]
    gaps = [b - a for row in shown for a, b in itertools.pairwise(row)]
    if end == start:
        assert size == largest
    elif not gaps:
        assert size == largest > dot_px(line, [], start, end, width)  # beside a lone dot
    elif size > MARKER_LEAST:
        assert size <= min(gaps) * width / (end - start)
