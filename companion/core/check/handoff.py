""" "Take it home": a short plain-text summary of a finished check, for a shared screen.

On a clinic's kiosk nothing is kept, so the person takes the result with them: as a QR
code that holds this text itself (no web address, nothing sent anywhere), or on paper.

The summary is built from the check's own words, composed by `triage_advice.compose`
like every other output (the urgency, what to do now, the pattern that fits best and
why, what can help, when to get help) and a few words of its own from
``content/<lang>/handoff.toml``. It has a hard length cap so the QR code stays small
enough to scan: when it is too long, the least important lines go first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from companion.core.check.advice import (
    compose,
    shown_patterns,
    staff_help,
)
from companion.core.check.engine import (
    CLOSEST,
    NONE_CLOSE,
    TriageResult,
    fill_number,
    finding_name,
)
from companion.core.check.model import TriageContent
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    ContentError,
    InvalidContentError,
    language_dir,
    read_toml,
)
from companion.core.shared.kiosk_config import HANDOFF_CHOICES, KioskConfig
from companion.core.shared.records import EMERGENCY, URGENT, urgency_rank

FILE_NAME = "handoff.toml"
QR, PRINT = HANDOFF_CHOICES  # the ways to take a check home (`ways_home`)
# At QR error level M, 700 characters of plain text need a version 21 code: 109 modules
# with the quiet zone, about 650 pixels at 6 pixels a module. A phone reads that easily
# from arm's length; much longer texts make the modules too small to scan.
SUMMARY_LIMIT = 700
# The lines that keep a person safe (`_Line.keeps_safe`: what is always kept, the safety net,
# the warning sign that caused the result, the step that says when to call the emergency
# number, the line that the tips wait for a clinician) may take the code past
# SUMMARY_LIMIT up to this, and only they: every other line still fits in SUMMARY_LIMIT.
# At 700 the Spanish code left out the warning sign in 12 of the 19 adult stories that
# have one and the clinic's phone in 4 (its safety lines need 706 to 792 characters).
# At level M, the longest Spanish code, 824 characters (837 bytes in UTF-8, where
# accented letters take 2; version 23 holds up to 857), needs a version 23 code: 117
# modules with the quiet zone, 468 pixels at the kiosk's smallest 4 pixels a module,
# which a 1024x600 kiosk shows whole below its bar (700 Spanish characters: version 22,
# 113 modules, 452 pixels). That code is the safety net naming the words that stand in
# for the number (no number set) beside a long warning sign: at 800, 3 Spanish stories
# (legs heavy on walking for years) fell back to the net without the number.
SAFETY_LIMIT = 830
MAX_REASONS = 3
MAX_HELPS = 2
MAX_WHEN_HELP = 4
SIGN_SEPARATOR = "; "  # between the short titles of the signs to watch for
ELLIPSIS = "…"

# Each key of handoff.toml and the placeholders its text must hold.
WORD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("{date}",),
    "clinic": ("{name}",),
    "urgency": ("{label}", "{heading}"),
    # The same without the heading, for when room is short: the heading is then the
    # level's title ("Get medical help today"), which the first step says again in full.
    "urgency_short": ("{label}",),
    "do_now": (),
    "fits": ("{pattern}",),
    "mixed": ("{patterns}",),
    "reasons": (),
    "helps": (),
    "when_help": (),
    "when_help_line": ("{level}", "{signs}"),
    # The emergency level naming the number, before the signs that need help now.
    "when_help_call": ("{level}", "{emergency_number}"),
    "not_diagnosis": (),
    "phone": ("{phone}",),
}


@dataclass(frozen=True)
class HandoffWords:
    """The summary's own words (everything else comes from the check's content)."""

    title: str
    clinic: str
    urgency: str
    urgency_short: str
    do_now: str
    fits: str
    mixed: str
    reasons: str
    helps: str
    when_help: str
    when_help_line: str
    when_help_call: str
    not_diagnosis: str
    phone: str
    sources: tuple[str, ...]


def _read_words(path: Path) -> HandoffWords:
    root = read_toml(path)
    root.allow_only(*WORD_KEYS, "sources")
    texts: dict[str, str] = {}
    for key, placeholders in WORD_KEYS.items():
        text = root.text(key)
        missing = [p for p in placeholders if p not in text]
        if missing:
            raise root.error(key, f"should contain {', '.join(missing)}")
        texts[key] = text
    return HandoffWords(**texts, sources=root.text_list("sources"))


def load_handoff_words(root: Path | None = None, language: str = DEFAULT_LANGUAGE) -> HandoffWords:
    """The words of one language; InvalidContentError naming the file and key."""
    try:
        return _read_words(language_dir(root, language) / FILE_NAME)
    except ContentError as exc:
        raise InvalidContentError([exc]) from None


def check_handoff_content(folder: Path) -> Iterator[ContentError]:
    """For `companion content check` (`content check`): problems in ``handoff.toml``."""
    try:
        _read_words(folder / FILE_NAME)
    except ContentError as exc:
        yield exc


# --- The summary --------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    text: str
    rank: int  # 0 is always kept; when the text is too long, the highest rank goes first
    block: int  # blocks are separated by an empty line
    heading: str = ""  # a list item: the heading is written once above its first item
    short: str = ""  # the same said in fewer words, used only when room is short
    needs: int = -1  # the index of the line it explains: never kept without it
    # What it says instead when the line it needs is not kept ("" leaves it out): a step
    # that points to the tips, without pointing to them (see `_without_tips`).
    alone: str = ""
    safety: bool = False  # may take the code up to SAFETY_LIMIT (lines ranked KEEP too)
    # The same without naming the emergency number, used only when the safety lines
    # would not fit in SAFETY_LIMIT otherwise (the safety net: see SAFETY_NET).
    unnamed: str = ""

    @property
    def keeps_safe(self) -> bool:
        return self.safety or self.rank == KEEP


# Ranks, most important first. These lines are never left out (KEEP): the first step of
# what to do now, the step that says when to call the emergency number ("If it gets
# worse ... call 112"), what the summary is (its title, how urgent, and what fits,
# unless help is needed today: see FINDING_WHEN_URGENT), and, under 18, which signs
# need help now (see HELP_NOW).
KEEP = 0
# An adult told to care for themselves or to book a visit: the safety net, "When to get
# help" at the emergency level, said in fewer words so that it names the number (see
# `_help_now`: "Get help now, call 112: Numbness around the genitals ...; ...; Chest pain
# or sudden breathlessness."). The plain level line ("Get help now: ...", all five
# signs) never named it: 71 of the 74 English codes held no number at all. Said behind
# the level's heading ("Call 112 or go to an emergency department now if you have:", 58
# characters), the net named only three signs: chest pain (a clot in the lungs) was in
# none of the 74. The named form, 165 characters in English and 215 in Spanish (24 and
# 18 more without a number), is shorter than the plain line (194, 245), which is kept
# for when the safety lines would not fit in SAFETY_LIMIT with it (none of the stories).
# Ranked with the other levels (3), it was left out of 10 English and 60 Spanish codes
# of the 128 case stories (long clinic name), beside a long warning sign or in Spanish.
SAFETY_NET = 1
FIRST_HIT = 2
PHONE = 2
# When help is needed now, every step of "what to do now" beats the details.
PRESSING_STEPS = 2
# "The tips wait until a doctor has checked your leg" beats the reasons and the other
# steps. Ranked just below the warning sign, a long Spanish warning sign left no room for
# it beside "Tell them what you noticed" (11 of the 20 Spanish stories that hold the tips
# back). The summary offers no tips either way.
SELF_CARE_WAITS = 2
# When help is needed today, the pattern that fits gives way to the lines above: in
# Spanish, beside a long warning sign (179 characters or more), it left no room for
# the clinic's phone or the line that the tips wait. Its reasons go with it.
FINDING_WHEN_URGENT = 3
# Beside the safety net (adults, self-care or a visit), the clinic's phone gives way to
# the net and the first warning sign: the kiosk is in the clinic. It still beats the
# reasons, the tips and the other levels.
PHONE_BESIDE_SAFETY_NET = 4
FIRST_REASON = 5
FIRST_WHEN_HELP = 5
# When help is needed today, the level's middle steps ("Tell them what you noticed")
# give way to the clinic's phone, the line that the tips wait and the pattern.
URGENT_STEPS = 5
FIRST_HELP = 6
CLINIC = 7
SECOND_REASON = 7
MORE_WHEN_HELP = 8
MORE_HITS = 8
THIRD_REASON = 9
MORE_STEPS = 10
SECOND_HELP = 11
# Under 18, the step that says which signs need help now (the shared sentence "Get help
# now for numbness around your genitals ...", domain.md §1) is never left out, and is
# said as the adults' safety net (`_help_now`), which also names chest pain. Ranked with
# the other steps, the sentence never fitted beside them: 326 characters in English, 396
# in Spanish.
HELP_NOW = KEEP
# A line ranked this high or higher that would be left out makes every line that has a
# shorter form (the urgency without its heading) use it first. Beside the safety net
# that includes the clinic's phone, as before it gave way.
SHORT_FORMS_FOR = PHONE_BESIDE_SAFETY_NET


def _help_now(content: TriageContent, words: HandoffWords, number: str | None) -> str:
    """Which signs need help now, in the fewest words, naming the emergency number (or
    the words that stand in for it): "Get help now, call 112: Numbness around the
    genitals or back passage; ...; Chest pain or sudden breathlessness." (the signs of
    `summary.emergency_signs` in shared/get_help.toml)."""
    call = words.when_help_call.replace("{level}", content.get_help.levels[EMERGENCY].title)
    titles = SIGN_SEPARATOR.join(sign.title for sign in content.get_help.emergency_signs)
    return fill_number(content, f"{call} {titles}.", number)


def _without_tips(content: TriageContent) -> dict[str, str]:
    """The steps that point to the tips ("Follow the tips below."), each with what to
    say instead when the code holds no tip ("" to say nothing)."""
    texts = content.texts
    return {
        texts["tips_below"]: texts["tips_below_short"],
        texts["tips_for_pattern"]: "",
        texts["tips_no_pattern"]: "",
    }


def _lines(
    content: TriageContent,
    result: TriageResult,
    when: datetime,
    words: HandoffWords,
    config: KioskConfig,
) -> list[_Line]:
    staff = staff_help(content, config)
    guidance = compose(content, result, config.emergency_number, staff_help=staff)
    lines = [_Line(words.title.replace("{date}", f"{when:%Y-%m-%d}"), KEEP, 0)]
    if config.clinic_name:
        lines.append(_Line(words.clinic.replace("{name}", config.clinic_name), CLINIC, 0))

    pressing = urgency_rank(result.urgency) >= urgency_rank(URGENT)
    # Self-care or a visit, adults: which signs need help now (under 18 and when help is
    # needed today, a step of what to do now says it).
    safety_net = not pressing and any(g.level == EMERGENCY for g in guidance.when_to_get_help)
    level = content.get_help.levels.get(guidance.urgency)
    action = fill_number(content, level.action, config.emergency_number) if level else ""
    urgency = words.urgency.replace("{label}", guidance.label)
    short = ""
    if level and guidance.heading == level.title and action in guidance.now:
        short = words.urgency_short.replace("{label}", guidance.label)
    lines.append(_Line(urgency.replace("{heading}", guidance.heading), KEEP, 1, short=short))
    for index, sign in enumerate(guidance.signs):
        text = f"{sign.title}: {sign.note}" if sign.note else sign.title
        lines.append(_Line(text, FIRST_HIT if index == 0 else MORE_HITS, 1, safety=index == 0))
    # The shared emergency sentence, as adults or (under 18) young people hear it.
    shared = content.get_help
    help_now = {
        fill_number(content, sentence, config.emergency_number)
        for sentence in (shared.emergency, shared.emergency_young)
    }
    named_help_now = _help_now(content, words, config.emergency_number)
    # The last step that names the emergency number (or the words that stand in for
    # it): "If it gets worse ... call 112", or an emergency's "Call 112 ... now".
    number = fill_number(content, "{emergency_number}", config.emergency_number)
    calls = [step for step in guidance.now if number in step]
    without_tips = _without_tips(content)
    to_tips: list[int] = []  # the steps that point to the tips
    for index, step in enumerate(guidance.now_to_take_home()):
        safety = False
        if step in without_tips:
            if not guidance.do:  # no tips to point to
                if not without_tips[step]:
                    continue
                step = without_tips[step]
            else:
                to_tips.append(len(lines))
        if step in help_now:
            step, rank = named_help_now, HELP_NOW
        elif index == 0 or (calls and step == calls[-1]):
            rank = KEEP
        elif step == guidance.self_care_waits:
            rank = SELF_CARE_WAITS
            safety = True
        elif result.urgency == URGENT or step == guidance.tell_an_adult:
            # Under 18, "tell an adult you trust": on the screen it stands after the
            # level's steps; here it gives way to the clinic's phone, as they do.
            rank = URGENT_STEPS
        else:
            rank = PRESSING_STEPS if pressing else MORE_STEPS
        lines.append(_Line(step, rank, 1, words.do_now, safety=safety))

    if result.scored:
        shown = shown_patterns(content, result)
        found = result.finding
        if found == CLOSEST:
            fits = words.mixed.replace("{patterns}", ", ".join(p.name for p in shown))
        elif found == NONE_CLOSE:  # the same words as the result's heading
            fits = finding_name(content, result.leading, found)
        else:
            fits = words.fits.replace("{pattern}", content.patterns[result.leading].name)
        finding = len(lines)
        lines.append(_Line(fits, FINDING_WHEN_URGENT if pressing else KEEP, 2))
        reasons = [r.text for p in shown for r in p.reasons_for]
        reasons = list(dict.fromkeys(reasons))[:MAX_REASONS]  # no repeats across patterns
        ranks = (FIRST_REASON, SECOND_REASON, THIRD_REASON)
        for reason, rank in zip(reasons, ranks, strict=False):
            lines.append(_Line(reason, rank, 2, words.reasons, needs=finding))
    for index in to_tips:  # never kept without the first tip, or said without pointing
        alone = without_tips[lines[index].text]
        lines[index] = replace(lines[index], needs=len(lines), alone=alone)
    for helps, rank in zip(guidance.do[:MAX_HELPS], (FIRST_HELP, SECOND_HELP), strict=False):
        lines.append(_Line(helps, rank, 3, words.helps))
    # One line per level, most urgent first, in the fewest words: the level's title,
    # then the short titles of its signs.
    for index, group in enumerate(guidance.when_to_get_help[:MAX_WHEN_HELP]):
        rank = FIRST_WHEN_HELP if index == 0 else MORE_WHEN_HELP + index
        titles = SIGN_SEPARATOR.join(sign.title for sign in group.signs)
        line = words.when_help_line.replace("{level}", group.title).replace("{signs}", titles)
        if safety_net and group.level == EMERGENCY:
            net = _Line(named_help_now, SAFETY_NET, 4, words.when_help, safety=True, unnamed=line)
            lines.append(net)
            continue
        lines.append(_Line(line, rank, 4, words.when_help))
    for line in guidance.reassurance:
        lines.append(_Line(line, MORE_WHEN_HELP + MAX_WHEN_HELP, 4, words.when_help))

    lines.append(_Line(words.not_diagnosis, KEEP, 5))
    clinic_phone = config.phone_in(content.language)
    if clinic_phone:
        phone = words.phone.replace("{phone}", clinic_phone)
        lines.append(_Line(phone, PHONE_BESIDE_SAFETY_NET if safety_net else PHONE, 5))
    return lines


def _render(lines: list[_Line]) -> str:
    blocks: list[list[str]] = []
    last_block, last_heading = -1, ""
    for line in lines:
        if line.block != last_block:
            blocks.append([])
            last_block, last_heading = line.block, ""
        if line.heading and line.heading != last_heading:
            blocks[-1].append(line.heading)
        last_heading = line.heading
        blocks[-1].append(f"- {line.text}" if line.heading else line.text)
    return "\n\n".join("\n".join(block) for block in blocks)


def _shorten(text: str, limit: int) -> str:
    """`text` cut at a word to at most `limit` characters, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - len(ELLIPSIS), 0)]
    if " " in cut.rstrip():
        cut = cut.rstrip()[: cut.rstrip().rfind(" ")]
    return cut.rstrip(" ,;:.") + ELLIPSIS


def _settled(lines: list[_Line], kept: list[int]) -> list[_Line]:
    """The kept lines, each that needs a line not kept said `alone` or left out."""
    settled = []
    for index in kept:
        line = lines[index]
        if line.needs >= 0 and line.needs not in kept:
            if not line.alone:
                continue
            line = replace(line, text=line.alone)
        settled.append(line)
    return settled


def fit_lines(lines: list[_Line], limit: int, safety_limit: int = SAFETY_LIMIT) -> str:
    """The lines as text of at most `limit` characters, dropping the least important,
    then taking back, most important first, any dropped line that still fits. When that
    would leave out a line ranked `SHORT_FORMS_FOR` or higher, or cut short what is always
    kept, the lines with a shorter form use it and the lines are fitted again. When it
    would still leave out or cut short a safety line (`_Line.keeps_safe`), the safety
    lines are all kept whole, up to `safety_limit` characters, and the others only while
    the whole stays within `limit` (or what the safety lines alone need, if more). A line
    kept without the line it needs says its `alone` words instead, or is left out."""
    kept = _fit(lines, limit)
    lost = [line for i, line in enumerate(lines) if i not in kept]
    cut = len(_render(_settled(lines, kept))) > limit  # what is always kept, cut short
    if (cut or any(ln.rank <= SHORT_FORMS_FOR for ln in lost)) and any(ln.short for ln in lines):
        lines = [replace(line, text=line.short) if line.short else line for line in lines]
        kept = _fit(lines, limit)
    fitted = _settled(lines, kept)
    safe_kept = all(i in kept for i, line in enumerate(lines) if line.keeps_safe)
    if safe_kept and len(_render(fitted)) <= limit:
        return _render(fitted)
    safe = [line for line in lines if line.keeps_safe]
    if len(_render(safe)) > safety_limit:  # the safety net without naming the number
        lines = [replace(line, text=line.unnamed) if line.unnamed else line for line in lines]
        safe = [line for line in lines if line.keeps_safe]
    if len(_render(safe)) > safety_limit:  # even so too long: by rank, within `limit`
        return _shorten_to_fit(fitted, limit)
    room = max(limit, len(_render(safe)))
    lines = [replace(line, rank=KEEP) if line.keeps_safe else line for line in lines]
    return _render(_settled(lines, _fit(lines, room)))


def _fit(lines: list[_Line], limit: int) -> list[int]:
    """The indexes, in order, of the lines kept to fit in `limit` characters."""
    kept = list(range(len(lines)))
    dropped: list[int] = []
    while len(_render(_settled(lines, kept))) > limit:
        droppable = [i for i in kept if lines[i].rank > KEEP]
        if not droppable:
            break
        worst = max(lines[i].rank for i in droppable)
        # Of equal rank, the last one goes first (it is the least important of them).
        gone = max(i for i in droppable if lines[i].rank == worst)
        kept.remove(gone)
        dropped.append(gone)
    for index in sorted(dropped, key=lambda i: (lines[i].rank, i)):
        line = lines[index]
        if line.needs >= 0 and line.needs not in kept and not line.alone:
            continue  # a reason without the pattern it explains
        trial = sorted([*kept, index])
        if len(_render(_settled(lines, trial))) <= limit:
            kept = trial
    return kept


def _shorten_to_fit(kept: list[_Line], limit: int) -> str:
    text = _render(kept)
    while len(text) > limit:
        # Only essential lines are left and they are still too long: shorten the longest.
        longest = max(range(len(kept)), key=lambda i: len(kept[i].text))
        line = kept[longest]
        over = len(text) - limit
        shorter = _shorten(line.text, max(len(line.text) - over, 1))
        if shorter == line.text:
            return _shorten(text, limit)
        kept[longest] = replace(line, text=shorter)
        text = _render(kept)
    return text


def ways_home(result: TriageResult, config: KioskConfig | None) -> frozenset[str]:
    """How a finished check can be taken home from this screen: the clinic's choices in
    its kiosk config ("qr", "print"), for an adult's result and for the kind stop under 18
    alike; nothing at an emergency (its screen says to get help now, and nothing should
    stand before that) and nothing off a kiosk (the result is saved there)."""
    if config is None or result.urgency == EMERGENCY:
        return frozenset()
    return config.handoff


def summary_text(
    content: TriageContent,
    result: TriageResult,
    when: datetime,
    words: HandoffWords,
    config: KioskConfig | None = None,
    *,
    limit: int = SUMMARY_LIMIT,
    safety_limit: int = SAFETY_LIMIT,
) -> str:
    """The summary of a finished check, at most `limit` characters, or up to
    `safety_limit` for the lines that keep a person safe (see SAFETY_LIMIT).

    `config` gives the clinic's name and phone and the emergency number (without a
    number, the words "your local emergency number" stand in for it).
    """
    lines = _lines(content, result, when, words, config or KioskConfig())
    return fit_lines(lines, limit, max(limit, safety_limit))
