"""Loads and checks the guided check's decision content (`content/<lang>/triage/`).

Everything the check asks and decides is data, so clinicians can read and sign it off:

- `questions.toml`: sections and questions in the order they are asked;
- `red_flags.toml`: the rules that set how urgent the result is;
- `evidence.toml`: what each answer adds to (or takes from) each pattern, and the
  scoring thresholds;
- `outcomes.toml`: the words for each urgency level and each pattern, for a person
  under 18, and the summary;
- `advice.toml`: what to do, what to avoid, when heat must not be used, and which
  warning signs to watch for;
- `selftests.toml`: the guided self-checks, step by step, each step with a drawing.

The words the whole app shares about getting help (the warning signs, each level's
title and action, the timing rule) live in `shared/get_help.toml`; the check names them
rather than writing them again, and `triage_get_help` reads them in and rejects words
that drift from them.

Loading validates every file and names the file and key of every problem: unknown ids,
conditions that cannot be read, patterns with no evidence, missing texts. The slower
checks that walk the check's paths (a question no one can reach, advice that conflicts
with a safety rule or repeats another line, the case stories) run in `content check`
(`triage_checks.check_language`), so opening the Check page stays quick.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from companion.core.check.rules import (
    Condition,
)
from companion.core.shared.get_help import GetHelp, Sign
from companion.core.shared.records import (
    EMERGENCY,
    SOON,
    URGENT,
)

FOLDER = "triage"

# Answer kinds.
YES_NO = "yes_no"
ONE_OF = "one_of"
SEVERAL_OF = "several_of"
SCALE = "scale"
BODY_REGION = "body_region"
KINDS = (YES_NO, ONE_OF, SEVERAL_OF, SCALE, BODY_REGION)
LIST_KINDS = (SEVERAL_OF, BODY_REGION)

YES, NO, NOT_SURE = "yes", "no", "not_sure"
YES_NO_VALUES = (YES, NO, NOT_SURE)
SKIPPED = "skipped"  # the answer of a self-check the person chose to skip
SCALE_MIN, SCALE_MAX = 0, 10

# Safety questions the journal maps its entries to: their ids and answers are a contract.
SHARED_SAFETY_QUESTIONS = (
    "saddle_numbness",
    "bladder_bowel_change",
    "both_legs",
    "weakness_worsening",
    "chest_breath",
    "clot_signs",
)
RULE_URGENCIES = (SOON, URGENT, EMERGENCY)


@dataclass(frozen=True)
class Option:
    value: str
    text: str
    area: str | None = None  # body regions: the part of the leg, whichever side
    exclusive: bool = False  # "none of these": cannot be picked with other options


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    show_if: Condition | None = None  # applies to every question in the section
    show_if_text: str = ""
    skipped_note: str = ""  # shown in the section's place when show_if does not hold


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    kind: str
    text: str
    why: str
    options: tuple[Option, ...]
    sources: tuple[str, ...]
    short: str = ""  # a few words naming the question, for the printed summary
    hint: str = ""  # a short line under the question: what counts, what does not
    show_if: Condition | None = None  # with the section's own condition folded in
    show_if_text: str = ""
    selftest: str | None = None
    low: str = ""  # scale: what 0 means
    high: str = ""  # scale: what 10 means
    remember: bool = False  # kept from the last saved check and not asked again
    kiosk_why: str = ""  # `why` on a shared clinic screen, where there is no journal

    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class RedFlagRule:
    id: str
    sign: str  # the id of its warning sign in shared/get_help.toml
    urgency: str
    title: str  # the shared sign's title, or the rule's own more exact one
    note: str  # the shared sign's note and the rule's own; never a timescale
    when: Condition
    when_text: str
    sources: tuple[str, ...]  # the rule's own, then the shared sign's
    # Self-care for the painful leg waits until a clinician has checked it (a possible
    # clot or broken bone): the result then offers no tips, only a line saying so.
    defers_self_care: bool = False


@dataclass(frozen=True)
class Evidence:
    id: str  # "<pattern>.<n>", numbered per pattern in file order
    index: int  # its place in evidence.toml, for error messages ("evidence[3]")
    pattern: str
    weight: int  # above 0 points towards the pattern, below 0 points away
    when: Condition
    when_text: str
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Scoring:
    lead_at_least: int  # the best pattern needs this many points to lead...
    lead_margin: int  # ...and this many more than the next; otherwise "mixed"


@dataclass(frozen=True)
class UrgencyText:
    level: str
    label: str  # one or two words, shown beside the icon
    summary: str  # a few words for the one-line summary ("see a clinician soon")
    heading: str  # the shared level's title (self-care: the check's own)
    act: str  # the shared level's action: how soon to act ("" for self-care)
    text: str
    do_now: tuple[str, ...]  # the shared action first, then the check's own steps
    sources: tuple[str, ...]
    what_to_say: tuple[str, ...] = ()  # emergency only: what to say when calling
    kiosk_do_now: tuple[str, ...] = ()  # `do_now` on a shared clinic screen (no journal)


@dataclass(frozen=True)
class AdultsOnly:
    """What the check says, without running its adult rules, to a person under 18."""

    when: Condition
    when_text: str
    label: str
    heading: str
    text: str
    do_now: tuple[str, ...]
    sources: tuple[str, ...]
    # On a shared clinic screen (the kiosk): ask the staff here, or the adult who came
    # along. `ask_here` is said ("" elsewhere); `kiosk_ask_here` holds the words.
    kiosk_ask_here: str = ""
    ask_here: str = ""


@dataclass(frozen=True)
class PatternText:
    id: str
    name: str  # "Irritated sciatic nerve"
    short: str  # "the sciatic nerve pattern", used inside sentences
    fits: str  # a paragraph: what this pattern is, in plain words
    learn_topic: str  # a word for Learn to find its card (free text, not an id)
    sources: tuple[str, ...]
    kiosk_fits: str = ""  # `fits` on a shared clinic screen, where there is no journal


@dataclass(frozen=True)
class Advice:
    id: str
    kind: str  # "do" or "avoid"
    text: str
    patterns: tuple[str, ...]  # applies when one of these leads, or scores high when mixed
    when: Condition | None
    when_text: str
    sources: tuple[str, ...]
    heat: bool = False  # suggests heat, or is a tip for using it
    kiosk_text: str = ""  # `text` on a shared clinic screen, where there is no journal


@dataclass(frozen=True)
class NoHeat:
    """When heat must not be used; `text` is then shown under "Avoid"."""

    id: str
    when: Condition
    when_text: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Reassurance:
    """A good sign, shown with a self-care or "see a clinician soon" result."""

    id: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SelfTestStep:
    text: str
    drawing: str  # the name of an SVG in assets/illustrations, without ".svg"
    description: str  # what the drawing shows, for screen readers


@dataclass(frozen=True)
class SelfTest:
    id: str
    title: str
    intro: str
    safety: str
    steps: tuple[SelfTestStep, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class TriageContent:
    """The whole decision content of one language, validated."""

    language: str
    yes_no_texts: Mapping[str, str]
    sections: tuple[Section, ...]
    questions: tuple[Question, ...]
    rules: tuple[RedFlagRule, ...]
    evidence: tuple[Evidence, ...]
    scoring: Scoring
    urgencies: Mapping[str, UrgencyText]
    patterns: Mapping[str, PatternText]  # every pattern id, and "mixed"
    texts: Mapping[str, str]
    adults_only: AdultsOnly
    advice: tuple[Advice, ...]
    no_heat: tuple[NoHeat, ...]
    watch_for: tuple[Sign, ...]  # "when to get help": shared signs, in file order
    reassurance: tuple[Reassurance, ...]
    selftests: Mapping[str, SelfTest]
    get_help: GetHelp  # the shared words about getting help
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({q.id: q for q in self.questions})

    def on_shared_screen(self) -> TriageContent:
        """These words as a shared clinic screen (the kiosk) says them: it keeps nothing
        and has no journal, so each text that sends people to the journal is replaced by
        its `kiosk_` version."""
        return replace(
            self,
            questions=tuple(replace(q, why=q.kiosk_why or q.why) for q in self.questions),
            urgencies={
                level: replace(u, do_now=u.kiosk_do_now or u.do_now)
                for level, u in self.urgencies.items()
            },
            patterns={
                pattern_id: replace(p, fits=p.kiosk_fits or p.fits)
                for pattern_id, p in self.patterns.items()
            },
            advice=tuple(replace(a, text=a.kiosk_text or a.text) for a in self.advice),
            adults_only=replace(self.adults_only, ask_here=self.adults_only.kiosk_ask_here),
            _by_id={},  # the questions' own, built again
        )

    def question(self, question_id: str) -> Question:
        """The question called `question_id`; KeyError if there is none."""
        return self._by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._by_id

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def option_text(self, question: Question, value: object) -> str:
        """The words of one answer, as the person saw them."""
        if question.kind == YES_NO and isinstance(value, str):
            return self.yes_no_texts.get(value, value)
        if question.kind == SCALE:
            return str(value)
        if isinstance(value, list | tuple):
            return ", ".join(self.option_text(question, v) for v in value)
        option = question.option(str(value))
        return option.text if option else str(value)
