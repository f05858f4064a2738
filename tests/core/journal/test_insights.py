"""What seems to help: the day after doing something against the day after not, shown
only with 3 days of each, worded as "seems" with the counts, never "stop"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.choices import load_journal_content
from companion.core.journal.entry import DONE, LEVELS, Entry, parse_entry
from companion.core.journal.insights import (
    BETTER,
    SAME,
    WALKING,
    WORSE,
    Insight,
    describe_insight,
    find_insights,
    load_insight_content,
)
from companion.core.shared.records import BREAK_SKIPPED, HEAT, TimerEvent

NOW = datetime(2026, 3, 9, 21, 0, tzinfo=timezone(timedelta(hours=1)))


def entry(days_ago: int, level: str, pain: int = 4, done: tuple[str, ...] = ()) -> Entry:
    return parse_entry(
        {
            "time": (NOW - timedelta(days=days_ago)).isoformat(),
            "pain_now": pain,
            "level": level,
            "side": None if level == "none" else "left",
            "done": list(done),
        },
        now=NOW,
    )


def alternating(factor: str, days: int = 12) -> list[Entry]:
    """Ice every other day; the day after ice the pain reaches only the buttock."""
    entries = []
    for d in range(days, -1, -1):
        did = d % 2 == 0
        after = d % 2 == 1  # the day before (d + 1) had it
        level = "buttock" if after else "calf"
        entries.append(entry(d, level, 3 if after else 6, (factor,) if did else ()))
    return entries


def by_factor(entries: list[Entry], events: list[TimerEvent] | None = None) -> dict[str, Insight]:
    return {i.factor: i for i in find_insights(entries, events or [], NOW)}


def test_ice_followed_by_better_days_seems_to_help_with_the_counts() -> None:
    found = by_factor(alternating("ice"))
    ice = found["ice"]
    assert ice.effect == BETTER
    assert ice.days_with == 6 and ice.days_without == 6
    assert ice.reach_with == LEVELS.index("buttock")
    words = describe_insight(ice, load_insight_content(), load_journal_content())
    assert "seems" in words.text and "6 days after using ice, 6 days without" in words.text
    assert "buttock" in words.text and "calf" in words.text
    assert "heat" not in found  # never ticked: no days with it


def test_fewer_than_three_days_with_or_without_shows_nothing() -> None:
    entries = alternating("heat", days=4)  # two days after heat, two after none
    assert "heat" not in by_factor(entries)
    assert by_factor(alternating("heat", days=6)).keys() >= {"heat"}  # 3 and 3


def test_timer_records_count_as_doing_it_and_a_skipped_break_does_not() -> None:
    entries = [entry(d, "calf" if d % 2 == 0 else "buttock") for d in range(12, -1, -1)]
    events = [
        TimerEvent(NOW - timedelta(days=d, hours=3), HEAT, 20.0) for d in range(12) if d % 2 == 0
    ]
    events += [TimerEvent(NOW - timedelta(days=d, hours=2), BREAK_SKIPPED, 0.0) for d in range(12)]
    found = by_factor(entries, sorted(events, key=lambda e: e.time))
    assert found["heat"].effect == BETTER
    assert "breaks" not in found or found["breaks"].days_with == 0


def test_a_day_before_without_any_entry_says_nothing() -> None:
    # Entries only every third day: no day has a tracked day before it.
    entries = [entry(d, "calf", done=("heat",)) for d in range(30, -1, -3)]
    assert by_factor(entries) == {}


def test_walk_minutes_in_an_entry_count_as_walking() -> None:
    entries = []
    for d in range(12, -1, -1):
        walked = d % 2 == 0
        data = entry(d, "buttock" if d % 2 == 1 else "calf")
        entries.append(
            parse_entry({**data.to_dict(), "walk_minutes": 12 if walked else None}, now=NOW)
        )
    assert by_factor(entries)[WALKING].effect == BETTER


def test_worse_after_is_worded_without_advice_to_stop() -> None:
    entries = [
        entry(d, "calf" if d % 2 == 1 else "buttock", done=("medicine",) if d % 2 == 0 else ())
        for d in range(12, -1, -1)
    ]
    medicine = by_factor(entries)["medicine"]
    assert medicine.effect == WORSE
    text = describe_insight(medicine, load_insight_content(), load_journal_content()).text
    assert "seems" in text and "Do not stop" in text and "talking to your clinician" in text


def test_old_days_do_not_count() -> None:
    shifted = [
        parse_entry({**e.to_dict(), "time": (e.time - timedelta(days=200)).isoformat()}, now=NOW)
        for e in alternating("ice")
    ]
    assert by_factor(shifted) == {}


@settings(max_examples=80, deadline=None)
@given(
    plan=st.lists(
        st.tuples(st.sampled_from(LEVELS), st.integers(0, 10), st.sets(st.sampled_from(DONE))),
        min_size=0,
        max_size=40,
    )
)
def test_shown_only_with_enough_days_and_never_saying_stop(
    plan: list[tuple[str, int, set[str]]],
) -> None:
    entries = [
        entry(len(plan) - 1 - i, level, pain, tuple(d for d in DONE if d in done))
        for i, (level, pain, done) in enumerate(plan)
    ]
    content, journal = load_insight_content(), load_journal_content()
    for insight in find_insights(entries, [], NOW):
        assert insight.days_with >= 3 and insight.days_without >= 3
        assert insight.days_with + insight.days_without <= len(plan)
        text = describe_insight(insight, content, journal).text
        assert "seems" in text and "{" not in text
        assert "stop" not in text.lower().replace("do not stop", "")
        if insight.effect == SAME:
            assert abs(insight.reach_change) < 0.5 and abs(insight.pain_change) < 1


def test_numbers_in_the_sentences_follow_the_language() -> None:
    found = by_factor(alternating("ice"))
    english = describe_insight(found["ice"], load_insight_content(), load_journal_content()).text
    spanish = describe_insight(
        found["ice"],
        load_insight_content(language="es"),
        load_journal_content(language="es"),
    ).text
    assert "3.0" in english and "6.0" in english
    assert "3,0" in spanish and "6,0" in spanish and "3.0" not in spanish
