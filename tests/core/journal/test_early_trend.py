"""The early direction: a new journal names a direction after about a week, worded as
early; the 14-day comparison takes over; a weaker or more numb leg still wins."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import LEVELS, NUMBNESS, WEAKNESS, Entry, parse_entry
from companion.core.journal.trend import (
    RETREATING,
    SPREADING,
    STEADY,
    TOO_LITTLE,
    WEAKER,
    classify_trend,
    describe_trend,
    load_trend_content,
    read_trend_content,
)
from companion.core.shared.content import ContentError
from companion.core.shared.resources import resource_dir
from tests.helpers.journal_days import WEEK_UP

NOW = datetime(2026, 3, 9, 21, 0, tzinfo=timezone(timedelta(hours=1)))


def entry(days_ago: float, level: str, feelings: tuple[str, ...] = ()) -> Entry:
    return parse_entry(
        {
            "time": (NOW - timedelta(days=days_ago)).isoformat(),
            "pain_now": 4,
            "level": level,
            "side": None if level == "none" else "left",
            "feelings": list(feelings),
        },
        now=NOW,
    )


def week(levels: list[str], feelings: list[tuple[str, ...]] | None = None) -> list[Entry]:
    feelings = feelings or [()] * len(levels)
    n = len(levels)
    return [entry(n - 1 - i, level, feelings[i]) for i, level in enumerate(levels)]


def test_a_week_drawing_back_up_the_leg_reads_as_an_early_retreat() -> None:
    trend = classify_trend(week(WEEK_UP), NOW)
    assert trend.kind == RETREATING and trend.early and trend.early_days == 7
    assert trend.first_level == LEVELS.index("calf") - 1 / 3  # calf, calf, lower thigh
    words = describe_trend(trend, load_trend_content(), "112")
    assert words.title.startswith("Early sign")
    assert "early look at 7 days" in words.text
    assert words.same_day is None and words.warning is None


def test_a_week_spreading_down_is_early_spreading_and_points_to_the_warning_signs() -> None:
    trend = classify_trend(week(list(reversed(WEEK_UP))), NOW)
    assert trend.kind == SPREADING and trend.early
    words = describe_trend(trend, load_trend_content(), "112")
    assert words.title.startswith("Early sign") and words.link == "Check the warning signs"


def test_half_a_level_is_not_enough_for_an_early_direction() -> None:
    levels = ["calf", "calf", "calf", "lower_thigh_knee", "calf", "lower_thigh_knee"]
    trend = classify_trend(week(levels), NOW)
    assert trend.kind == STEADY and trend.early


def test_too_few_days_or_too_short_a_span_shows_no_direction_and_says_what_is_needed() -> None:
    three_days = week(["calf", "buttock", "buttock"])
    assert classify_trend(three_days, NOW).kind == TOO_LITTLE
    # Four entries on four days in a row span only four days.
    four_in_a_row = week(["calf", "calf", "buttock", "buttock"])
    assert classify_trend(four_in_a_row, NOW).kind == TOO_LITTLE
    # Many entries on one day are one day.
    same_day = [entry(0.01 * i, "calf") for i in range(10)]
    trend = classify_trend(same_day, NOW)
    assert trend.kind == TOO_LITTLE
    words = describe_trend(trend, load_trend_content(), "112")
    assert "4 different days" in words.text and "5 days" in words.text


def test_the_day_counts_by_its_furthest_reach() -> None:
    entries = week(WEEK_UP)
    # An evening entry down at the calf on each of the last days: no retreat at all.
    extra = [entry(d + 0.01, "calf") for d in range(3)]
    trend = classify_trend(sorted(entries + extra, key=lambda e: e.time), NOW)
    assert trend.kind != RETREATING


def test_new_weakness_over_the_early_days_wins_over_the_retreat() -> None:
    feelings = [(), (), (), (), (WEAKNESS,), (WEAKNESS,), (NUMBNESS,)]
    trend = classify_trend(week(WEEK_UP, feelings), NOW)
    assert trend.kind == WEAKER and trend.direction == RETREATING
    words = describe_trend(trend, load_trend_content(), "112")
    assert words.same_day is not None and not words.title.startswith("Early sign")


def test_the_fourteen_day_comparison_takes_over_once_there_is_enough() -> None:
    # Three weeks of daily entries: the earlier period now holds enough entries.
    entries = [entry(d, "calf" if d >= 14 else "buttock") for d in range(20, -1, -1)]
    trend = classify_trend(entries, NOW)
    assert trend.kind == RETREATING and not trend.early
    words = describe_trend(trend, load_trend_content(), "112")
    assert not words.title.startswith("Early sign")


@settings(max_examples=120, deadline=None)
@given(
    levels=st.lists(st.sampled_from(LEVELS), min_size=5, max_size=14),
    loss=st.sampled_from([(WEAKNESS,), (NUMBNESS,), (WEAKNESS, NUMBNESS)]),
)
def test_an_early_retreat_is_never_good_while_weakness_or_numbness_grows(
    levels: list[str], loss: tuple[str, ...]
) -> None:
    """Weakness or numbness ticked in the latest days only: whatever the pain did, the
    trend is `weaker` with the same-day advice, never the early retreat's words."""
    n = len(levels)
    feelings = [loss if i >= n - n // 2 else () for i in range(n)]
    trend = classify_trend(week(levels, feelings), NOW)
    words = describe_trend(trend, load_trend_content(), "112")
    good = load_trend_content().person.early_texts[RETREATING]
    assert trend.kind == WEAKER
    assert words.title != good.title and words.same_day is not None


def test_the_early_numbers_are_checked_on_load_naming_file_and_key(tmp_path: Path) -> None:
    source = resource_dir("content") / "en"
    for relative in ("journal/trend.toml", "shared/get_help.toml"):
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((source / relative).read_text(encoding="utf-8"), encoding="utf-8")
    trend_file = tmp_path / "journal" / "trend.toml"
    original = trend_file.read_text(encoding="utf-8")
    for old, new, key in (
        ("early_min_days = 4", "early_min_days = 1", "early_min_days"),
        ("early_span_days = 5", "early_span_days = 30", "early_span_days"),
        ("early_level_change = 1.0", "early_level_change = 0.1", "early_level_change"),
        ("early_level_change = 1.0", 'early_level_change = "one"', "early_level_change"),
        ("[early_steady]\ntitle", "[early_steady]\nname", "early_steady.name"),
        ("min_days = 3", "min_days = 2", "insights.min_days"),
    ):
        trend_file.write_text(original.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(ContentError) as error:
            read_trend_content(tmp_path)
        assert "trend.toml" in str(error.value) and key in str(error.value)
    # A unit's words hold the number and nothing else the app fills in ({time} there
    # would be shown to the person as it is).
    for phrase in ('"a while"', '"about {n} months since {time}"'):
        trend_file.write_text(original.replace('"about {n} months"', phrase), encoding="utf-8")
        with pytest.raises(ContentError, match=r"trend\.toml.*no_improvement\.months.*\{n\}"):
            read_trend_content(tmp_path)
    trend_file.write_text(original.replace("{days}", "some", 1), encoding="utf-8")
    with pytest.raises(ContentError, match=r"early_retreating\.text: should contain"):
        read_trend_content(tmp_path)


def test_describe_keeps_every_early_placeholder_filled() -> None:
    content = load_trend_content()
    for levels in (WEEK_UP, list(reversed(WEEK_UP)), ["calf"] * 6, ["calf"]):
        words = describe_trend(classify_trend(week(levels), NOW), content, "112")
        assert "{" not in words.title + words.text
    assert replace(classify_trend([], NOW)).kind == TOO_LITTLE


@pytest.mark.parametrize("language", ["en", "es"])
def test_after_a_gap_the_early_words_are_about_the_days_since(language: str) -> None:
    """Months of entries, a gap, then a week: "since you started again" in each language;
    a journal begun three weeks ago with a thin start keeps the first-time words."""
    content = load_trend_content(language=language)
    months = [entry(days_ago, "calf") for days_ago in range(120, 40, -1)]
    trend = classify_trend([*months, *week(WEEK_UP)], NOW)
    assert trend.early and trend.again and trend.kind == RETREATING
    words = describe_trend(trend, content, "112").text
    assert words == content.person.early_texts_again[RETREATING].replace("{days}", "7")
    new = classify_trend([entry(20, "calf"), *week(WEEK_UP)], NOW)
    assert new.early and not new.again
    first_time = content.person.early_texts[RETREATING].text.replace("{days}", "7")
    assert describe_trend(new, content, "112").text == first_time


@pytest.mark.parametrize("last_days_ago", [15, 20, 400])
def test_a_journal_left_for_a_while_says_no_recent_entries_not_too_few(
    last_days_ago: int,
) -> None:
    """Months of daily entries, the last one 20 days ago: it said "Not enough entries yet
    to show a direction ... After entries on 4 different days", under thousands."""
    entries = [entry(last_days_ago + days, "calf") for days in range(200, -1, -1)]
    trend = classify_trend(entries, NOW)
    assert trend.kind == TOO_LITTLE and trend.recent_count == 0
    content = load_trend_content()
    words = describe_trend(trend, content, "112")
    assert words.title == "No entries in the last 14 days"
    assert "Add an entry today" in words.text and "Not enough" not in words.title
    report = describe_trend(trend, content, "112", report=True)
    assert report.text.startswith("There are no entries in the last 14 days")
    spanish = describe_trend(trend, load_trend_content(language="es"), "112")
    assert spanish.title == "No hay anotaciones de los últimos 14 días"


def test_a_new_journal_still_says_what_comes_first() -> None:
    words = describe_trend(classify_trend(week(["calf", "calf"]), NOW), load_trend_content(), "112")
    assert words.title == "Not enough entries yet to show a direction"
