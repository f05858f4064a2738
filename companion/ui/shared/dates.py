"""Dates and times as the person's locale writes them (QLocale, never strftime): day and
month names in their language, the parts in their order, a 12- or 24-hour clock."""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from companion.core.shared.time_phrase import TODAY, YESTERDAY, time_phrase, which_day_before
from companion.core.shared.wall_clock import day_zone
from companion.ui.shared.language import interface_language

# Parts of the locale's long date format left out for a shorter date: the weekday and
# the year (with the words and commas that join them, such as Spanish "de").
_WEEKDAY = re.compile(r"^\s*dddd[,.]?\s*|\s*,?\s*dddd\s*$")
_YEAR = re.compile(r"[\s,]*(?:'[^']*'\s*)?y+\.?\s*$|^\s*y+(?:年|[\s.,/-])*")
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")
_ISO_DAY = "yyyy-MM-dd"  # read the same way everywhere, unlike 4/12 or 12/4


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _format(with_weekday: bool, with_year: bool, abbreviated: bool) -> str:
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    if not with_weekday:
        pattern = _WEEKDAY.sub("", pattern)
    elif abbreviated:
        pattern = pattern.replace("dddd", "ddd")
    if not with_year:
        pattern = _YEAR.sub("", pattern)
    if abbreviated:
        pattern = pattern.replace("MMMM", "MMM")
    return pattern.strip(" ,")


def day_text(day: date, *, weekday: bool = False, year: bool = True, short: bool = False) -> str:
    """A day: "4 December 2026", with `weekday` "Friday, 4 December 2026"; `short` uses
    the abbreviated names ("Fri, 4 Dec 2026")."""
    return QLocale().toString(_qdate(day), _format(weekday, year, short))


def day_and_time_format() -> str:
    """The display format of a field holding a day and a time, as `day_and_time_text`
    writes them (short names, with the weekday): "ddd, MMM d, yyyy, h:mm AP" in the
    United States, a 24-hour clock where the locale keeps one."""
    return (
        QCoreApplication.translate("Dates", "%1, %2", "a day, then a time of day")
        .replace("%1", _format(True, True, True))
        .replace("%2", QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    )


def numeric_day_text(day: date) -> str:
    """A day in the locale's numbers, with the whole year: "4/12/2026" in Spain,
    "12/4/2026" in the United States (for a narrow column, where a month's name wraps);
    "2026-12-04" in the C locale (LANG=C), whose own "d MM yyyy" wrote "4 12 2026"."""
    if QLocale().language() == QLocale.Language.C:
        return QLocale().toString(_qdate(day), _ISO_DAY)
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return QLocale().toString(_qdate(day), _TWO_DIGIT_YEAR.sub("yyyy", pattern))


def time_text(moment: datetime) -> str:
    """10:45, or 10:45 AM where the locale uses a 12-hour clock."""
    return wall_time_text(moment.time())


def wall_time_text(at: time) -> str:
    """A time of day alone (20:00, or 8:00 PM where the locale uses a 12-hour clock)."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def at_time_text(moment: datetime) -> str:
    """The time of `moment` as a sentence says it after "at" or "until" ("at %1"): in
    Spanish with the article the hour takes ("la 1:30", "las 14:00")."""
    return at_wall_time_text(moment.time())


def at_wall_time_text(at: time) -> str:
    """`at_time_text` for a time of day alone."""
    return time_phrase(interface_language(), wall_time_text(at))


def past_when_sentence(
    moment: datetime,
    now: datetime,
    today: str,
    yesterday: str,
    earlier: str,
    *,
    zone: tzinfo | Literal["now"] | None = "now",
) -> str:
    """One of three whole sentences for a time already past, by the day the core's
    `which_day_before` names: %1 the time (as `at_time_text` gives it), %2 the name of
    the day ("You left this check on %2 at %1": "on Monday at 23:10"). The days are those
    of `zone`'s calendar (None: this computer's); by default, `day_zone(now)`'s."""
    calendar = day_zone(now) if zone == "now" else zone
    which = which_day_before(moment, now, calendar)
    sentence = {TODAY: today, YESTERDAY: yesterday}.get(which.day, earlier)
    local = moment.astimezone(calendar)
    day = QLocale().dayName(which.weekday, QLocale.FormatType.LongFormat)
    return sentence.replace("%1", at_time_text(local)).replace("%2", day)


def day_and_time_text(
    moment: datetime,
    *,
    weekday: bool = False,
    year: bool = True,
    short: bool = False,
    numeric: bool = False,
) -> str:
    """A day and a time in one, in the order the language puts them; `numeric` writes
    the day as `numeric_day_text` does."""
    day = (
        numeric_day_text(moment.date())
        if numeric
        else day_text(moment.date(), weekday=weekday, year=year, short=short)
    )
    return (
        QCoreApplication.translate("Dates", "%1, %2", "a day, then a time of day")
        .replace("%1", day)
        .replace("%2", time_text(moment))
    )
