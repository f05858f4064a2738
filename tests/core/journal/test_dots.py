"""The graph's dots: big enough to find, never so big that neighbours run together."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from companion.core.journal.series import DAY, dot_px


def test_a_lone_entry_is_a_dot_as_big_as_the_text_says() -> None:
    assert dot_px(17, [5.0], 0.0, 10.0, 600) == 10  # 0.6 of a 17 px line, at least 10
    assert dot_px(30, [5.0], 0.0, 10.0, 600) == 18  # the largest text


def test_daily_entries_over_three_months_are_dots_that_do_not_touch() -> None:
    """A month of daily entries in a 3-month view, 690 px wide: days 7.6 px apart. The
    11 px dots ran into one chain of beads (and 30 px ones in the report)."""
    days = [float(day * DAY) for day in range(40)]
    size = dot_px(19, days, 0.0, 91 * DAY, 690)
    assert 5 <= size <= 7


@given(
    st.lists(st.floats(0, 1e6), min_size=0, max_size=60).map(sorted),
    st.integers(8, 60),
    st.floats(10, 4000),
)
def test_a_dot_is_never_wider_than_its_neighbours_are_apart_nor_too_small(
    times: list[float], line: int, width: float
) -> None:
    size = dot_px(line, times, 0.0, 1e6, width)
    assert 5 <= size <= max(10, round(line * 0.6))
    gaps = [b - a for a, b in itertools.pairwise(times)]
    if gaps and size > 5:
        assert size <= min(gaps) * width / 1e6
