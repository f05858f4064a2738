"""Whether the advice for an entry's warning sign is for today or for an earlier day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from companion.core.journal.safety import earlier_day, safety_advice

HERE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 9, 0, 30, tzinfo=HERE)


def test_an_entry_from_an_earlier_day_is_advised_as_from_then() -> None:
    assert earlier_day(NOW - timedelta(days=5), NOW) == date(2026, 3, 4)
    # Just before midnight, an hour ago: yesterday.
    assert earlier_day(NOW - timedelta(hours=1), NOW) == date(2026, 3, 8)
    assert earlier_day(NOW - timedelta(minutes=20), NOW) is None  # today
    assert earlier_day(None, NOW) is None and earlier_day(NOW, None) is None


def test_today_is_today_where_the_person_is_now() -> None:
    """Made at 23:50 UTC on 8 March: 00:50 on the 9th here, which is today."""
    made = datetime(2026, 3, 8, 23, 50, tzinfo=UTC)
    assert earlier_day(made, NOW + timedelta(hours=1)) is None


def test_the_advice_carries_the_day() -> None:
    advice = safety_advice(
        {"saddle_numbness": "yes"},
        None,
        language="en",
        emergency_number="999",
        no_number_words="the emergency number",
        entry_time=NOW - timedelta(days=2),
        now=NOW,
    )
    assert advice is not None and advice.from_day == date(2026, 3, 7)
    assert "999" in advice.fallback
