"""The journal's one bridge to the guided check: the warning signs an entry gives, as the
check's safety answers, judged by the check's own red-flag rules.

The journal form (while the person ticks) and the journal page (after a save) both ask
`safety_advice`; neither decides anything about warning signs itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from companion.core.check.engine import RedFlagHit, fill_number, red_flag_hits
from companion.core.check.load import load_triage
from companion.core.check.model import TriageContent
from companion.core.journal.entry import (
    BOTH,
    BOTH_LEGS,
    NERVE_FEELINGS,
    NO_PAIN,
    WARNING_SIGNS,
    Entry,
)
from companion.core.shared.content import ContentError, InvalidContentError
from companion.core.shared.get_help import load_get_help


def safety_answers_from(
    level: str | None,
    side: str | None,
    warning_signs: Sequence[str],
    feelings: Sequence[str] = (),
) -> dict[str, str]:
    """The guided check's safety answers that an entry gives ("yes" only).

    Nerve-type feelings (burning, tingling, numbness, weakness) in both legs, and each
    ticked warning sign, count as a "yes" to the matching question; an ache in both legs
    does not, as the check's own question asks about nerve symptoms only. Nothing else
    is answered: an entry does not ask the other questions, and the check's own
    red-flag rules (`safety_advice`) decide what the answers mean.
    """
    answers = {sign: "yes" for sign in WARNING_SIGNS if sign in warning_signs}
    nerve_type = any(feeling in NERVE_FEELINGS for feeling in feelings)
    if side == BOTH and level != NO_PAIN and nerve_type:
        answers[BOTH_LEGS] = "yes"
    return answers


def safety_answers(entry: Entry) -> dict[str, str]:
    return safety_answers_from(entry.level, entry.side, entry.warning_signs, entry.feelings)


def signs_given(entry: Entry) -> tuple[str, ...]:
    """The warning signs an entry gives: each one ticked, and `BOTH_LEGS` when nerve-type
    feelings were chosen with "both" as the side (the form has no box for it; the side
    and the feelings say it). A clinician's report names them all."""
    return tuple(safety_answers(entry))


def load_check_rules(language: str) -> TriageContent | None:
    """The guided check's content (its red-flag rules); None when it cannot be loaded, so
    the journal falls back on the shared emergency line instead of failing."""
    try:
        return load_triage(language=language)
    except (InvalidContentError, ContentError, OSError):
        return None


@dataclass(frozen=True)
class SafetyAdvice:
    """What the journal shows for an entry's warning signs.

    `hits` are the check's own red-flag rules that the answers meet, their texts to be
    passed through `fill` (which puts in the emergency number). When the check's rules
    could not be loaded, `hits` is empty and `fallback` holds the shared emergency line.
    """

    hits: tuple[RedFlagHit, ...]
    fill: Callable[[str], str]
    fallback: str
    # The entry's day when it is before today (an old entry opened again, or one dated
    # back): the advice then holds "if this is still so now", not as if it began today.
    from_day: date | None = None


def earlier_day(entry_time: datetime | None, now: datetime | None) -> date | None:
    """The entry's own day when that is before today's date where the person is now;
    None for an entry from today (or when either time is not known)."""
    if entry_time is None or now is None:
        return None
    if entry_time.astimezone(now.tzinfo).date() >= now.date():
        return None
    return entry_time.date()


def safety_advice(
    answers: Mapping[str, str],
    rules: TriageContent | None,
    *,
    language: str,
    emergency_number: str | None,
    no_number_words: str,
    entry_time: datetime | None = None,
    now: datetime | None = None,
) -> SafetyAdvice | None:
    """The advice for `answers` (from `safety_answers`); None when no sign was given.

    `no_number_words` stands in for the emergency number when none is set (in the
    person's language, from the interface). With the entry's time and now, an entry
    from an earlier day gets `from_day` (see `earlier_day`).
    """
    if not answers:
        return None
    from_day = earlier_day(entry_time, now)
    if rules is not None:
        hits = tuple(red_flag_hits(rules, answers))
        return SafetyAdvice(
            hits, lambda text: fill_number(rules, text, emergency_number), "", from_day
        )
    line = load_get_help(language=language).emergency.replace(
        "{emergency_number}", emergency_number or no_number_words
    )
    return SafetyAdvice((), lambda text: text, line, from_day)
