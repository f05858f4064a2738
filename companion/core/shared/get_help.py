"""When to get help: the warning signs, what to do about them and the timing rule.

These words live once, in ``content/<language>/shared/get_help.toml``, and every other
content file that needs them uses a placeholder, so the cards, the journal's trend, the
timers, the Home page and the guided check always say the same thing:

    {when_to_get_help}  the footer of a self-care card
    {timing}            the timing rule (about six weeks, sooner if it gets worse)
    {usual_course}      how long sciatica usually takes
    {help_now}          the short emergency sentence (Home's safety line)
    {help_now_young}    the same for a person under 18, without the older adults' legs
                        that can wait for a visit
    {sign:ID}           one warning sign with what to do about it
    {signs:LEVEL}       what to do at one urgency level, with its signs as a list

`GetHelp.fill` puts them in: as Markdown for cards, as plain sentences for labels.
`{emergency_number}` is left for the page that shows the text (it comes from Settings).
The guided check names a sign by its id instead (`sign = "ID"` in each urgency rule,
see `triage_content`) and takes the sign's title and note, and each level's title and
action, from here; `fill_sentences` fills the few placeholders its own texts may use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    ContentError,
    Fields,
    language_dir,
    read_toml,
)
from companion.core.shared.records import EMERGENCY, SOON, URGENT

GET_HELP_FILE = Path("shared") / "get_help.toml"
HELP_CARD = "when_to_get_help"
# The levels a sign can have, most urgent first.
LEVELS = (EMERGENCY, URGENT, SOON)
EMERGENCY_NUMBER = "{emergency_number}"

FOOTER = "{when_to_get_help}"
TIMING = "{timing}"
USUAL_COURSE = "{usual_course}"
HELP_NOW = "{help_now}"
HELP_NOW_YOUNG = "{help_now_young}"
# The placeholders that stand for whole sentences, so any text can hold them.
SENTENCE_PLACEHOLDERS = (TIMING, USUAL_COURSE, HELP_NOW, HELP_NOW_YOUNG)
_SIGN = re.compile(r"\{sign:([a-z0-9_]*)\}")
_SIGNS = re.compile(r"\{signs:([a-z0-9_]*)\}")
_WEEKS = "{weeks}"
_SIGN_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LINE_END_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


class PlaceholderError(ValueError):
    """A placeholder that names no sign or level; the caller adds the file and key."""


@dataclass(frozen=True)
class Level:
    """What to do at one level of urgency."""

    id: str
    title: str  # "Get medical help today"
    heading: str  # leads a list of signs
    action: str  # one sentence to act on


@dataclass(frozen=True)
class Sign:
    """One warning sign."""

    id: str
    level: str
    title: str  # a few words: tick boxes and headings
    text: str  # one line of a list
    note: str  # why it matters ("" when there is nothing to add)
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Timing:
    """How long a pain like this usually takes, and after how many weeks to see someone."""

    weeks: int
    usual: str  # how long sciatica usually takes
    rule: str  # when to see someone, with the weeks filled in
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class GetHelp:
    """The shared words of one language."""

    path: Path
    levels: Mapping[str, Level]
    signs: tuple[Sign, ...]
    timing: Timing
    emergency: str  # the short emergency sentence (Home, the footer)
    urgent: str  # the short same-day sentence (the footer)
    footer_title: str
    footer_link: str
    sources: tuple[str, ...]
    # The emergency sentence for a person under 18: without its last words, that legs
    # heavy on walking for months can wait (a narrowed spinal canal, an older adult's).
    emergency_young: str = ""
    summary_sources: tuple[str, ...] = ()  # for the short sentences (Home, the footer)
    # The signs that need help now, named by their titles where room is short (the
    # take-home code): the emergency sentence's signs, and chest pain (see get_help.toml).
    emergency_signs: tuple[Sign, ...] = ()

    def sign(self, sign_id: str) -> Sign:
        for sign in self.signs:
            if sign.id == sign_id:
                return sign
        raise PlaceholderError(f"no warning sign called '{sign_id}'")

    def signs_at(self, level: str) -> tuple[Sign, ...]:
        return tuple(sign for sign in self.signs if sign.level == level)

    def sources_for(self, text: str) -> tuple[str, ...]:
        """The sources behind the shared words `text` uses, so that a card (say) can
        name them beside its own: they travel with the words."""
        found: list[str] = []
        if FOOTER in text:
            found += [*self.summary_sources, *self.timing.sources]
        if TIMING in text or USUAL_COURSE in text:
            found += self.timing.sources
        if HELP_NOW in text or HELP_NOW_YOUNG in text:
            found += self.summary_sources
        for match in _SIGN.finditer(text):
            found += self.sign(match.group(1)).sources
        for match in _SIGNS.finditer(text):
            for sign in self.signs_at(match.group(1)):
                found += sign.sources
        return tuple(dict.fromkeys(found))

    def level(self, level_id: str) -> Level:
        if level_id not in self.levels:
            raise PlaceholderError(f"'{level_id}' is not a level ({', '.join(LEVELS)})")
        return self.levels[level_id]

    # --- the pieces, as plain sentences ---

    def footer_text(self) -> str:
        """The footer's words without its heading or link (the journal shows these)."""
        return f"{self.emergency} {self.urgent} {self.timing.rule}"

    def sign_advice(self, sign_id: str) -> str:
        """One sign, why it matters and what to do, as plain sentences."""
        sign = self.sign(sign_id)
        parts = [sign.text, self.levels[sign.level].action, sign.note]
        return " ".join(part for part in parts if part)

    # --- filling placeholders ---

    def fill(self, text: str, *, markdown: bool) -> str:
        """`text` with every shared placeholder replaced; `{emergency_number}` is kept.

        Raises:
            PlaceholderError: a `{sign:...}` or `{signs:...}` that names nothing.
        """
        text = text.replace(FOOTER, self._footer(markdown))
        text = _SIGNS.sub(lambda m: self._sign_list(m.group(1), markdown), text)
        text = _SIGN.sub(lambda m: self._one_sign(m.group(1), markdown), text)
        text = self.fill_sentences(text)
        return _BLANK_LINES.sub("\n\n", _LINE_END_SPACE.sub("\n", text)).strip()

    def fill_sentences(self, text: str) -> str:
        """`text` with the placeholders that stand for whole sentences filled in
        (`SENTENCE_PLACEHOLDERS`); anything else is left as it is."""
        text = text.replace(TIMING, self.timing.rule).replace(USUAL_COURSE, self.timing.usual)
        text = text.replace(HELP_NOW_YOUNG, self.emergency_young)
        return text.replace(HELP_NOW, self.emergency)

    def footer_markdown(self) -> str:
        """The footer's words for a card, without its heading (`footer_title`): now,
        today and the timing rule as a list, then a link to the help card."""
        lines = (self.emergency, self.urgent, self.timing.rule)
        items = "\n".join(f"- {line}" for line in lines)
        return f"{items}\n\n[{self.footer_link}](card:{HELP_CARD})"

    def _footer(self, markdown: bool) -> str:
        if not markdown:
            return f"{self.footer_title}: {self.footer_text()}"
        return f"### {self.footer_title}\n\n{self.footer_markdown()}"

    def _one_sign(self, sign_id: str, markdown: bool) -> str:
        if not markdown:  # a paragraph of its own, named by the sign's title
            return f"\n\n{self.sign(sign_id).title}: {self.sign_advice(sign_id)}\n\n"
        # In a card the sign stands out as a list item of its own, after the words
        # that lead up to it.
        sign = self.sign(sign_id)
        action = f"**{self.levels[sign.level].action}**"
        item = " ".join(part for part in (sign.text, action, sign.note) if part)
        return f"\n\n- {item}\n\n"

    def _sign_list(self, level_id: str, markdown: bool) -> str:
        level = self.level(level_id)
        lines = [f"- {sign.text}" for sign in self.signs_at(level_id)]
        heading = f"**{level.heading}**" if markdown else level.heading
        return heading + "\n\n" + "\n".join(lines)


def placeholders_in(text: str) -> set[str]:
    """The shared placeholders `text` uses (to check, for example, a card's footer)."""
    found = {p for p in (FOOTER, *SENTENCE_PLACEHOLDERS) if p in text}
    found |= {m.group(0) for m in _SIGN.finditer(text)}
    found |= {m.group(0) for m in _SIGNS.finditer(text)}
    return found


def fill_or_error(
    help_words: GetHelp, fields: Fields, key: str, *, markdown: bool, number: bool = True
) -> str:
    """The text at `key` with the shared placeholders filled; a bad one names file and key.

    With `number` false the text is shown as it is, so `{emergency_number}` (which a
    placeholder can bring in) is refused.
    """
    try:
        filled = help_words.fill(fields.text(key), markdown=markdown)
    except PlaceholderError as exc:
        raise fields.error(key, str(exc)) from None
    if not number and EMERGENCY_NUMBER in filled:
        raise fields.error(key, f"cannot show {EMERGENCY_NUMBER} here")
    return filled


# --- reading the file -----------------------------------------------------------------


def _needs_number(fields: Fields, key: str) -> str:
    text = fields.text(key)
    if EMERGENCY_NUMBER not in text:
        raise fields.error(key, f"should contain {EMERGENCY_NUMBER}")
    return text


def _levels(root: Fields) -> dict[str, Level]:
    table = root.table("level")
    table.allow_only(*LEVELS)
    levels = {}
    for level_id in LEVELS:
        one = table.table(level_id)
        one.allow_only("title", "heading", "action")
        levels[level_id] = Level(
            level_id, one.text("title"), one.text("heading"), one.text("action")
        )
    for key in ("heading", "action"):
        text = getattr(levels[EMERGENCY], key)
        if EMERGENCY_NUMBER not in text:
            raise table.table(EMERGENCY).error(key, f"should contain {EMERGENCY_NUMBER}")
    return levels


def _timing(root: Fields) -> Timing:
    table = root.table("timing")
    table.allow_only("weeks", "usual", "rule", "sources")
    sources = table.text_list("sources")
    weeks = table.get("weeks")
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 52:
        raise table.error("weeks", "should be a whole number of weeks from 1 to 52")
    rule = table.text("rule")
    if _WEEKS not in rule:
        raise table.error("rule", f"should contain {_WEEKS}")
    return Timing(weeks, table.text("usual"), rule.replace(_WEEKS, str(weeks)), sources)


def _signs(root: Fields, weeks: int) -> tuple[Sign, ...]:
    signs = []
    seen: set[str] = set()
    for table in root.tables("sign"):
        table.allow_only("id", "level", "title", "text", "note", "sources")
        sign_id = table.text("id")
        if not _SIGN_ID.match(sign_id):
            raise table.error("id", "should be lowercase letters, digits and _")
        if sign_id in seen:
            raise table.error("id", f"'{sign_id}' is used twice")
        seen.add(sign_id)
        level = table.text("level")
        if level not in LEVELS:
            raise table.error("level", f"'{level}' is not one of {', '.join(LEVELS)}")
        signs.append(
            Sign(
                sign_id,
                level,
                table.text("title").replace(_WEEKS, str(weeks)),
                table.text("text").replace(_WEEKS, str(weeks)),
                (table.optional_text("note") or "").replace(_WEEKS, str(weeks)),
                table.text_list("sources"),
            )
        )
    for level in LEVELS:
        if not any(sign.level == level for sign in signs):
            raise root.error("sign", f"needs at least one sign at level '{level}'")
    return tuple(signs)


def _emergency_signs(summary: Fields, signs: tuple[Sign, ...]) -> tuple[Sign, ...]:
    """The signs `emergency_signs` names. One that is missing or not at level emergency
    is left out here, so that the check of the sign itself names the problem first, and
    `check_get_help_content` reports it."""
    by_id = {sign.id: sign for sign in signs}
    named = [by_id.get(sign_id) for sign_id in summary.text_list("emergency_signs")]
    found = tuple(sign for sign in named if sign and sign.level == EMERGENCY)
    # Never fewer signs than the sentence: all of the level's, if none is found.
    return found or tuple(sign for sign in signs if sign.level == EMERGENCY)


def read_get_help(folder: Path) -> GetHelp:
    """Read and check `shared/get_help.toml` of one language folder.

    Raises:
        ContentError: naming the file and the key.
    """
    path = folder / GET_HELP_FILE
    root = read_toml(path)
    root.allow_only("sources", "level", "timing", "summary", "footer", "sign")
    sources = root.text_list("sources")
    levels = _levels(root)
    timing = _timing(root)
    summary = root.table("summary")
    summary.allow_only("emergency", "emergency_can_wait", "urgent", "emergency_signs", "sources")
    emergency_young = _needs_number(summary, "emergency")
    summary_sources = summary.text_list("sources")
    signs = _signs(root, timing.weeks)
    footer = root.table("footer")
    footer.allow_only("title", "link")
    return GetHelp(
        path=path,
        levels=levels,
        signs=signs,
        timing=timing,
        emergency=f"{emergency_young} {summary.text('emergency_can_wait')}",
        emergency_young=emergency_young,
        urgent=summary.text("urgent"),
        footer_title=footer.text("title"),
        footer_link=footer.text("link"),
        sources=sources,
        summary_sources=summary_sources,
        emergency_signs=_emergency_signs(summary, signs),
    )


@cache
def _load(folder: Path) -> GetHelp:
    return read_get_help(folder)


def load_get_help(root: Path | None = None, language: str = DEFAULT_LANGUAGE) -> GetHelp:
    """The shared words of one language (read once, then kept), for pages that show them.

    Content loaders call `read_get_help` instead, so `content check` always reads the file
    as it is now.
    """
    return _load(language_dir(root, language))


def check_get_help_content(folder: Path) -> Iterator[ContentError]:
    """For `content check` (`content check`): every problem in the shared words."""
    try:
        words = read_get_help(folder)
    except ContentError as exc:
        yield exc
        return
    summary = read_toml(words.path).table("summary")
    found = {sign.id for sign in words.emergency_signs}
    for sign_id in summary.text_list("emergency_signs"):
        if sign_id not in found:
            yield summary.error("emergency_signs", f"'{sign_id}' is not a sign at level emergency")
