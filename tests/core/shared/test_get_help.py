"""The app's shared words about getting help: the warning signs, the "when to get help"
footer and the timing rule are written once, in `shared/get_help.toml`, and every card,
the journal's trend, the timers, the quiz and the guided check take them from there, so
they cannot drift. One test (or more) per rule, and `content check` catches each way of
breaking it, naming the file and the key."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from companion.core.journal.entry import WARNING_SIGNS
from companion.core.journal.trend import read_trend_content
from companion.core.learn.cards import GET_HELP_KIND, SELF_CARE_KIND, LearnContent, load_learn
from companion.core.shared.get_help import FOOTER, HELP_CARD, LEVELS, GetHelp
from companion.core.shared.readability import grade_level
from companion.core.timers.content import load_timer_content
from tests.helpers.content_edits import edit, problems
from tests.helpers.shared_words import EN, MAX_GRADE, sentences

NUMBER = "your local emergency number"

# The cards issue 19 names as giving self-care advice, and the cards written for it.
SELF_CARE_CARDS = {
    "heat_and_ice",
    "lower_back",
    "tendon_pain",
    "nerve_do_avoid",
    "sitting_pacing",
    "graded_return",
    "medicine_facts",
    "return_to_running",
    "tendon_loading",
    "living_with_canal",
    "nerve_positions",
}
# Words that only the shared file may use to describe a warning sign.
RED_FLAG_WORDS = re.compile(
    r"genital|back passage|saddle|bladder|bowel|blood clot|emergency department", re.I
)
# A sentence that ties a number of weeks to seeing someone is the timing rule.
WEEKS = re.compile(r"\b(\d+|a few|few|several|six|four)\s+weeks?\b", re.I)
SEE_SOMEONE = re.compile(r"\b(see|book|visit|doctor|GP|clinician|physiotherapist|checked)\b", re.I)


def written_text(path: Path) -> str:
    """What an author wrote for people to read: no comments, sources or search keywords."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^#.*$", "", text)
    for key in ("sources", "keywords"):
        text = re.sub(rf"(?ms)^\s*{key} = \[\s*$.*?^\s*\]\s*$", "", text)  # over lines
        text = re.sub(rf"(?m)^\s*{key} = \[.*\]\s*$", "", text)  # on one line
    return text


def files_that_use_the_shared_words() -> list[Path]:
    return [
        *sorted((EN / "cards").glob("*.md")),
        EN / "journal" / "trend.toml",
        *sorted((EN / "timers").glob("*.toml")),
        EN / "learn" / "anatomy.toml",
        *CHECK_FILES,
    ]


# The guided check's files that say what to do: its rules, results and advice. Its
# questions ask about each sign directly, in words of their own (people rarely mention
# saddle numbness unless asked), so they are left out of the sign test; they are in the
# timing test. The case stories (cases.toml) are test data, not words anyone reads.
CHECK_FILES = [
    EN / "triage" / name
    for name in (
        "red_flags.toml",
        "outcomes.toml",
        "advice.toml",
        "evidence.toml",
        "selftests.toml",
    )
]
# Keys of the check's files that hold ids and logic, not words a person reads.
CHECK_LOGIC_KEYS = {
    "id", "sign", "signs", "urgency", "level", "kind", "when", "show_if", "patterns",
    "pattern", "sources", "learn_topic", "value", "area", "drawing", "selftest", "section",
    "heat", "exclusive", "remember", "possible", "weight", "lead_at_least", "lead_margin",
}  # fmt: skip


def check_reader_text(path: Path) -> str:
    """Every string of a check TOML file that a person reads, one to a line."""
    found: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if key in CHECK_LOGIC_KEYS:
            return
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for child_key, child in value.items():
                walk(child, child_key)
        elif isinstance(value, list):
            for child in value:
                walk(child, key)

    walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return "\n".join(found)


def reader_text(path: Path) -> str:
    if path.parent.name == "triage":
        return check_reader_text(path)
    return written_text(path)


# --- the file itself -----------------------------------------------------------------


def test_the_shared_words_load_with_a_source_for_every_sign(shared: GetHelp) -> None:
    assert list(LEVELS) == list(shared.levels)
    for level in LEVELS:
        assert shared.signs_at(level), level
    for sign in shared.signs:
        assert sign.sources and sign.title and sign.text, sign.id
    assert "{emergency_number}" in shared.emergency
    assert "{emergency_number}" in shared.levels["emergency"].action
    assert shared.timing.weeks == 6
    assert "about 6 weeks" in shared.timing.rule and "worse" in shared.timing.rule
    assert "4 to 6 weeks" in shared.timing.usual
    # The journal's tick boxes are named by these signs.
    for sign in WARNING_SIGNS:
        assert shared.sign(sign).level in ("emergency", "urgent")


def test_shared_words_read_at_grade_8_or_below(shared: GetHelp) -> None:
    # Graded as a reader meets them: the footer on its own, and the signs as a list with
    # what to do (one short line is too little text for the formula to mean much).
    assert grade_level(shared.footer_text()) <= MAX_GRADE
    lists = "\n\n".join(shared.fill(f"{{signs:{level}}}", markdown=True) for level in LEVELS)
    assert grade_level(lists) <= MAX_GRADE
    advice = " ".join(shared.sign_advice(sign.id) for sign in shared.signs)
    assert grade_level(advice) <= MAX_GRADE
    assert grade_level(f"{shared.timing.usual} {shared.timing.rule}") <= MAX_GRADE


# --- rule 1: a "when to get help" footer on every self-care card ----------------------


def test_every_self_care_card_ends_with_the_shared_footer(
    learn: LearnContent, shared: GetHelp
) -> None:
    kinds = {card.id: card.kind for card in learn.cards.values()}
    assert {cid for cid, kind in kinds.items() if kind == SELF_CARE_KIND} >= SELF_CARE_CARDS
    assert [cid for cid, kind in kinds.items() if kind == GET_HELP_KIND] == [HELP_CARD]
    for card in learn.cards.values():
        if card.kind == SELF_CARE_KIND:
            assert card.footer == shared.footer_markdown(), card.id
            assert card.footer_title == "When to get help"
            assert card.footer.endswith(f"(card:{HELP_CARD})"), card.id
            assert FOOTER not in card.main + card.detail


def test_content_check_fails_when_a_self_care_card_has_no_footer(content_copy: Path) -> None:
    edit(content_copy / "en/cards/heat_and_ice.md", "{when_to_get_help}", "")
    assert (
        "heat_and_ice.md",
        "body",
        "a self-care card must end its main text with the {when_to_get_help} footer",
    ) in problems(content_copy)


def test_the_footer_must_be_in_the_main_text_not_the_detail(content_copy: Path) -> None:
    path = content_copy / "en/cards/sleep.md"
    edit(path, "{when_to_get_help}\n", "")
    edit(path, "## More detail\n", "## More detail\n{when_to_get_help}\n")
    assert ("sleep.md", "body") in {p[:2] for p in problems(content_copy)}


def test_every_card_says_what_kind_it_is(content_copy: Path) -> None:
    edit(content_copy / "en/cards/lower_back.md", 'kind = "self_care"\n', "")
    edit(content_copy / "en/cards/sleep.md", 'kind = "self_care"', 'kind = "selfcare"')
    found = problems(content_copy)
    assert ("lower_back.md", "kind", "is missing") in found
    assert ("sleep.md", "kind") in {p[:2] for p in found}


def test_only_the_help_card_lists_the_signs(content_copy: Path) -> None:
    edit(content_copy / "en/cards/sleep.md", 'kind = "self_care"', 'kind = "get_help"')
    edit(content_copy / "en/cards/when_to_get_help.md", "{signs:urgent}", "")
    keys = {p[:2] for p in problems(content_copy)}
    assert ("sleep.md", "kind") in keys
    assert ("when_to_get_help.md", "body") in keys


def test_the_footer_is_written_once_so_one_edit_changes_every_card(content_copy: Path) -> None:
    edit(
        content_copy / "en/shared/get_help.toml",
        'link = "See all the warning signs"',
        'link = "Read every warning sign"',
    )
    learn = load_learn(content_copy / "en")
    for card in learn.cards.values():
        if card.kind == SELF_CARE_KIND:
            assert "[Read every warning sign](card:when_to_get_help)" in card.footer, card.id


# --- rule 2: the red-flag wording lives only in the shared file -----------------------


def test_no_other_content_file_spells_out_a_warning_sign() -> None:
    found = {}
    for path in files_that_use_the_shared_words():
        hits = RED_FLAG_WORDS.findall(reader_text(path))
        if hits:
            found[path.name] = hits
    assert not found, f"use {{sign:ID}} or {{signs:LEVEL}} instead: {found}"


def test_the_help_card_lists_every_shared_sign(learn: LearnContent, shared: GetHelp) -> None:
    card = learn.card(HELP_CARD)
    for sign in shared.signs:
        place = card.main if sign.level != "soon" else card.detail
        assert f"- {sign.text}" in place, sign.id
    main = card.main_text("112")
    assert "**Call 112 or go to an emergency department now if you have:**" in main


def test_cards_timers_and_trend_show_the_same_clot_words(
    learn: LearnContent, shared: GetHelp
) -> None:
    clot = shared.sign("clot_signs")
    heat = load_timer_content(EN).heat
    (swollen,) = [q for q in heat.questions if q.id == "swollen_red"]
    assert swollen.stop_text.endswith(shared.sign_advice("clot_signs"))
    for card_id in ("heat_and_ice", "muscle_strain"):
        assert clot.text in learn.card(card_id).detail, card_id


def test_one_edit_to_a_sign_reaches_the_cards_the_timer_and_the_help_card(
    content_copy: Path,
) -> None:
    new = "One leg that is swollen, hot and painful."
    edit(
        content_copy / "en/shared/get_help.toml",
        'text = "One calf that is swollen and warm, or one calf or thigh that throbs or cramps '
        'and is swollen, warm, red or darker than the other."',
        f'text = "{new}"',
    )
    folder = content_copy / "en"
    learn = load_learn(folder)
    assert new in learn.card("heat_and_ice").detail
    assert f"- {new}" in learn.card(HELP_CARD).main
    (swollen,) = [q for q in load_timer_content(folder).heat.questions if q.id == "swollen_red"]
    assert new in swollen.stop_text


def test_the_quiz_names_the_saddle_sign_as_the_shared_words_do(
    learn: LearnContent, shared: GetHelp
) -> None:
    (question,) = [q for q in learn.quiz.questions if q.id == "emergency"]
    right = question.choices[question.correct].lower()
    assert shared.sign("saddle_numbness").title.lower() in right
    # Alone it is an emergency: the feedback never makes it depend on a second sign.
    assert "on its own" in question.right and "on its own" in question.wrong


# --- rule 3: one timing rule -----------------------------------------------------------


def test_no_other_content_file_writes_its_own_timing_rule() -> None:
    found = []
    files = [
        *files_that_use_the_shared_words(),
        EN / "learn" / "quiz.toml",
        EN / "triage" / "questions.toml",
    ]
    for path in files:
        for sentence in sentences(reader_text(path)):
            if WEEKS.search(sentence) and SEE_SOMEONE.search(sentence):
                found.append((path.name, sentence.strip()))
    assert not found, f"use {{timing}} instead: {found}"


def test_changing_the_weeks_once_changes_cards_quiz_and_journal(content_copy: Path) -> None:
    edit(content_copy / "en/shared/get_help.toml", "weeks = 6", "weeks = 8")
    folder = content_copy / "en"
    learn = load_learn(folder)
    for card_id in ("heat_and_ice", "how_long", "track_progress", "lower_back"):
        card = learn.card(card_id)
        text = card.main + card.footer + card.detail
        assert "about 8 weeks" in text, card_id
        assert "about 6 weeks" not in text, card_id
    (question,) = [q for q in learn.quiz.questions if q.id == "how_long"]
    assert "about 8 weeks" in question.right
    assert read_trend_content(folder).rules.clinician_after_days == 56
    help_card = learn.card(HELP_CARD)
    assert (
        "- It is not clearly better after about 8 weeks of self-care, or it gets worse at any "
        "point." in help_card.detail
    )
    # The check still asks about 6 weeks: content check says so, naming the rule, until
    # both agree.
    assert (
        "red_flags.toml",
        "rule[26].when",
        "asks about 6 weeks, but the shared timing rule says about 8 (shared/get_help.toml): "
        "change one of them",
    ) in problems(content_copy)


# --- broken shared words are caught, naming the file and the key ----------------------


def test_a_placeholder_naming_no_sign_is_reported_where_it_is_used(content_copy: Path) -> None:
    edit(content_copy / "en/cards/sleep.md", "{sign:night_pain}", "{sign:night_pains}")
    edit(content_copy / "en/timers/heat.toml", "{sign:clot_signs}", "{sign:clot}")
    edit(content_copy / "en/cards/when_to_get_help.md", "{signs:soon}", "{signs:later}")
    found = problems(content_copy)
    assert ("sleep.md", "body", "no warning sign called 'night_pains'") in found
    assert ("heat.toml", "question[2].stop_text", "no warning sign called 'clot'") in found
    assert ("when_to_get_help.md", "body") in {p[:2] for p in found}


def test_a_timer_cannot_bring_in_the_emergency_number(content_copy: Path) -> None:
    edit(content_copy / "en/timers/heat.toml", "{sign:clot_signs}", "{sign:chest_breath}")
    assert (
        "heat.toml",
        "question[2].stop_text",
        "cannot show {emergency_number} here",
    ) in problems(content_copy)


def test_broken_shared_words_name_the_key(content_copy: Path) -> None:
    path = content_copy / "en/shared/get_help.toml"
    text = path.read_text(encoding="utf-8")
    cases = [
        ("{weeks} weeks, or it gets worse", "6 weeks, or it gets worse", "timing.rule"),
        (
            'action = "Call {emergency_number} or go to an emergency department now. Do not',
            'action = "Call for help now. Do not',
            "level.emergency.action",
        ),
        ('id = "night_pain"', 'id = "fracture"', "sign[9].id"),
        ('level = "soon"', 'level = "later"', "sign[11].level"),
        ("weeks = 6", "weeks = 0", "timing.weeks"),
    ]
    for old, new, key in cases:
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        found = [p for p in problems(content_copy, "en") if p[0] == "get_help.toml"]
        assert [p[1] for p in found] == [key], (key, found)
    path.write_text(text, encoding="utf-8")
    assert problems(content_copy) == []


def test_a_broken_shared_file_is_reported_once_not_by_every_feature(content_copy: Path) -> None:
    (content_copy / "en/shared/get_help.toml").write_text("level = [\n", encoding="utf-8")
    found = problems(content_copy)
    assert len(found) == 1 and found[0][0] == "get_help.toml"


def test_the_journal_needs_a_shared_sign_for_each_tick_box(content_copy: Path) -> None:
    path = content_copy / "en/shared/get_help.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert {s["id"] for s in data["sign"]} >= set(WARNING_SIGNS)
    edit(path, 'id = "bladder_bowel_change"', 'id = "bladder_change"')
    found = problems(content_copy)
    assert (
        "get_help.toml",
        "sign",
        "no warning sign called 'bladder_bowel_change' (the journal's entry form needs it)",
    ) in found


def test_the_shared_words_bring_their_sources_to_the_card(
    learn: LearnContent, shared: GetHelp
) -> None:
    """A card names the sources of the shared words it shows, beside its own."""
    for card in learn.cards.values():
        if card.footer:
            assert set(shared.summary_sources) <= set(card.sources), card.id
            assert set(shared.timing.sources) <= set(card.sources), card.id
    strain = learn.card("muscle_strain")
    for sign in ("clot_signs", "tendon_tear"):
        assert set(shared.sign(sign).sources) <= set(strain.sources), sign
    assert len(strain.sources) == len(set(strain.sources))  # each named once
