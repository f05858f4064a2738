"""How the guided check uses the app's shared words about getting help.

The warning signs, what to do at each level of urgency and the timing rule are written
once, in ``content/<lang>/shared/get_help.toml`` (`companion.core.shared.get_help`), for the
cards, the journal, the timers and the check alike. The check's own files name them
instead of writing them again:

- each urgency rule names its sign (``sign = "ID"`` in ``red_flags.toml``) and shows that
  sign's title and note, with what the rule adds;
- each level's title and action are the result's heading and first step;
- "when to get help" lists shared signs by id (``advice.toml``);
- ``{timing}``, ``{usual_course}`` and ``{help_now}`` put shared sentences into the
  check's own texts.

`SharedWords` reads those texts for the loader (`triage_content`) and rejects words that
drift from the shared ones, naming the file and the key: a rule more urgent than its
sign, or less urgent without saying how it differs; a title, note or step that repeats
the shared words; a check that asks about other weeks than the timing rule's; and, in
`content check` only (it reads every sentence), a text that spells out a shared sign or
the timing rule again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.core.check.rules import Condition, comparisons_in
from companion.core.shared.content import Fields
from companion.core.shared.get_help import (
    SENTENCE_PLACEHOLDERS,
    GetHelp,
    Sign,
    placeholders_in,
)
from companion.core.shared.near_duplicates import near_duplicate, same_words
from companion.core.shared.records import urgency_rank

# The shared sign that is the timing rule: a rule about it may ask only about the timing
# rule's weeks (an answer value such as "over_6_weeks" names its number of weeks).
TIMING_SIGN = "not_better"
POSSIBLE_PLACEHOLDER = "{sign}"  # in red_flags.toml's possible_title
_WEEKS_VALUE = re.compile(r"(?:^|_)(\d+)_weeks$")
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


class SharedWords:
    """The shared words of one language, as the check's loader reads its own texts.

    With `scan`, every sentence of the check's own texts is compared with each shared
    sign and the timing rule (`content check` does this; opening the Check page need
    not, so it stays quick).
    """

    def __init__(self, words: GetHelp, *, scan: bool = False) -> None:
        self.words = words
        self.scan = scan

    def own(self, fields: Fields, key: str, text: str) -> str:
        """`text` (the value at `key`, as written) with the shared sentences filled in.

        Rejects any other shared placeholder (the check names a sign with `sign`, not
        `{sign:ID}`), and words that spell out a shared sign or the timing rule again.
        """
        other = placeholders_in(text) - set(SENTENCE_PLACEHOLDERS)
        if other:
            allowed = ", ".join(SENTENCE_PLACEHOLDERS)
            raise fields.error(
                key,
                f"{sorted(other)[0]} cannot be used in the check (it may use {allowed}); "
                "name a warning sign with `sign` in red_flags.toml or in when_to_get_help",
            )
        if self.scan:
            self._not_written_again(fields, key, text)
        return self.words.fill_sentences(text)

    def _not_written_again(self, fields: Fields, key: str, text: str) -> None:
        written = text
        for placeholder in SENTENCE_PLACEHOLDERS:
            written = written.replace(placeholder, "")
        for sentence in _sentences(written):
            if near_duplicate(sentence, self.words.timing.rule):
                raise fields.error(
                    key, "writes the timing rule again: use {timing} (shared/get_help.toml)"
                )
            for sign in self.words.signs:
                if near_duplicate(sentence, sign.text):
                    raise fields.error(
                        key,
                        f"spells out the shared warning sign '{sign.id}' again: name it by "
                        "its id instead (shared/get_help.toml)",
                    )

    def text(self, fields: Fields, key: str) -> str:
        return self.own(fields, key, fields.text(key))

    def optional_text(self, fields: Fields, key: str) -> str:
        text = fields.optional_text(key) or ""
        return self.own(fields, key, text) if text else ""

    def text_list(self, fields: Fields, key: str) -> tuple[str, ...]:
        return tuple(self.own(fields, key, text) for text in fields.text_list(key))

    def sign(self, fields: Fields, key: str, sign_id: str | None = None) -> Sign:
        """The shared sign named at `key` (or `sign_id`, one of a list there)."""
        sign_id = fields.text(key) if sign_id is None else sign_id
        found = next((s for s in self.words.signs if s.id == sign_id), None)
        if found is None:
            known = ", ".join(s.id for s in self.words.signs)
            raise fields.error(
                key, f"'{sign_id}' is not a warning sign in shared/get_help.toml (known: {known})"
            )
        return found

    def sources(self, own: tuple[str, ...], fields: Fields, *keys: str) -> tuple[str, ...]:
        """`own` sources, then those of the shared sentences the texts at `keys` put in,
        so they travel with the words."""
        written: list[str] = []
        for key in keys:
            value = fields.get(key)
            if isinstance(value, str):
                written.append(value)
            elif isinstance(value, list):
                written += [str(item) for item in value]
        found = self.words.sources_for(" ".join(written))
        return tuple(dict.fromkeys((*own, *found)))


@dataclass(frozen=True)
class RuleWords:
    """What an urgency rule shows: its shared sign's words, with what the rule adds."""

    sign: str  # the sign's id
    title: str
    note: str
    sources: tuple[str, ...]  # the sign's


def rule_words(
    table: Fields,
    shared: SharedWords,
    urgency: str,
    when: Condition,
    possible_title: str,
) -> RuleWords:
    """The words of the rule in `table` (keys sign, possible, title, note), checked
    against its shared sign."""
    sign = shared.sign(table, "sign")
    possible = table.get("possible", False)
    if not isinstance(possible, bool):
        raise table.error("possible", f"should be true or false, not {possible!r}")
    own_title = table.optional_text("title") or ""
    if urgency_rank(urgency) > urgency_rank(sign.level):
        raise table.error(
            "urgency",
            f"'{urgency}' is more urgent than its shared sign '{sign.id}' ({sign.level}): "
            "change the sign's level in shared/get_help.toml, so the whole app agrees",
        )
    if urgency_rank(urgency) < urgency_rank(sign.level) and not (possible or own_title):
        raise table.error(
            "urgency",
            f"'{urgency}' is less urgent than its shared sign '{sign.id}' ({sign.level}): "
            "say how it differs with possible = true or a title of its own",
        )
    if possible and own_title:
        raise table.error("title", "give either possible = true or a title, not both")
    if own_title and same_words(own_title, sign.title):
        raise table.error(
            "title", f"says what the shared sign '{sign.id}' calls itself: leave it out"
        )
    own_note = shared.optional_text(table, "note")
    if own_note and sign.note and near_duplicate(own_note, sign.note):
        raise table.error("note", f"repeats the note of the shared sign '{sign.id}': leave it out")
    if sign.id == TIMING_SIGN:
        _same_weeks(table, when, shared.words.timing.weeks)
    if possible:
        title = possible_title.replace(POSSIBLE_PLACEHOLDER, sign.title)
    else:
        title = own_title or sign.title
    note = " ".join(part for part in (sign.note, own_note) if part)
    return RuleWords(sign.id, title, note, sign.sources)


def _same_weeks(table: Fields, when: Condition, weeks: int) -> None:
    for compare in comparisons_in(when):
        for value in compare.values:
            found = _WEEKS_VALUE.search(str(value))
            if found and int(found.group(1)) != weeks:
                raise table.error(
                    "when",
                    f"asks about {found.group(1)} weeks, but the shared timing rule says "
                    f"about {weeks} (shared/get_help.toml): change one of them",
                )


def level_words(
    table: Fields, level: str, shared: SharedWords, steps: tuple[str, ...]
) -> tuple[str, str, tuple[str, ...]]:
    """A level's heading, action and steps of "what to do now": for a level the shared
    file has, its title, its action, and the action followed by the check's own `steps`
    (none may repeat it); for self-care, the check's own heading and no action."""
    shared_level = shared.words.levels.get(level)
    if shared_level is None:
        return table.text("heading"), "", steps
    action = shared_level.action
    for step in steps:
        if near_duplicate(step, action):
            raise table.error(
                "do_now",
                f"'{step}' repeats the shared action of '{level}' (shared/get_help.toml), "
                "which is already the first step: leave it out",
            )
    return shared_level.title, action, (action, *steps)
