"""The records one feature leaves for the others, and the words they share.

The guided check saves a `CheckRecord`; Learn, the timers, the journal and Home read it.
The timers save `TimerEvent`s; the journal shows them beside the entries. Keeping both
shapes here, in one place, means no feature has to guess another's field names.

Stored times are ISO 8601 strings with their UTC offset, so they sort and compare
correctly across clock changes and time zones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from companion.core.shared.content import shown_value

# Collections in the store (see app_state for the others).
EVENTS = "events"  # partitioned by "time": one record per timer event

# How urgent, least to most. The most urgent level reached always wins.
SELF_CARE = "self_care"
SOON = "soon"  # see a clinician soon: book a routine appointment
URGENT = "urgent"  # same day
EMERGENCY = "emergency"
URGENCY_LEVELS = (SELF_CARE, SOON, URGENT, EMERGENCY)

# The patterns the check can point to. "mixed" means no single pattern clearly leads.
SCIATIC_NERVE = "sciatic_nerve"
HAMSTRING_STRAIN = "hamstring_strain"
HAMSTRING_TENDON = "hamstring_tendon"
LOWER_BACK = "lower_back"
SPINAL_CANAL = "spinal_canal"
MIXED = "mixed"
PATTERNS = (SCIATIC_NERVE, HAMSTRING_STRAIN, HAMSTRING_TENDON, LOWER_BACK, SPINAL_CANAL)
LEADING_CHOICES = (*PATTERNS, MIXED)

# Timer event kinds.
HEAT = "heat"
ICE = "ice"
PACK_KINDS = (HEAT, ICE)  # the timers that time a heat or ice pack
BREAK_TAKEN = "break_taken"
BREAK_SKIPPED = "break_skipped"
WALK = "walk"  # a walking check; `minutes` is the time walked before the usual symptoms
EVENT_KINDS = (HEAT, ICE, BREAK_TAKEN, BREAK_SKIPPED, WALK)


class RecordError(ValueError):
    """A stored record does not have the expected shape."""


def urgency_rank(level: str) -> int:
    """0 for self-care up to 3 for emergency; compare levels with this, never by name."""
    return URGENCY_LEVELS.index(level)


def most_urgent(levels: list[str] | tuple[str, ...]) -> str:
    return max(levels, key=urgency_rank, default=SELF_CARE)


def parse_time(data: Mapping[str, Any], key: str = "time") -> datetime:
    """`data[key]` as an aware datetime; RecordError says plainly what is wrong."""
    value = data.get(key)
    if not isinstance(value, str):
        raise RecordError(f"{key!r} is missing")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise RecordError(f"{key!r} is not a date and time: {shown_value(value)}") from exc
    if parsed.tzinfo is None:
        raise RecordError(f"{key!r} has no time zone: {shown_value(value)}")
    return parsed


def _choice(data: Mapping[str, Any], key: str, choices: tuple[str, ...]) -> str:
    value = data.get(key)
    if value not in choices:
        raise RecordError(f"{key!r} must be one of {', '.join(choices)}, not {shown_value(value)}")
    return str(value)


@dataclass(frozen=True)
class CheckRecord:
    """A finished guided check, as saved in the `checks` collection.

    `patterns` holds (pattern id, score) pairs, best first; `summary` is one plain line
    for Home and the journal ("Fits the sciatic nerve pattern best; see a clinician
    soon.") in the language of the day; `summaries` holds the same line in each language
    the app ships, by code, so Home can say it in today's language without loading the
    check's words at start (checks saved before it have none); `answers` maps question
    ids to the answers given.
    """

    time: datetime
    urgency: str
    leading: str
    patterns: tuple[tuple[str, float], ...]
    summary: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    summaries: Mapping[str, str] = field(default_factory=dict)

    def summary_in(self, language: str) -> str:
        """The one-line summary in `language` if it was saved in it, else the day's."""
        return self.summaries.get(language) or self.summary

    def to_dict(self) -> dict[str, Any]:
        return {
            "time": self.time.isoformat(),
            "urgency": self.urgency,
            "leading": self.leading,
            "patterns": [{"id": pid, "score": score} for pid, score in self.patterns],
            "summary": self.summary,
            "answers": dict(self.answers),
            "summaries": dict(self.summaries),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckRecord:
        patterns = data.get("patterns", [])
        if not isinstance(patterns, list):
            raise RecordError("'patterns' must be a list")
        pairs: list[tuple[str, float]] = []
        for item in patterns:
            if not isinstance(item, Mapping):
                raise RecordError("each pattern must be a table with 'id' and 'score'")
            score = item.get("score", 0)
            if isinstance(score, bool) or not isinstance(score, int | float):
                raise RecordError(f"a pattern's 'score' must be a number, not {shown_value(score)}")
            pairs.append((_choice(item, "id", PATTERNS), float(score)))
        summary = data.get("summary")
        answers = data.get("answers", {})
        summaries = data.get("summaries", {})
        return cls(
            time=parse_time(data),
            urgency=_choice(data, "urgency", URGENCY_LEVELS),
            leading=_choice(data, "leading", LEADING_CHOICES),
            patterns=tuple(pairs),
            summary=summary if isinstance(summary, str) else "",
            answers=answers if isinstance(answers, Mapping) else {},
            # A hand-edited line that is not text is left out, not shown.
            summaries={
                code: line
                for code, line in (summaries.items() if isinstance(summaries, Mapping) else ())
                if isinstance(code, str) and isinstance(line, str)
            },
        )


@dataclass(frozen=True)
class TimerEvent:
    """Something a timer recorded, as saved in the `events` collection.

    `time` is when it ended (a heat session's true end, even if the computer slept
    through it); `minutes` is how long it lasted or was walked; `details` holds extra
    facts such as {"eased_by_sitting": true} for a walking check.
    """

    time: datetime
    kind: str
    minutes: float
    details: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "time": self.time.isoformat(),
            "kind": self.kind,
            "minutes": self.minutes,
            "details": dict(self.details),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimerEvent:
        minutes = data.get("minutes", 0)
        if isinstance(minutes, bool) or not isinstance(minutes, int | float) or minutes < 0:
            raise RecordError(
                f"'minutes' must be a number of at least 0, not {shown_value(minutes)}"
            )
        details = data.get("details", {})
        return cls(
            time=parse_time(data),
            kind=_choice(data, "kind", EVENT_KINDS),
            minutes=float(minutes),
            details=details if isinstance(details, Mapping) else {},
        )
