"""The triage content loads, every part of it can be reached, and mistakes are named."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.check.advice import compose
from companion.core.check.engine import (
    counted_answers,
    evaluate,
    is_adults_only,
    next_question,
)
from companion.core.check.load import load_triage
from companion.core.check.reach import (
    answers_meeting,
    candidate_values,
    unreachable_questions,
)
from companion.core.check.rules import ConditionError, parse_condition
from companion.core.check.validate import check_language
from companion.core.content_check import check_content
from companion.core.shared.content import ContentError, InvalidContentError, load_content
from companion.core.shared.records import MIXED, PATTERNS, SELF_CARE, URGENCY_LEVELS
from companion.core.shared.resources import resource_dir
from tests.helpers.check_rules import stops_here
from tests.helpers.random_answers import random_path

CONTENT = load_triage()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(resource_dir("content"), target)
    return target


def edit(folder: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = folder / "en" / "triage" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def problems(folder: Path) -> list[ContentError]:
    return list(check_language(folder / "en"))


def test_bundled_triage_content_is_valid() -> None:
    assert list(check_language(resource_dir("content") / "en")) == []
    assert len(CONTENT.questions) >= 25
    assert {s.id for s in CONTENT.sections} == {
        "about_you",
        "safety",
        "where",
        "feel",
        "start",
        "better_worse",
        "selftests",
    }
    assert set(CONTENT.patterns) == {*PATTERNS, MIXED}
    assert set(CONTENT.urgencies) == set(URGENCY_LEVELS)


def test_the_content_check_command_includes_the_triage_check(content_copy: Path) -> None:
    edit(content_copy, "evidence.toml", 'when = "feel has burning"', 'when = "feel has burnin"')
    found = [p for p in check_content(content_copy) if "en/triage" in p.file]
    assert len(found) == 1
    assert found[0].file.endswith("evidence.toml")
    assert found[0].key == "evidence[0].when"
    assert "'burnin' is not an answer of 'feel'" in found[0].message


def test_every_question_has_words_why_and_sources() -> None:
    for question in CONTENT.questions:
        assert question.text and question.why and question.sources
        for option in question.options:
            assert option.text


def test_no_triage_text_hard_codes_an_emergency_number() -> None:
    numbers = [c.number for c in load_content().emergency_choices]
    folder = resource_dir("content") / "en" / "triage"
    for path in folder.iterdir():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("sources", "#")) or "sources =" in line:
                continue
            for number in numbers:
                assert not re.search(rf"(?<![\d.]){number}(?![\d.])", line), (path.name, line)


# --- Reachability -----------------------------------------------------------------------


def test_every_question_can_be_reached() -> None:
    assert list(unreachable_questions(CONTENT)) == []


def test_every_rule_evidence_and_advice_can_hold_on_some_path() -> None:
    for condition in (
        *(rule.when for rule in CONTENT.rules),
        *(evidence.when for evidence in CONTENT.evidence),
        *(advice.when for advice in CONTENT.advice if advice.when is not None),
    ):
        assert answers_meeting(CONTENT, condition) is not None


def lead_search(pattern: str) -> dict[str, object]:
    """Walk the check, each time picking the answer that helps `pattern` lead most and
    raises no warning sign."""
    answers: dict[str, object] = {}
    while (question := next_question(CONTENT, answers)) is not None:
        best: tuple[int, object] | None = None
        for value in candidate_values(question):
            trial = {**answers, question.id: value}
            result = evaluate(CONTENT, trial)
            if result.urgency != SELF_CARE:
                continue
            target = result.pattern(pattern).score
            others = max(p.score for p in result.patterns if p.id != pattern)
            if best is None or target - others > best[0]:
                best = (target - others, value)
        assert best is not None, f"every answer to {question.id} raises a warning sign"
        answers[question.id] = best[1]
    return answers


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_pattern_can_lead(pattern: str) -> None:
    result = evaluate(CONTENT, lead_search(pattern))
    assert result.leading == pattern
    assert result.complete


def test_every_urgency_and_mixed_can_be_reached() -> None:
    reached = {
        evaluate(CONTENT, answers_meeting(CONTENT, r.when) or {}).urgency for r in CONTENT.rules
    }
    reached.add(evaluate(CONTENT, lead_search(PATTERNS[0])).urgency)
    assert reached == set(URGENCY_LEVELS)
    assert evaluate(CONTENT, {}).leading == MIXED


@settings(max_examples=400, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_no_path_dead_ends(seed: int) -> None:
    import random

    rng = random.Random(seed)
    answers = random_path(CONTENT, rng)
    assert len(answers) <= len(CONTENT.questions)
    result = evaluate(CONTENT, answers)
    # The walk ended because an emergency answer stopped it, because the person is under
    # 18, or because every question shown was answered; each way there is a result.
    stopped = stops_here(CONTENT, answers) or is_adults_only(CONTENT, answers)
    assert stopped or result.complete
    assert result.urgency in URGENCY_LEVELS
    assert result.leading in (*PATTERNS, MIXED)
    guidance = compose(CONTENT, result, "112")
    assert result.summary and guidance.now
    if guidance.self_care_waits:  # a possible clot or broken bone: the tips wait
        assert not guidance.do and CONTENT.texts["self_care_waits"] in guidance.now
    elif not stopped:
        assert guidance.do and guidance.avoid
    assert counted_answers(CONTENT, answers) == answers


# --- Broken content is named by file and key --------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new", "file", "key", "message"),
    [
        (
            "red_flags.toml",
            'when = "saddle_numbness == yes"',
            'when = "sadle_numbness == yes"',
            "red_flags.toml",
            "rule[0].when",
            "unknown question 'sadle_numbness'",
        ),
        (
            "red_flags.toml",
            'urgency = "emergency"',
            'urgency = "very"',
            "red_flags.toml",
            "rule[0].urgency",
            "'very' is not one of soon, urgent, emergency",
        ),
        (
            "questions.toml",
            'show_if = "onset in [sudden_sport, sudden_other, not_sure]"',
            'show_if = "onset == sudden_sport and onset == gradual"',
            "questions.toml",
            "question 'felt_pop'.show_if",
            "can make this question appear",
        ),
        (
            "questions.toml",
            'show_if = "both_legs == yes"',
            'show_if = "pain_regions has calf"',
            "questions.toml",
            "question[4].show_if",
            "unknown question 'pain_regions'",
        ),
        (
            "questions.toml",
            'skipped_note = "We left out',
            'skipped_nothing = "We left out',
            "questions.toml",
            "section[6]",
            "is not a known key",
        ),
        (
            "questions.toml",
            'id = "felt_pop"\n',
            'id = "felt_pop"\nremember = true\n',
            "questions.toml",
            "remember",
            "only a question that is always asked can be remembered",
        ),
        (
            "advice.toml",
            '  "health_signs",\n',
            '  "health_sign",\n',
            "advice.toml",
            "when_to_get_help.signs",
            "'health_sign' is not a warning sign in shared/get_help.toml",
        ),
        (
            "outcomes.toml",
            'when = "age_band == under_18"',
            'when = "age_band == under_16"',
            "outcomes.toml",
            "adults_only.when",
            "'under_16' is not an answer of 'age_band'",
        ),
        (
            "questions.toml",
            'short = "Numbness in the saddle area"\n',
            'short = "Numbness in the saddle area"\nwhy_not = "x"\n',
            "questions.toml",
            "question[1].why_not",
            "is not a known key",
        ),
        (
            "outcomes.toml",
            "[pattern.mixed]",
            "[pattern.mixd]",
            "outcomes.toml",
            "pattern.mixd",
            "is not a known key",
        ),
        (
            "outcomes.toml",
            'heading = "Self-care is a good place to start"',
            "",
            "outcomes.toml",
            "urgency.self_care.heading",
            "is missing",
        ),
        (
            # A level the shared file has takes its heading from there, never its own.
            "outcomes.toml",
            'label = "Urgent"\n',
            'label = "Urgent"\nheading = "Get seen today"\n',
            "outcomes.toml",
            "urgency.urgent.heading",
            "is not a known key",
        ),
        (
            "selftests.toml",
            'id = "walking"',
            'id = "walk"',
            "questions.toml",
            "question 'walking_result'.selftest",
            "'walking' is not in selftests.toml",
        ),
        (
            "advice.toml",
            'when = "feel has numb"',
            'when = "feel has numb and feel has [nothing]"',
            "advice.toml",
            "when",
            "'nothing' is not an answer of 'feel'",
        ),
        (
            # The take-home code finds the step that points to the tips by its words.
            "outcomes.toml",
            '  "Meanwhile, keep gently active and follow the tips below.",\n  "Keep your',
            '  "Meanwhile, keep gently active and follow the tips.",\n  "Keep your',
            "outcomes.toml",
            "urgency.soon.do_now",
            "should hold texts.tips_below word for word",
        ),
        (
            "outcomes.toml",
            'tips_below_short = "Meanwhile, keep gently active."\n',
            "",
            "outcomes.toml",
            "texts.tips_below_short",
            "is missing",
        ),
        (
            "evidence.toml",
            "lead_margin = 3",
            'lead_margin = "3"',
            "evidence.toml",
            "scoring.lead_margin",
            "should be a whole number",
        ),
    ],
)
def test_broken_content_names_file_and_key(
    content_copy: Path, name: str, old: str, new: str, file: str, key: str, message: str
) -> None:
    edit(content_copy, name, old, new)
    found = problems(content_copy)
    assert found, "the broken content was accepted"
    assert any(p.file.endswith(file) and key in p.key and message in p.message for p in found), [
        str(p) for p in found
    ]


def test_a_pattern_with_no_evidence_is_reported(content_copy: Path) -> None:
    path = content_copy / "en" / "triage" / "evidence.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.split("# --- Narrowed spinal canal")[0], encoding="utf-8")
    found = problems(content_copy)
    assert [(p.key, p.message) for p in found] == [
        ("evidence for 'spinal_canal'", "no answer points to it")
    ]


def test_a_missing_shared_safety_question_is_reported(content_copy: Path) -> None:
    edit(content_copy, "questions.toml", 'id = "both_legs"\n', 'id = "two_legs"\n')
    found = [str(p) for p in problems(content_copy)]
    assert any("question 'both_legs': the journal needs this safety question" in p for p in found)


def test_a_rule_that_can_never_hold_is_reported(content_copy: Path) -> None:
    edit(
        content_copy,
        "red_flags.toml",
        'when = "night_pain == yes"',
        'when = "night_pain == yes and night_pain == no"',
    )
    found = problems(content_copy)
    assert [(Path(p.file).name, p.key) for p in found] == [
        ("red_flags.toml", "rule 'night_pain'.when")
    ]


def test_broken_toml_names_the_file(content_copy: Path) -> None:
    (content_copy / "en" / "triage" / "outcomes.toml").write_text("[texts\n", encoding="utf-8")
    with pytest.raises(InvalidContentError) as caught:
        load_triage(content_copy)
    assert caught.value.errors[0].file.endswith("outcomes.toml")
    assert "not valid TOML" in caught.value.errors[0].message


def test_a_missing_file_is_named(content_copy: Path) -> None:
    (content_copy / "en" / "triage" / "advice.toml").unlink()
    found = problems(content_copy)
    assert any(p.file.endswith("advice.toml") and "missing" in p.message for p in found)


# --- The rule language ------------------------------------------------------------------


def resolve_any(question: str, op: str, values: tuple[object, ...]) -> frozenset[object]:
    return frozenset(values)


@pytest.mark.parametrize(
    ("text", "answers", "holds"),
    [
        ("a == yes", {"a": "yes"}, True),
        ("a == yes", {}, False),
        ("a != yes", {}, False),
        ("not a == yes", {}, True),
        ("a in [x, y] and b >= 7", {"a": "y", "b": 7}, True),
        ("a in [x, y] and b >= 7", {"a": "y", "b": 6}, False),
        ("a == x or (b < 3 and c has z)", {"b": 2, "c": ["q", "z"]}, True),
        ("c has [p, q]", {"c": ["z"]}, False),
        ("c has z", {"c": "z"}, False),
    ],
)
def test_conditions(text: str, answers: dict[str, object], holds: bool) -> None:
    assert parse_condition(text, resolve_any).holds(answers) is holds  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("a ==", "ends too early"),
        ("a = yes", "cannot read"),
        ("a == yes and", "ends too early"),
        ("a == yes b", "unexpected 'b'"),
        ("a in yes", "'in' needs a list"),
        ("a == [x]", "a list of values needs 'in' or 'has'"),
        ("(a == yes", "expected ')'"),
        ("and == yes", "expected a question id"),
    ],
)
def test_unreadable_conditions_say_why(text: str, message: str) -> None:
    with pytest.raises(ConditionError, match=re.escape(message)):
        parse_condition(text, resolve_any)  # type: ignore[arg-type]


# --- Advice that conflicts with a safety rule, or says the same twice -------------------


def test_a_do_line_that_speaks_of_heat_must_be_marked(content_copy: Path) -> None:
    edit(
        content_copy,
        "advice.toml",
        'text = "Stay active and keep your back moving gently. Walking is a good start."',
        'text = "Stay active, and a hot bath can help your back. Walking is a good start."',
    )
    found = problems(content_copy)
    assert [(p.key, p.message.split(":")[0]) for p in found] == [
        ("advice[13].heat", "speaks of heat")
    ]


def test_heat_advice_that_can_only_show_when_heat_is_unsafe_is_rejected(
    content_copy: Path,
) -> None:
    edit(
        content_copy,
        "advice.toml",
        'heat = true\ntext = "Heat can ease the pain a little',
        'heat = true\nwhen = "feel has numb"\ntext = "Heat can ease the pain a little',
    )
    found = problems(content_copy)
    assert [(p.key, p.message) for p in found] == [
        ("advice[3].when", "suggests heat only when a [[no_heat]] rule says heat is unsafe")
    ]


def test_advice_that_could_only_show_with_an_emergency_is_rejected(content_copy: Path) -> None:
    edit(
        content_copy,
        "advice.toml",
        'patterns = ["lower_back"]\ntext = "Avoid long bed rest',
        'patterns = ["lower_back"]\nwhen = "chest_breath == yes"\ntext = "Avoid long bed rest',
    )
    found = problems(content_copy)
    assert [(p.key, p.message) for p in found] == [
        (
            "advice[14].when",
            "holds only with an emergency, whose result shows emergency actions only",
        )
    ]


def test_two_lines_that_say_nearly_the_same_are_rejected(content_copy: Path) -> None:
    # The two no-heat lines a review found side by side in one result.
    edit(
        content_copy,
        "advice.toml",
        'kind = "avoid"\npatterns = ["hamstring_strain"]\n',
        'kind = "avoid"\npatterns = ["hamstring_strain"]\ntext = "No heat in the first '
        "three days after a fresh strain, and never on swelling or redness. Heat can make the "
        'bleeding in the muscle worse."\nsources = ["NHS"]\n\n[[advice]]\nkind = "avoid"\n'
        'patterns = ["hamstring_strain"]\n',
    )
    found = problems(content_copy)
    assert [(p.key, p.message) for p in found] == [
        ("no_heat[2].text", "says nearly the same as advice[10]; keep one of them")
    ]


def test_a_wrong_story_in_the_case_file_fails_the_content_check(content_copy: Path) -> None:
    edit(
        content_copy,
        "cases.toml",
        'id = "chest-pain"\nstory = "59, a swollen calf after a long flight, and now chest '
        'pain."\nurgency = ["emergency"]',
        'id = "chest-pain"\nstory = "59, a swollen calf after a long flight, and now chest '
        'pain."\nurgency = ["soon"]',
    )
    found = problems(content_copy)
    assert len(found) == 1
    assert found[0].file.endswith("cases.toml") and found[0].key == "case 'chest-pain'"
    assert "over-triaged" in found[0].message


def _words(value: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every text in `value` (a loaded dataclass), with where it is."""
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _words(getattr(value, item.name), f"{where}.{item.name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _words(item, f"{where}[{key}]")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _words(item, f"{where}[{index}]")


@pytest.mark.parametrize(("language", "journal"), [("en", "journal"), ("es", "diario")])
def test_on_a_shared_screen_no_text_names_the_journal(language: str, journal: str) -> None:
    content = load_triage(language=language)
    personal = [where for where, text in _words(content) if journal in text.lower()]
    assert ".urgencies[self_care].do_now[2]" in personal  # the personal app keeps its own
    shared = content.on_shared_screen()
    assert [
        where
        for where, text in _words(shared)
        if journal in text.lower() and ".kiosk_" not in where and ".sources" not in where
    ] == []
    assert shared.question("pain_now").why == content.question("pain_now").kiosk_why
    assert content.question("pain_now").why != shared.question("pain_now").why  # unchanged
