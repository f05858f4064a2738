"""The trend in words: retreating, steady, spreading, too little data, 6 weeks, and a
leg growing weaker or more numb, which no retreat can outweigh."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import (
    LEVELS,
    NUMBNESS,
    WEAKNESS,
    WEAKNESS_WORSENING,
    Entry,
)
from companion.core.journal.trend import (
    RETREATING,
    SPREADING,
    STEADY,
    TOO_LITTLE,
    WEAKER,
    TrendWords,
    classify_trend,
    describe_trend,
    load_trend_content,
)
from companion.core.shared.get_help import load_get_help
from tests.helpers.journal_days import NOW, day

NUMBER = "112"


def series(
    earlier: str,
    recent: str,
    *,
    pain: tuple[int, int] = (4, 4),
    feelings: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> list[Entry]:
    older = [day(d, earlier, pain[0], walk=5, feelings=feelings[0]) for d in range(27, 14, -1)]
    newer = [day(d, recent, pain[1], walk=9, feelings=feelings[1]) for d in range(13, -1, -1)]
    return older + newer


def words_for(entries: list[Entry]) -> TrendWords:
    return describe_trend(classify_trend(entries, NOW), load_trend_content(), NUMBER)


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
    words = describe_trend(trend, load_trend_content(), NUMBER)
    shared = load_get_help()
    # The warning is the app's shared "when to get help" wording, number filled in.
    assert words.warning == shared.footer_text().replace("{emergency_number}", NUMBER)
    assert "Call 112" in words.warning and "genitals or back passage" in words.warning
    assert words.link == "Check the warning signs"
    assert words.same_day is None


def test_a_small_change_is_steady() -> None:
    entries = series("upper_thigh", "upper_thigh")
    entries[-1] = day(0, "lower_thigh_knee")  # one day lower: less than half a level on average
    assert classify_trend(entries, NOW).kind == STEADY


def test_too_few_entries_in_either_period_is_too_little_data() -> None:
    few = [
        day(20, "calf"),
        day(18, "calf"),
        day(16, "calf"),
        *[day(d, "buttock") for d in range(2)],
    ]
    trend = classify_trend(few, NOW)
    assert trend.kind == TOO_LITTLE and not trend.early
    assert (trend.earlier_count, trend.recent_count) == (3, 2)
    words = describe_trend(trend, load_trend_content(), NUMBER)
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
    words = describe_trend(trend, load_trend_content(), NUMBER)
    assert words.clinician is not None
    assert "7 weeks" in words.clinician.title
    assert "clinician" in words.clinician.text


def test_after_a_gap_nothing_is_compared_across_it_or_called_kept_all_along() -> None:
    """Four weeks of entries, nothing for six weeks, then five days: the 14-day
    periods hold only the five days (an early look), and the clinician's suggestion
    says when the first entries were, not that the journal was kept for ten weeks."""
    before = [day(d, "calf", 5) for d in range(70, 42, -1)]
    after = [day(d, "calf", 5) for d in range(4, -1, -1)]
    trend = classify_trend(before + after, NOW)
    assert (trend.recent_count, trend.earlier_count) == (5, 0)
    assert trend.early and trend.kind == STEADY
    for language, said in (
        ("en", "Your first entries were about 10 weeks ago, and since then the pain"),
        ("es", "Sus primeras anotaciones son de hace unas 10 semanas y, desde entonces,"),
    ):
        words = describe_trend(trend, load_trend_content(language=language), NUMBER)
        assert words.clinician is not None and words.clinician.text.startswith(said)
        assert "kept track for" not in words.clinician.text


@pytest.mark.parametrize(
    ("days", "english", "spanish"),
    [
        (50, "about 7 weeks", "unas 7 semanas"),
        (90, "about 12 weeks", "unas 12 semanas"),
        (91, "about 3 months", "unos 3 meses"),
        (400, "about 13 months", "unos 13 meses"),
        (729, "about 24 months", "unos 24 meses"),
        (730, "about 2 years", "unos 2 años"),
        (3652, "about 10 years", "unos 10 años"),  # ten years read "about 521 weeks"
    ],
)
def test_how_long_it_has_been_kept_is_said_in_weeks_then_months_then_years(
    days: int, english: str, spanish: str
) -> None:
    start = [day(d, "calf", 6) for d in range(days, days - 14, -1)]
    trend = classify_trend(start + series("calf", "calf", pain=(6, 5)), NOW)
    assert trend.days_tracked == days and trend.no_improvement
    for language, words in (("en", english), ("es", spanish)):
        said = describe_trend(trend, load_trend_content(language=language), NUMBER).clinician
        assert said is not None
        assert words in said.title and words in said.text
        assert "{" not in said.title + said.text


@given(days=st.integers(min_value=42, max_value=40 * 366))
def test_the_time_said_is_near_the_time_kept_and_always_plural(days: int) -> None:
    trend = replace(classify_trend([], NOW), days_tracked=days)
    unit, count = trend.time_tracked
    assert count >= 2  # every language's words are plural forms
    if unit == "weeks":  # whole weeks kept
        assert count * 7 <= days < (count + 1) * 7
    else:  # to the nearest month or year
        in_days = {"months": 365.25 / 12, "years": 365.25}[unit]
        assert abs(count * in_days - days) <= in_days / 2


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
        words = describe_trend(classify_trend(entries, NOW), content, NUMBER)
        assert words.title and words.text and "{" not in words.text


def test_the_clinician_threshold_is_the_shared_timing_rule() -> None:
    assert load_trend_content().rules.clinician_after_days == 7 * load_get_help().timing.weeks


# --- weaker or more numb: never a good sign, always the same-day advice -------------


def test_a_retreat_with_new_weakness_is_not_called_good() -> None:
    entries = series("calf", "buttock", feelings=((), (WEAKNESS,)))
    trend = classify_trend(entries, NOW)
    assert trend.kind == WEAKER and trend.needs_help_today
    words = words_for(entries)
    retreat = load_trend_content().person.texts[RETREATING]
    assert words.title != retreat.title and "good sign" not in words.title
    assert "not a good sign" in words.text
    assert words.same_day is not None
    assert words.same_day.title == "Get medical help today"
    assert "weaker or more numb" in words.same_day.text
    assert "today" in words.same_day.text
    assert words.warning is None  # one timescale: today, not "soon"


def test_numbness_ticked_more_often_than_before_counts_too() -> None:
    earlier = [
        day(d, "calf", feelings=(NUMBNESS,) if d % 4 == 0 else ()) for d in range(27, 14, -1)
    ]
    recent = [day(d, "upper_thigh", feelings=(NUMBNESS,) if d % 2 == 0 else ()) for d in range(14)]
    assert classify_trend(earlier + recent, NOW).kind == WEAKER


def test_a_ticked_weakness_warning_counts_even_with_too_few_entries() -> None:
    entries = [day(1, "buttock", signs=(WEAKNESS_WORSENING,))]
    trend = classify_trend(entries, NOW)
    assert trend.kind == WEAKER
    assert words_for(entries).same_day is not None


def test_weakness_that_stays_the_same_or_eases_leaves_the_retreat_good() -> None:
    same = series("calf", "buttock", feelings=((WEAKNESS,), (WEAKNESS,)))
    assert classify_trend(same, NOW).kind == RETREATING
    easing = series("calf", "buttock", feelings=((WEAKNESS, NUMBNESS), ()))
    assert classify_trend(easing, NOW).kind == RETREATING
    assert words_for(easing).same_day is None


def test_weaker_overrides_spreading_and_the_six_week_note() -> None:
    start = [day(d, "calf", 6) for d in range(50, 36, -1)]
    entries = start + series("buttock", "calf", pain=(6, 6), feelings=((), (WEAKNESS,)))
    trend = classify_trend(entries, NOW)
    assert trend.kind == WEAKER and not trend.no_improvement
    words = words_for(entries)
    assert words.clinician is None and words.warning is None and words.same_day is not None


@settings(max_examples=150, deadline=None)
@given(
    earlier_levels=st.lists(st.sampled_from(LEVELS), min_size=0, max_size=14),
    recent_levels=st.lists(st.sampled_from(LEVELS), min_size=1, max_size=14),
    loss=st.sampled_from([(WEAKNESS,), (NUMBNESS,), (WEAKNESS, NUMBNESS)]),
    tick=st.booleans(),
)
def test_whatever_the_pain_does_new_weakness_or_numbness_means_help_today(
    earlier_levels: list[str], recent_levels: list[str], loss: tuple[str, ...], tick: bool
) -> None:
    """Entries whose recent half shows weakness or numbness the earlier half did not:
    whichever way the pain moved, the trend never calls it good and gives the same-day
    advice."""
    earlier = [day(27 - i * 0.9, level) for i, level in enumerate(earlier_levels)]
    recent = [day(13 - i * 0.9, level, feelings=loss) for i, level in enumerate(recent_levels)]
    if tick or not earlier:
        recent[-1] = replace(recent[-1], warning_signs=(WEAKNESS_WORSENING,))
    entries = earlier + recent
    trend = classify_trend(entries, NOW)
    assert trend.kind == WEAKER
    words = words_for(entries)
    assert words.same_day is not None and "today" in words.same_day.text
    good = load_trend_content().person.texts[RETREATING]
    assert words.title != good.title and words.text != good.text
