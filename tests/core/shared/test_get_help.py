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

import pytest

from companion.core.check.advice import compose, result_json
from companion.core.check.engine import evaluate, red_flag_hits
from companion.core.check.load import load_folder, load_triage
from companion.core.check.model import TriageContent
from companion.core.check.table import decision_table
from companion.core.journal.entry import WARNING_SIGNS
from companion.core.journal.trend import read_trend_content
from companion.core.learn.cards import GET_HELP_KIND, SELF_CARE_KIND, LearnContent, load_learn
from companion.core.shared.get_help import (
    FOOTER,
    HELP_CARD,
    LEVELS,
    GetHelp,
    load_get_help,
)
from companion.core.shared.readability import grade_level
from companion.core.shared.resources import resource_dir
from companion.core.timers.content import load_timer_content
from tests.helpers.answers import NERVE
from tests.helpers.content_edits import edit, problems

EN = resource_dir("content") / "en"
NUMBER = "your local emergency number"
MAX_GRADE = 8.0

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


@pytest.fixture(scope="module")
def shared() -> GetHelp:
    return load_get_help()


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


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


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
        'text = "One calf or thigh that throbs or cramps and is swollen, warm, red or darker '
        'than the other."',
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
        "rule[24].when",
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


# --- rule 4: the guided check takes its signs, levels and timing from here ---------------

# Each urgency rule of the check and the shared sign it shows (the "not sure" rules show
# their sign too, as possible).
RULE_SIGNS = {
    "saddle_numbness": "saddle_numbness",
    "bladder_bowel_change": "bladder_bowel_change",
    "both_legs_nerve": "both_legs",
    "both_legs_weakness_worsening": "both_legs",
    "chest_breath": "chest_breath",
    "serious_accident": "serious_accident",
    "saddle_numbness_unsure": "saddle_numbness",
    "bladder_bowel_unsure": "bladder_bowel_change",
    "both_legs": "both_legs",
    "weakness_worsening": "weakness_worsening",
    "chest_breath_unsure": "chest_breath",
    "serious_accident_unsure": "serious_accident",
    "fracture_risk": "fracture",
    "clot_signs": "clot_signs",
    "fever": "health_signs",
    "weight_loss": "health_signs",
    "cancer_history": "health_signs",
    "night_pain": "night_pain",
    "tendon_tear": "tendon_tear",
    "sitting_bone_tear": "tendon_tear",
    "tear_possible": "tendon_tear",
    "both_legs_walking": "canal_stable",
    "night_pain_unsure": "night_pain",
    "getting_worse": "not_better",
    "not_better_after_6_weeks": "not_better",
    "spreading_down": "spreading_down",
    "stops_activities": "stops_activities",
}
RED_FLAGS = EN / "triage" / "red_flags.toml"


@pytest.fixture(scope="module")
def check() -> TriageContent:
    return load_triage()


def test_each_check_rule_shows_its_shared_sign(check: TriageContent, shared: GetHelp) -> None:
    written = {r["id"]: r for r in tomllib.loads(RED_FLAGS.read_text(encoding="utf-8"))["rule"]}
    assert {rule.id: rule.sign for rule in check.rules} == RULE_SIGNS
    for rule in check.rules:
        sign = shared.sign(rule.sign)
        own = written[rule.id]
        if own.get("possible"):
            assert rule.title == f"{sign.title} (possible)", rule.id
            assert rule.urgency != sign.level or rule.urgency == "soon", rule.id
        elif "title" in own:
            assert rule.title == own["title"] and rule.title != sign.title, rule.id
        else:
            # The sign's own words, at the sign's own level.
            assert rule.title == sign.title and rule.urgency == sign.level, rule.id
        assert rule.note.startswith(sign.note), rule.id
        assert set(sign.sources) <= set(rule.sources), rule.id


def test_each_level_of_the_check_says_how_soon_in_the_shared_words(
    check: TriageContent, shared: GetHelp
) -> None:
    for level in LEVELS:
        words = check.urgencies[level]
        assert words.heading == shared.levels[level].title
        assert words.act == shared.levels[level].action
        assert words.do_now[0] == shared.levels[level].action
        assert shared.levels[level].action not in words.do_now[1:]
    assert check.urgencies["self_care"].act == ""
    # A same-day sign in the journal: the level's action and the sign's note.
    (hit,) = red_flag_hits(check, {"weakness_worsening": "yes"})
    assert hit.heading == "Get medical help today"
    assert hit.advice == (
        f"{shared.levels['urgent'].action} {shared.sign('weakness_worsening').note}"
    )


def test_both_legs_means_the_same_in_the_check_and_the_shared_words(
    check: TriageContent, shared: GetHelp
) -> None:
    """Nerve symptoms in both legs are an emergency unless they are the long-standing
    walking pattern of a narrowed canal (NHS: sciatica on both sides; Suri 2010)."""
    nerve, canal = shared.sign("both_legs"), shared.sign("canal_stable")
    assert (nerve.level, canal.level) == ("emergency", "soon")
    assert "new, severe or getting worse" not in nerve.text  # not only then
    assert "only comes on when you walk" in nerve.text and "only when you walk" in canal.text
    assert "only get heavy or ache on walking" in shared.emergency
    base = {"both_legs": "yes"}
    for pattern, sign, level in (
        ("other", nerve, "emergency"),
        ("new_or_worse", nerve, "emergency"),
        ("walking_stable", canal, "soon"),
    ):
        result = evaluate(check, {**base, "both_legs_pattern": pattern})
        assert result.urgency == level == sign.level, pattern
        assert result.hits[0].title == sign.title, pattern


def test_no_sign_note_says_how_soon_to_act(shared: GetHelp, check: TriageContent) -> None:
    """How soon is said once, by the level's action; a note may only say when to act
    faster ("If ..., call ...")."""
    soon_words = re.compile(
        r"\b(today|now|straight away|right away|within|hours?|days?|weeks?)\b", re.I
    )
    notes = [(sign.id, sign.note) for sign in shared.signs]
    notes += [(rule.id, rule.note) for rule in check.rules]
    for name, note in notes:
        for sentence in sentences(note):
            if not sentence.startswith("If "):
                assert not soon_words.search(sentence), (name, sentence)


def test_the_checks_words_beside_the_shared_ones_read_at_grade_8_or_below(
    check: TriageContent,
) -> None:
    """What a result says about each sign, each level's steps and why each question is
    asked, graded as a reader meets them (a whole screen, not one short line)."""
    signs = " ".join(f"{rule.title}. {rule.note}" for rule in check.rules)
    steps = " ".join(s for u in check.urgencies.values() for s in (u.text, *u.do_now))
    why = " ".join(question.why for question in check.questions)
    for text in (signs, steps, why, " ".join(r.text for r in check.reassurance)):
        assert grade_level(text) <= MAX_GRADE, text[:80]


def test_one_edit_to_a_sign_reaches_every_output_of_the_check(content_copy: Path) -> None:
    path = content_copy / "en/shared/get_help.toml"
    edit(path, 'title = "Signs of a blood clot in the leg"', 'title = "A clot in the leg?"')
    edit(path, 'note = "This can be a blood clot.', 'note = "A clot is possible.')
    edit(
        path, 'heading = "Call {emergency_number} or go', 'heading = "Ring {emergency_number} or go'
    )
    check = load_folder(content_copy / "en" / "triage", "en")
    answers = {**NERVE, "clot_signs": "yes"}
    result = evaluate(check, answers)
    guidance = compose(check, result, "112")
    assert [(s.title, s.note.split(".")[0]) for s in guidance.signs] == [
        ("A clot in the leg?", "A clot is possible")
    ]
    assert guidance.when_to_get_help[0].heading.startswith("Ring 112 or go")
    out = result_json(check, result, "112")
    assert out["red_flags"][0]["title"] == "A clot in the leg?"
    assert out["advice"]["when_to_get_help"][0]["heading"].startswith("Ring 112")
    assert "| `clot_signs` | `clot_signs` | urgent |" in decision_table(check)
    assert "A clot in the leg?: A clot is possible." in decision_table(check)
    (hit,) = red_flag_hits(check, {"clot_signs": "yes"})  # the journal's advice
    assert "A clot is possible." in hit.advice


def test_one_edit_to_a_level_reaches_the_check_and_the_journal(content_copy: Path) -> None:
    edit(
        content_copy / "en/shared/get_help.toml",
        'action = "Contact a doctor or urgent care today."',
        'action = "See a doctor or go to urgent care today."',
    )
    check = load_folder(content_copy / "en" / "triage", "en")
    guidance = compose(check, evaluate(check, {**NERVE, "night_pain": "yes"}), "112")
    assert guidance.now[0] == "See a doctor or go to urgent care today."
    (hit,) = red_flag_hits(check, {"weakness_worsening": "yes"})
    assert hit.advice.startswith("See a doctor or go to urgent care today.")
    assert "| urgent | Get medical help today | See a doctor or go to urgent care today. |" in (
        decision_table(check)
    )


@pytest.mark.parametrize(
    ("file", "old", "new", "key", "message"),
    [
        (  # the disagreement issue 19 found: the shared sign and the rule at two levels
            "shared/get_help.toml",
            'id = "both_legs"\nlevel = "emergency"',
            'id = "both_legs"\nlevel = "urgent"',
            "rule[2].urgency",
            "'emergency' is more urgent than its shared sign 'both_legs' (urgent)",
        ),
        (
            "triage/red_flags.toml",
            'id = "saddle_numbness_unsure"\nsign = "saddle_numbness"\nurgency = "urgent"\n'
            "possible = true\n",
            'id = "saddle_numbness_unsure"\nsign = "saddle_numbness"\nurgency = "urgent"\n',
            "rule[6].urgency",
            "'urgent' is less urgent than its shared sign 'saddle_numbness' (emergency): say "
            "how it differs",
        ),
        (
            "triage/red_flags.toml",
            'sign = "night_pain"\nurgency = "urgent"',
            'sign = "night_pains"\nurgency = "urgent"',
            "rule[17].sign",
            "'night_pains' is not a warning sign in shared/get_help.toml",
        ),
        (
            "triage/red_flags.toml",
            'id = "chest_breath"\nsign = "chest_breath"\n',
            'id = "chest_breath"\n',
            "rule[4].sign",
            "is missing",
        ),
        (  # a second spelling of a sign's title
            "triage/red_flags.toml",
            'when = "saddle_numbness == yes"\n',
            'when = "saddle_numbness == yes"\ntitle = "Numbness around your genitals or back'
            ' passage"\n',
            "rule[0].title",
            "says what the shared sign 'saddle_numbness' calls itself: leave it out",
        ),
        (  # a second spelling of a sign's note
            "triage/red_flags.toml",
            'when = "chest_breath == yes"\n',
            'when = "chest_breath == yes"\nnote = "A clot from the leg may have moved to the'
            ' lungs."\n',
            "rule[4].note",
            "repeats the note of the shared sign 'chest_breath': leave it out",
        ),
        (  # a second spelling of a level's action
            "triage/outcomes.toml",
            '  "Tell them what you noticed (shown above).",',
            '  "Contact your doctor or urgent care today.",',
            "urgency.urgent.do_now",
            "repeats the shared action of 'urgent'",
        ),
        (  # a warning sign spelled out in the advice
            "triage/advice.toml",
            'text = "Avoid long bed rest: it tends to slow recovery."',
            'text = "Avoid long bed rest. One calf or thigh that throbs and is swollen, warm,'
            ' red or darker than the other needs a doctor."',
            "advice[14].text",
            "spells out the shared warning sign 'clot_signs' again",
        ),
        (  # a second timing rule
            "triage/red_flags.toml",
            'note = "Mention the night pain when you are seen."',
            'note = "If it is not clearly better after about six weeks, or it gets worse, see'
            ' your doctor."',
            "rule[22].note",
            "writes the timing rule again: use {timing}",
        ),
        (
            "triage/outcomes.toml",
            '"Track your pain in the journal. {timing}"',
            '"Track your pain in the journal. {sign:not_better}"',
            "urgency.self_care.do_now",
            "{sign:not_better} cannot be used in the check",
        ),
    ],
)
def test_content_check_fails_when_the_check_drifts_from_the_shared_words(
    content_copy: Path, file: str, old: str, new: str, key: str, message: str
) -> None:
    edit(content_copy / "en" / file, old, new)
    found = [
        p
        for p in problems(content_copy)
        if p[0] in ("red_flags.toml", "outcomes.toml", "advice.toml")
    ]
    assert any(p[1] == key and message in p[2] for p in found), found
