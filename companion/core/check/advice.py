"""What to do about a check's result, composed once for every output.

The result page, `triage evaluate`, the printed summary and the kiosk's take-home code
all show what `compose` returns, so they can never disagree. Its rules, each from
`shared/domain.md`:

- one timescale per result: only the most urgent level says how soon to act; the signs
  at that level add their notes, less urgent signs are named without their own timing;
- an emergency carries only emergency actions: no self-care, nothing to book;
- a sign whose rule says `defers_self_care` (a possible clot, broken bone or likely
  tendon tear) offers no self-care either: what to do now says, kindly, that the tips
  wait until a clinician has checked the leg; only the lines that bar heat stay, under
  "Avoid";
- no heat when a blood clot is possible, on numb skin, in the first three days after a
  sudden injury or when the time since one is not known (`[[no_heat]]` in advice.toml);
  heat tips show only beside a heat suggestion;
- "when to get help" lists only the warning signs more urgent than the result itself;
- no line twice, and no two lines that say nearly the same thing.

All the words come from content (`advice.toml`, `outcomes.toml`, `red_flags.toml`), and
those about getting help (each sign's title, note and text, each level's heading, title
and action, the timing rule) from the app's shared words, `shared/get_help.toml`, which
`triage_content` has already put in their place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from companion.core.check.engine import (
    NONE_CLOSE,
    PatternScore,
    Reason,
    TriageResult,
    fill_number,
    finding_name,
)
from companion.core.check.model import Advice, TriageContent
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.near_duplicates import near_duplicate, new_part, repeats
from companion.core.shared.records import (
    EMERGENCY,
    MIXED,
    SELF_CARE,
    SOON,
    URGENT,
    urgency_rank,
)

DO, AVOID = "do", "avoid"


@dataclass(frozen=True)
class SignLine:
    """A warning sign at the result's own level, with what is special about it."""

    rule_id: str
    title: str
    note: str


@dataclass(frozen=True)
class WatchSign:
    """A warning sign to watch for, in the shared words."""

    id: str  # its id in shared/get_help.toml
    title: str  # a few words (where space is short)
    text: str  # the sign as one line of a list


@dataclass(frozen=True)
class WatchFor:
    """The warning signs to watch for at one level, under that level's shared heading
    ("Contact a doctor or urgent care the same day if you have:")."""

    level: str
    heading: str  # leads the list of signs
    title: str  # the level in a few words ("Get medical help today"), where space is short
    signs: tuple[WatchSign, ...]


@dataclass(frozen=True)
class Guidance:
    """Everything a result tells the person to do, with the emergency number filled in."""

    urgency: str
    label: str
    heading: str
    text: str
    signs: tuple[SignLine, ...]  # the warning signs at the result's level
    also_noted: tuple[str, ...]  # less urgent signs, named without their own timing
    now: tuple[str, ...]  # what to do now: the one timescale of this result
    what_to_say: tuple[str, ...]  # emergency: what to say when calling
    do: tuple[str, ...]
    avoid: tuple[str, ...]
    when_to_get_help: tuple[WatchFor, ...]  # most urgent first
    reassurance: tuple[str, ...]  # good signs, when nothing is pressing
    notes: tuple[str, ...]  # parts of the check left out, and why
    # A sign defers self-care until a clinician has looked: the line in `now` that says
    # so ("" when self-care is offered, or pressing matters leave it out anyway).
    self_care_waits: str = ""
    # Under 18 with a warning sign: the line in `now` that says to tell an adult ("").
    tell_an_adult: str = ""
    # Under 18 on a shared clinic screen: the line in `now` that says to ask the staff
    # here or the adult who came along ("" elsewhere, and at an emergency).
    ask_here: str = ""

    def now_to_take_home(self) -> tuple[str, ...]:
        """`now` as the print and the take-home code say it, read later at home: without
        `ask_here` (the staff it points to are no longer there)."""
        return tuple(step for step in self.now if not self.ask_here or step != self.ask_here)

    def lines(self) -> list[str]:
        """Every line of advice, for checks that look at all of them at once."""
        return [
            *(s.note for s in self.signs if s.note),
            *self.now,
            *self.what_to_say,
            *self.do,
            *self.avoid,
            *(s.text for group in self.when_to_get_help for s in group.signs),
            *self.reassurance,
        ]


def _unique(lines: Iterable[str], said: Iterable[str] = ()) -> tuple[str, ...]:
    """`lines` without any that nearly repeats an earlier one, or one already `said`."""
    earlier = list(said)
    kept: list[str] = []
    for line in lines:
        if not any(repeats(line, before) for before in earlier):
            kept.append(line)
            earlier.append(line)
    return tuple(kept)


# --- Choosing ------------------------------------------------------------------------


def shown_patterns(content: TriageContent, result: TriageResult) -> list[PatternScore]:
    """The leading pattern; in a mixed picture, the ones that came closest; none when
    no pattern scored above 0 (every output shows the same ones)."""
    if result.leading != MIXED:
        return [result.pattern(result.leading)]
    if result.finding == NONE_CLOSE:
        return []
    strong = [p for p in result.patterns if p.score >= content.scoring.lead_at_least]
    return strong or [p for p in result.patterns[:2] if p.score > 0]


def finding_words(content: TriageContent, result: TriageResult) -> tuple[str, str]:
    """What the answers point to, as the result says it: a name ("Irritated sciatic
    nerve", "Mixed picture", "No pattern fits yet") and what it means, in a paragraph."""
    found = result.finding
    name = finding_name(content, result.leading, found)
    if found == NONE_CLOSE:
        return name, content.texts["no_pattern_fits"]
    return name, content.patterns[result.leading].fits


def also_looked_at(content: TriageContent, result: TriageResult) -> list[PatternScore]:
    """The patterns not shown, closest first, for a line "Also looked at". None when no
    pattern scored above 0: a list of patterns at 0 points, "closest first", says
    nothing, and every output already says that none came close."""
    if result.finding == NONE_CLOSE:
        return []
    shown = shown_patterns(content, result)
    return [p for p in result.patterns if p not in shown]


def _advice_applies(advice: Advice, content: TriageContent, result: TriageResult) -> bool:
    """Pattern advice counts for the leading pattern; in a mixed picture, also for every
    pattern that scored enough to lead on its own (the careful choice)."""
    if advice.when is not None and not advice.when.holds(result.answers):
        return False
    if not advice.patterns or result.leading in advice.patterns:
        return True
    if result.leading != MIXED:
        return False
    strong = {p.id for p in result.patterns if p.score >= content.scoring.lead_at_least}
    return bool(strong.intersection(advice.patterns))


def _no_heat(content: TriageContent, result: TriageResult) -> list[str]:
    return [rule.text for rule in content.no_heat if rule.when.holds(result.answers)]


def _self_care(content: TriageContent, result: TriageResult) -> tuple[list[str], list[str]]:
    chosen = [a for a in content.advice if _advice_applies(a, content, result)]
    no_heat = _no_heat(content, result)
    if no_heat:
        chosen = [a for a in chosen if not a.heat]
    elif not any(a.heat and a.kind == DO for a in chosen):
        chosen = [a for a in chosen if not a.heat]  # heat tips only beside heat
    do = [a.text for a in chosen if a.kind == DO]
    avoid = [*no_heat, *(a.text for a in chosen if a.kind == AVOID)]
    return do, avoid


def self_care_waits(result: TriageResult) -> bool:
    """True when a sign defers self-care until a clinician has checked the leg: the
    result then offers no tips for the leg (heat, ice, stretches, exercise) meanwhile."""
    return any(hit.defers_self_care for hit in result.hits)


def _watch_for(
    content: TriageContent, urgency: str, said: list[str], number: str | None
) -> tuple[WatchFor, ...]:
    """The signs more urgent than the result, by level, most urgent first; none that
    repeats what the result already said."""
    groups = []
    for level in (EMERGENCY, URGENT, SOON):
        if urgency_rank(level) <= urgency_rank(urgency):
            continue
        signs = [
            WatchSign(
                s.id, fill_number(content, s.title, number), fill_number(content, s.text, number)
            )
            for s in content.watch_for
            if s.level == level
        ]
        fresh = tuple(s for s in signs if not any(near_duplicate(s.text, x) for x in said))
        if fresh:
            words = content.get_help.levels[level]
            heading = fill_number(content, words.heading, number)
            groups.append(WatchFor(level, heading, words.title, fresh))
    return tuple(groups)


def staff_help(content: TriageContent, config: KioskConfig | None) -> str | None:
    """On a shared clinic screen with no emergency number: what to do instead (the
    clinic's own words, or the check's: tell the staff). None anywhere else."""
    if config is None or config.emergency_number:
        return None
    return config.emergency_help_in(content.language) or content.texts["kiosk_no_number"]


def compose(
    content: TriageContent,
    result: TriageResult,
    number: str | None,
    *,
    staff_help: str | None = None,
) -> Guidance:
    """What to do about `result`. `number` is the emergency number from Settings (None
    while unset). `staff_help`: on a shared clinic screen with no number, what to do
    instead (tell the staff); it leads an emergency's steps.
    """

    def fill(text: str) -> str:
        return fill_number(content, text, number)

    urgency = result.urgency
    top = [hit for hit in result.hits if hit.urgency == urgency]
    # A less urgent sign is named too, unless a sign above already covers its answers.
    lower = [
        hit.title
        for hit in result.hits
        if hit.urgency != urgency
        and not any(set(hit.question_ids) <= set(above.question_ids) for above in top)
    ]
    notes_said: list[str] = []
    sign_lines: list[SignLine] = []
    for hit in top:
        # A second sign's note keeps only what it adds: its title says the rest.
        note = new_part(fill(hit.note), notes_said)
        if note:
            notes_said.append(note)
        sign_lines.append(SignLine(hit.rule_id, hit.title, note))
    signs = tuple(sign_lines)
    notes = tuple(section.skipped_note for section in result.skipped)
    words = result.urgency_text
    label, heading, text, now = words.label, words.heading, words.text, words.do_now
    if result.adults_only and urgency == SOON:
        adults = content.adults_only
        label, heading, text, now = adults.label, adults.heading, adults.text, adults.do_now
    if result.finding == NONE_CLOSE:
        # No pattern came close: its step about the pattern's tips points to the tips below.
        tips = content.texts["tips_for_pattern"]
        now = tuple(content.texts["tips_no_pattern"] if step == tips else step for step in now)
    steps = [fill(step) for step in now]
    if result.adults_only and urgency != SOON:
        # Under 18 with a warning sign: an adult told after the level's own steps (right
        # after the action, it made the level's "Tell them what you noticed" point at
        # the parent instead of the doctor), before a last "if it gets worse, call ...".
        closing = len(steps) > 1 and fill("{emergency_number}") in steps[-1]
        tell_an_adult = fill(content.adults_only.do_now[0])
        steps.insert(len(steps) - 1 if closing else len(steps), tell_an_adult)
    else:
        tell_an_adult = ""
    ask_here = content.adults_only.ask_here if result.adults_only else ""
    if ask_here and urgency != EMERGENCY:
        # Under 18 on a shared clinic screen: ask the staff here, or the adult who came
        # along, right after telling an adult. An emergency keeps to emergency actions.
        steps.insert(steps.index(fill(content.adults_only.do_now[0])) + 1, ask_here)
    else:
        ask_here = ""
    if urgency == EMERGENCY and number is None and staff_help:
        steps.insert(0, staff_help)
    # An emergency gives emergency actions only; under 18, the advice to see a doctor,
    # and no adult tips, but a sign that bars heat (a possible clot) still says so.
    pressing = urgency == EMERGENCY or result.adults_only
    defers = urgency != EMERGENCY and self_care_waits(result)
    waits = content.texts["self_care_waits"] if defers else ""
    do, avoid = ([], []) if pressing else _self_care(content, result)
    if waits:
        # Right after "contact ... today": the tips wait until then. Only the lines that
        # bar heat stay; nothing offers care for the leg meanwhile.
        steps.insert(1, waits)
        do, avoid = [], _no_heat(content, result)
    now_lines = _unique(steps, notes_said)
    said = [*notes_said, *now_lines]
    do_lines = _unique(do, said)
    avoid_lines = _unique(avoid, [*said, *do_lines])
    said += [*do_lines, *avoid_lines]
    watch = () if pressing else _watch_for(content, urgency, said, number)
    calm = not pressing and urgency in (SELF_CARE, SOON)
    reassurance = _unique([r.text for r in content.reassurance], said) if calm else ()
    return Guidance(
        urgency=urgency,
        label=label,
        heading=heading,
        text=text,
        signs=signs,
        also_noted=_unique(lower),
        now=now_lines,
        what_to_say=words.what_to_say if urgency == EMERGENCY else (),
        do=do_lines,
        avoid=avoid_lines,
        when_to_get_help=watch,
        reassurance=reassurance,
        notes=notes,
        self_care_waits=waits,
        tell_an_adult=tell_an_adult,
        ask_here=ask_here,
    )


# --- As JSON --------------------------------------------------------------------------


def result_json(
    content: TriageContent, result: TriageResult, number: str | None = None
) -> dict[str, Any]:
    """The result and its advice as plain JSON data, for the command line and review."""
    guidance = compose(content, result, number)

    def reason(r: Reason) -> dict[str, Any]:
        return {
            "evidence": r.evidence_id,
            "weight": r.weight,
            "text": r.text,
            "questions": list(r.question_ids),
        }

    return {
        "urgency": result.urgency,
        "urgency_label": guidance.label,
        "heading": guidance.heading,
        "leading": result.leading,
        "summary": result.summary,
        "complete": result.complete,
        "adults_only": result.adults_only,
        "red_flags": [
            {
                "rule": hit.rule_id,
                "urgency": hit.urgency,
                "title": hit.title,
                "note": fill_number(content, hit.note, number),
                "questions": list(hit.question_ids),
            }
            for hit in result.hits
        ],
        "patterns": [
            {
                "id": p.id,
                "name": p.name,
                "score": p.score,
                "reasons": [reason(r) for r in (*p.reasons_for, *p.reasons_against)],
            }
            for p in result.patterns
        ],
        "ruled_out": [
            {"kind": r.kind, "id": r.id, "title": r.title, "reasons": list(r.reasons)}
            for r in result.ruled_out
        ],
        "advice": {
            "now": list(guidance.now),
            "what_to_say": list(guidance.what_to_say),
            "do": list(guidance.do),
            "avoid": list(guidance.avoid),
            "when_to_get_help": [
                {
                    "level": group.level,
                    "heading": group.heading,
                    "signs": [{"id": s.id, "title": s.title, "text": s.text} for s in group.signs],
                }
                for group in guidance.when_to_get_help
            ],
            "reassurance": list(guidance.reassurance),
            "notes": list(guidance.notes),
            "self_care_waits": guidance.self_care_waits,
        },
    }
