"""The trend in words: retreating, steady, spreading, too little data, and 6 weeks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from companion.core.journal import LEVELS, Entry, parse_entry
from companion.core.trend import (
    RETREATING,
    SPREADING,
    STEADY,
    TOO_LITTLE,
    classify_trend,
    describe_trend,
    load_trend_content,
)

NOW = datetime(2026, 3, 9, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def day(days_ago: float, level: str, pain: int = 4, walk: float | None = None) -> Entry:
    return parse_entry(
        {
            "time": (NOW - timedelta(days=days_ago)).isoformat(),
            "pain_now": pain,
            "level": level,
            "side": "left",
            "walk_minutes": walk,
        },
        now=NOW,
    )


def series(earlier: str, recent: str, *, pain: tuple[int, int] = (4, 4)) -> list[Entry]:
    older = [day(d, earlier, pain[0], walk=5) for d in range(27, 14, -1)]
    newer = [day(d, recent, pain[1], walk=9) for d in range(13, -1, -1)]
    return older + newer


def test_pain_moving_up_the_leg_is_retreating() -> None:
    trend = classify_trend(series("calf", "upper_thigh"), NOW)
    assert trend.kind == RETREATING
    assert trend.earlier_level == LEVELS.index("calf")
    assert trend.recent_level == LEVELS.index("upper_thigh")
    assert trend.recent_walk == 9 and trend.earlier_walk == 5
    assert not trend.check_warning_signs


def test_pain_moving_down_the_leg_is_spreading_and_points_to_the_warning_signs() -> None:
    trend = classify_trend(series("buttock", "calf"), NOW)
    assert trend.kind == SPREADING
    assert trend.check_warning_signs
    words = describe_trend(trend, load_trend_content())
    assert words.warning and "warning signs" in words.warning
    assert words.link == "Check the warning signs"


def test_a_small_change_is_steady() -> None:
    entries = series("upper_thigh", "upper_thigh")
    entries[-1] = day(0, "lower_thigh_knee")  # one day lower: less than half a level on average
    assert classify_trend(entries, NOW).kind == STEADY


def test_too_few_entries_in_either_period_is_too_little_data() -> None:
    few = [day(20, "calf"), day(18, "calf"), *[day(d, "buttock") for d in range(5)]]
    trend = classify_trend(few, NOW)
    assert trend.kind == TOO_LITTLE
    assert (trend.earlier_count, trend.recent_count) == (2, 5)
    words = describe_trend(trend, load_trend_content())
    assert "at least 3 entries" in words.text
    assert classify_trend([], NOW).kind == TOO_LITTLE


def test_entries_in_the_future_or_older_than_four_weeks_do_not_count() -> None:
    entries = [day(60, "ankle_foot") for _ in range(5)] + series("calf", "calf")
    trend = classify_trend(entries, NOW)
    assert trend.earlier_count == 13 and trend.recent_count == 14
    assert trend.kind == STEADY


def test_no_clear_improvement_after_six_weeks_suggests_a_clinician() -> None:
    start = [day(d, "calf", 6) for d in range(50, 36, -1)]
    entries = start + series("calf", "calf", pain=(6, 5))
    trend = classify_trend(entries, NOW)
    assert trend.days_tracked == 50 and trend.no_improvement
    words = describe_trend(trend, load_trend_content())
    assert words.clinician is not None
    assert "7 weeks" in words.clinician.title
    assert "clinician" in words.clinician.text


def test_clear_improvement_or_a_short_journal_does_not_suggest_a_clinician() -> None:
    start = [day(d, "calf", 7) for d in range(50, 36, -1)]
    eased = start + series("calf", "calf", pain=(6, 4))  # pain 7 -> 4: a clear change
    assert not classify_trend(eased, NOW).no_improvement
    retreated = start + series("calf", "upper_thigh", pain=(7, 7))
    assert not classify_trend(retreated, NOW).no_improvement
    assert not classify_trend(series("calf", "calf"), NOW).no_improvement  # 27 days only
    gone = start + series("none", "none", pain=(0, 0))
    assert not classify_trend(gone, NOW).no_improvement


def test_every_trend_kind_has_words() -> None:
    content = load_trend_content()
    for entries in (series("calf", "buttock"), series("calf", "calf"), []):
        words = describe_trend(classify_trend(entries, NOW), content)
        assert words.title and words.text and "{" not in words.text
