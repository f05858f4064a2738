"""A time of day as a sentence names it after "at" or "until".

Spanish puts an article before the time, and the article follows the hour read out:
"a la 1:00" and "a la 1:30" (la una), but "a las 2:00", "a las 13:00", "a las 0:30".
The interface's sentences say "a %1" and "hasta %1"; this fills in "%1".
"""

from __future__ import annotations

import re

from companion.core.shared.messages import say

_FIRST_NUMBER = re.compile(r"\d+")


def shown_hour(shown: str) -> int | None:
    """The hour in a time as the locale writes it ("1:30", "13:05", "1:00 p. m."): its
    first number; None when it has none."""
    found = _FIRST_NUMBER.search(shown)
    return int(found.group()) if found else None


def time_phrase(language: str, shown: str) -> str:
    """`shown` (a time of day as the locale writes it, in a 12- or 24-hour clock) with
    the words `language` puts before it after "at": in Spanish "la 1:00", "las 13:00";
    in English the time alone."""
    one = shown_hour(shown) == 1  # read out as "one": 1:00, 1:30, 1:00 p. m. (not 13:00)
    return say(language, "time_of_day.hour_one" if one else "time_of_day.other_hours", time=shown)
