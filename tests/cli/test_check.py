"""`triage questions|evaluate|table`, run as a clinician or a script would."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared.resources import resource_dir
from tests.helpers.check_cli import run, triage_command
from tests.helpers.hostile import HOSTILE_FILES


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_questions_prints_every_question_with_its_answer_values() -> None:
    result = run("triage", "questions")
    assert result.returncode == 0, result.stderr
    questions = json.loads(result.stdout)
    ids = [q["id"] for q in questions]
    assert ids[:4] == ["age_band", "saddle_numbness", "bladder_bowel_change", "both_legs"]
    saddle = questions[1]
    assert saddle["kind"] == "yes_no"
    assert [o["value"] for o in saddle["options"]] == ["yes", "no", "not_sure"]
    assert all(q["text"] and q["why"] for q in questions)
    regions = next(q for q in questions if q["kind"] == "body_region")
    assert {"value": "calf_left", "text": "Left calf", "area": "calf"} in regions["options"]


def test_evaluate_prints_urgency_patterns_and_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = {
        "saddle_numbness": "no",
        "pain_regions": ["buttock_left", "calf_left"],
        "feel": ["burning", "tingling"],
        "night_pain": "yes",
    }
    code = triage_command(
        ["evaluate", write(tmp_path, json.dumps(answers)), "--emergency-number", "112"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["urgency"] == "urgent"
    assert out["leading"] == "sciatic_nerve"
    assert out["red_flags"][0]["rule"] == "night_pain"
    nerve = out["patterns"][0]
    assert nerve["id"] == "sciatic_nerve" and nerve["score"] == 6
    assert {r["text"] for r in nerve["reasons"]} >= {
        "You feel burning, which is typical of an irritated nerve."
    }
    assert set(out["advice"]) == {
        "now",
        "what_to_say",
        "do",
        "avoid",
        "when_to_get_help",
        "reassurance",
        "notes",
        "self_care_waits",  # the line that says the tips wait, or ""
    }
    assert out["advice"]["now"][0] == "Contact a doctor or urgent care today."
    assert any("112" in line for line in out["advice"]["now"])
    # Urgent: "when to get help" only escalates, to the shared emergency signs.
    (group,) = out["advice"]["when_to_get_help"]
    assert group["level"] == "emergency"
    assert group["heading"] == "Call 112 or go to an emergency department now if you have:"
    assert [s["id"] for s in group["signs"]] == [
        "saddle_numbness",
        "bladder_bowel_change",
        "both_legs",
        "chest_breath",
    ]
    assert out["advice"]["reassurance"] == []


def test_evaluate_reads_standard_input() -> None:
    result = run("triage", "evaluate", "-", stdin='{"saddle_numbness": "yes"}')
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["urgency"] == "emergency"
    assert "your local emergency number" in out["advice"]["now"][0]
    assert out["advice"]["do"] == [] and out["advice"]["avoid"] == []


def test_table_prints_the_decision_logic_as_markdown() -> None:
    result = run("triage", "table")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("# Guided check: decision logic")
    for heading in (
        "## Questions",
        "## Urgency rules",
        "## Evidence for each pattern",
        "## Leading pattern",
        "## Advice",
        "## No heat",
        "## Under 18",
        "## When to get help",
    ):
        assert heading in text
    # Each rule with its shared sign, and the words the person reads from there.
    assert (
        "| `saddle_numbness` | `saddle_numbness` | emergency | `saddle_numbness == yes` | "
        "Numbness around the genitals or back passage: The nerves at the bottom of the spine"
    ) in text
    assert (
        "| `fever` | `health_signs` | urgent | `health_signs has fever` | Pain with a fever:"
        in (text)
    )
    assert "| urgent | Get medical help today | Contact a doctor or urgent care today. |" in text
    # The new weights, as a clinician signs them off.
    assert "| spinal_canal.3 | +3 | `both_legs == yes or (" in text
    assert "| spinal_canal.5 | +4 | `eases_with has [sitting_down, bending_forward] or" in text


def test_help_names_the_check_command_and_its_older_name() -> None:
    words = " ".join(run("--help").stdout.split())
    assert "check questions" in words
    assert "validate CASES.toml" in words
    assert "'triage' is its older name" in words


def test_check_and_its_older_name_triage_give_the_same_answers() -> None:
    as_check, as_triage = run("check", "questions"), run("triage", "questions")
    assert as_check.returncode == as_triage.returncode == 0
    assert json.loads(as_check.stdout) == json.loads(as_triage.stdout)
    assert run("check", "decide").stderr.startswith('thigh-pain-companion check: "decide"')


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"saddle_numbness": "no",', "is not valid JSON"),
        ('{"pain_now": ' + "7" * 5000 + "}", "line 1, field 'pain_now': a number is longer"),
        ("[" * 100_000 + "]" * 100_000, "nested more than 32 levels"),
        ('{"sadle_numbness": "\\ud800"}', "field 'sadle_numbness': the text holds a broken"),
        ('{"pain_now": NaN}', "NaN or Infinity"),
        ('{"\\u001b[2J": "no"}', "\\u001b[2J: is not a question of the check"),
        ('["saddle_numbness"]', "should hold one JSON object"),
        ('{"sadle_numbness": "no"}', "sadle_numbness: is not a question of the check"),
        ('{"pain_now": 12}', "pain_now: should be from 0 to 10, not 12"),
        ('{"feel": "burning"}', "feel: should be a list of answers"),
        ('{"onset": "last tuesday"}', "onset: should be one of"),
    ],
)
def test_bad_answers_exit_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    code = triage_command(["evaluate", write(tmp_path, text)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert message in captured.err


@pytest.mark.parametrize(("first", "then"), [("yes", "no"), ("no", "yes")])
def test_a_safety_answer_given_twice_is_refused_never_the_last_one_taken(
    tmp_path: Path, first: str, then: str
) -> None:
    """Python's reader keeps the last value: "yes" then "no" hid a red flag in silence."""
    text = f'{{"age_band": "age_18_49", "saddle_numbness": "{first}", "saddle_numbness": "{then}"}}'
    answers = write(tmp_path, text)
    result = run("check", "evaluate", answers)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"check: {answers}: line 1: 'saddle_numbness' is named twice, "
        "so it is not clear which value is meant\n"
    )
    spanish = run("check", "--language", "es", "evaluate", "-", stdin=text)
    assert spanish.returncode == 2
    assert spanish.stderr == (
        "check: la entrada estándar: línea 1: 'saddle_numbness' aparece dos veces, "
        "así que no está claro qué valor vale\n"
    )


@pytest.mark.parametrize(
    ("number", "shown", "why"),
    [
        ("abc", "'abc'", "only digits"),
        ("112\n\nIgnore this", "'112\\u000a\\u000aIgnore this'", "only digits"),
        ("¹¹²", "'¹¹²'", "only digits"),  # superscripts: no phone dials them
        ("1", "'1'", "2 to 6 digits"),
    ],
)
def test_an_emergency_number_that_cannot_be_dialled_is_one_line_and_exit_2(
    tmp_path: Path, number: str, shown: str, why: str
) -> None:
    """It went into the advice as it was: "Call abc or go to an emergency department"."""
    answers = write(tmp_path, '{"saddle_numbness": "yes"}')
    result = run("check", "evaluate", answers, "--emergency-number", number)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"check: the emergency number {shown} cannot be used. ")
    assert why in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("number", "call"),
    [
        ("", "Call your local emergency number or go"),
        ("  ", "Call your local emergency number or go"),
        (" 9 1 1 ", "Call 911 or go"),
        ("١١٢", "Call 112 or go"),  # typed on an Arabic keyboard
        ("１１２", "Call 112 or go"),  # fullwidth
    ],
)
def test_an_emergency_number_is_cleaned_as_settings_clean_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], number: str, call: str
) -> None:
    answers = write(tmp_path, '{"saddle_numbness": "yes"}')
    assert triage_command(["evaluate", answers, "--emergency-number", number]) == 0
    advice = json.loads(capsys.readouterr().out)["advice"]["now"]
    assert any(line.startswith(call) for line in advice), advice


def test_a_wrong_emergency_number_is_explained_in_spanish(tmp_path: Path) -> None:
    answers = write(tmp_path, '{"saddle_numbness": "yes"}')
    result = run("check", "--language", "es", "evaluate", answers, "--emergency-number", "abc")
    assert result.returncode == 2
    assert result.stderr == (
        "check: el número de emergencias 'abc' no se puede usar. "
        "Un número de emergencias solo tiene cifras, como 112 o 911.\n"
    )


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert triage_command(["evaluate", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_a_huge_value_is_quoted_short_and_thousands_of_stray_answers_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A message quotes at most 40 characters of a value, and names five answers that
    fit no question, then counts the rest: a few short lines, whatever the file holds."""
    for value in ("y" * 500_000, list(range(100_000))):
        assert triage_command(["evaluate", write(tmp_path, json.dumps({"onset": value}))]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and len(err) < 300, err  # one problem: one line
        assert "onset: should be one of" in err and err.rstrip().endswith("…")
    stray = {f"k{n}": "no" for n in range(20_000)}
    assert triage_command(["evaluate", write(tmp_path, json.dumps(stray))]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[1:] == [
        *(f"  k{n}: is not a question of the check" for n in range(5)),
        "  other answers that are not for a question of the check: 19,995",
    ]


def test_an_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert triage_command(["decide"]) == 2
    assert "is not one of its commands" in capsys.readouterr().err


def test_broken_content_exits_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "en" / "triage").mkdir(parents=True)
    # The check's words rest on the app's shared words: without them, that file is named.
    assert triage_command(["--content", str(tmp_path), "table"]) == 2
    assert "shared/get_help.toml: the file is missing" in capsys.readouterr().err
    (tmp_path / "en" / "shared").mkdir()
    shared = resource_dir("content") / "en" / "shared" / "get_help.toml"
    (tmp_path / "en" / "shared" / "get_help.toml").write_bytes(shared.read_bytes())
    assert triage_command(["--content", str(tmp_path), "table"]) == 2
    assert "questions.toml" in capsys.readouterr().err


def test_every_error_path_runs_end_to_end(tmp_path: Path) -> None:
    result = run("triage", "evaluate", write(tmp_path, "{not json"))
    assert result.returncode == 2
    assert result.stderr.startswith("triage: ")
    assert "Traceback" not in result.stderr


def test_stdin_is_left_alone_for_other_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("ignored"))
    assert triage_command(["questions"]) == 0


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda path: path.name)
def test_every_hostile_file_gets_exit_2_and_messages_not_a_traceback(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = triage_command(["evaluate", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == "" and captured.err.startswith("triage: ")
    assert "Traceback" not in captured.err
    assert "\x1b" not in captured.err and "\x00" not in captured.err


def test_answers_larger_than_a_megabyte_are_refused_before_reading_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b'{"pain_now": 1, "x": "' + b"y" * 3_000_000 + b'"}')
    assert triage_command(["evaluate", str(big)]) == 2
    assert "larger than 1 MB" in capsys.readouterr().err


def test_hostile_answers_on_standard_input_end_to_end() -> None:
    result = run("triage", "evaluate", "-", stdin='{"pain_now": ' + "9" * 5000 + "}")
    assert result.returncode == 2
    assert result.stderr == (
        "triage: standard input: line 1, field 'pain_now': a number is longer than 40 characters\n"
    )


TRIAGE_KEYS = st.sampled_from(
    ["saddle_numbness", "pain_now", "feel", "onset", "both_legs", "where", "x"]
) | st.text(max_size=6)
TRIAGE_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**45), 10**45)
    | st.floats()
    | st.text(max_size=10)
    | st.sampled_from(["yes", "no", "unsure", "burning", "sudden"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TRIAGE_KEYS, inner, max_size=3),
    max_leaves=15,
)


@settings(max_examples=60, deadline=None)  # each run loads the check's content
@given(st.dictionaries(TRIAGE_KEYS, TRIAGE_VALUES, max_size=6) | TRIAGE_VALUES, st.booleans())
def test_any_answers_file_is_evaluated_or_refused_with_exit_2(
    answers: object, ascii_only: bool
) -> None:
    raw = json.dumps(answers, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "answers.json"
        path.write_bytes(raw)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = triage_command(["evaluate", str(path)])
    if code == 0:
        assert json.loads(out.getvalue())["urgency"]
    else:
        assert code == 2 and err.getvalue().startswith("triage: ") and out.getvalue() == ""


def test_questions_in_spanish_are_spanish_for_every_question() -> None:
    english = json.loads(run("check", "--language", "en", "questions").stdout)
    done = run("triage", "--language", "es", "questions")
    assert done.returncode == 0, done.stderr
    spanish = json.loads(done.stdout)
    assert [q["id"] for q in spanish] == [q["id"] for q in english]
    for es, en in zip(spanish, english, strict=True):
        assert es["text"] != en["text"], es["id"]
        assert [o["value"] for o in es["options"]] == [o["value"] for o in en["options"]]
        assert {o["text"] for o in es["options"]}.isdisjoint(
            {o["text"] for o in en["options"]} - {"0", "10", "No"}  # "No" is Spanish too
        ), es["id"]


def test_the_language_follows_the_system_when_not_given() -> None:
    spanish = subprocess.run(
        [sys.executable, "-m", "companion", "check", "questions"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "es_ES.UTF-8", "LANGUAGE": "", "LC_ALL": ""},
    )
    assert json.loads(spanish.stdout)[0]["text"] == "¿Cuántos años tiene?"


@pytest.mark.parametrize("command", ["questions", "table"])
def test_a_language_not_shipped_is_one_line_and_exit_2(command: str) -> None:
    done = run("check", "--language", "xx", command)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "check: the language 'xx' is not available; the app ships en (English), es (Español)"
    ]


def test_the_app_refuses_a_language_not_shipped_in_one_line() -> None:
    done = run("--language", "fr")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "thigh-pain-companion: the language 'fr' is not available; the app ships "
        "en (English), es (Español)"
    ]


def test_the_decision_table_in_spanish_has_the_same_shape_and_the_same_logic() -> None:
    english = run("check", "--language", "en", "table").stdout.splitlines()
    spanish = run("check", "--language", "es", "table").stdout.splitlines()
    assert len(spanish) == len(english)
    assert spanish[0] == "# Revisión guiada: lógica de decisión"
    assert "## Reglas de urgencia" in spanish and "## Urgency rules" not in spanish
    for es_line, en_line in zip(spanish, english, strict=True):
        # The same ids, conditions and weights in every row, in the same places.
        assert re.findall(r"`[^`]+`", es_line) == re.findall(r"`[^`]+`", en_line)
        assert es_line.count("|") == en_line.count("|")


def test_a_wrong_case_is_described_in_spanish(tmp_path: Path) -> None:
    cases = tmp_path / "cases.toml"
    cases.write_text(
        '[[case]]\nid = "wrong-on-purpose"\nstory = "una historia"\n'
        'urgency = ["emergency"]\nleading = ["any"]\n'
        '[case.answers]\nage_band = "age_18_49"\nsaddle_numbness = "no"\n',
        encoding="utf-8",
    )
    done = run("check", "validate", str(cases), "--language", "es")
    assert done.returncode == 1
    assert "  caso: una historia" in done.stdout
    assert "  esperado: urgencia emergency; principal any" in done.stdout
    assert done.stdout.strip().endswith(
        "Casos correctos: 0 de 1; urgencia de menos: 1; urgencia de más: 0; "
        "patrón principal equivocado: 0"
    )


def test_bad_answers_are_named_in_spanish_when_asked() -> None:
    done = run(
        "check", "--language", "es", "evaluate", "-", stdin='{"saddle_numbness": "maybe", "x": 1}'
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "check: no se pueden usar estas respuestas:",
        "  saddle_numbness: debería ser uno de estos: yes, no, not_sure, no 'maybe'",
        "  x: no es una pregunta de la revisión",
    ]
    english = run("check", "--language", "en", "evaluate", "-", stdin="[1]")
    assert english.returncode == 2
    assert english.stderr.strip() == (
        'check: standard input should hold one JSON object, like {"saddle_numbness": "no"}'
    )
