"""A time of day after "at": Spanish says "a la 1:00" but "a las 2:00" and "a las 13:00"."""

from __future__ import annotations

import pytest

from companion.core.shared.time_phrase import shown_hour, time_phrase


def twelve_hour(hour: int, minute: int) -> str:
    """As a 12-hour Spanish locale writes it ("h:mm a"): 0:30 is "12:30 a. m."."""
    return f"{(hour % 12) or 12}:{minute:02d} {'a. m.' if hour < 12 else 'p. m.'}"


@pytest.mark.parametrize("hour", range(24))
@pytest.mark.parametrize("minute", [0, 30])
def test_spanish_says_la_only_for_an_hour_read_as_one(hour: int, minute: int) -> None:
    day = f"{hour}:{minute:02d}"
    assert time_phrase("es", day) == (f"la {day}" if hour == 1 else f"las {day}")
    twelve = twelve_hour(hour, minute)
    read_as_one = hour in (1, 13)  # 1:00 a. m. and 1:00 p. m.
    assert time_phrase("es", twelve) == (f"la {twelve}" if read_as_one else f"las {twelve}")
    padded = f"{hour:02d}:{minute:02d}"  # a locale that writes 01:00
    assert time_phrase("es", padded).startswith("la " if hour == 1 else "las ")


@pytest.mark.parametrize("hour", range(24))
def test_english_keeps_the_time_alone(hour: int) -> None:
    assert time_phrase("en", f"{hour}:00") == f"{hour}:00"
    assert time_phrase("en", twelve_hour(hour, 5)) == twelve_hour(hour, 5)


def test_the_hour_is_the_first_number_shown() -> None:
    assert shown_hour("1:30") == 1
    assert shown_hour("13:05") == 13
    assert shown_hour("p. m. 1:05") == 1  # a locale that puts the half of the day first
    assert shown_hour("–") is None
    assert time_phrase("es", "–") == "las –"
