"""`triage questions|evaluate|table`, run as a clinician or a script would."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.triage_cli import triage_command


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=60,
        input=stdin,
        env={**os.environ},
    )


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_questions_prints_every_question_with_its_answer_values() -> None:
    result = run("triage", "questions")
    assert result.returncode == 0, result.stderr
    questions = json.loads(result.stdout)
    ids = [q["id"] for q in questions]
    assert ids[:3] == ["saddle_numbness", "bladder_bowel_change", "both_legs"]
    saddle = questions[0]
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
    assert set(out["advice"]) == {"now", "do", "avoid", "if_then"}
    assert any("112" in line for line in out["advice"]["now"])


def test_evaluate_reads_standard_input() -> None:
    result = run("triage", "evaluate", "-", stdin='{"saddle_numbness": "yes"}')
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["urgency"] == "emergency"
    assert "your local emergency number" in out["red_flags"][0]["advice"]


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
        "## If this happens, do that",
    ):
        assert heading in text
    assert "| `saddle_numbness` | emergency | `saddle_numbness == yes` |" in text


def test_help_mentions_triage() -> None:
    assert "triage questions" in run("--help").stdout


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"saddle_numbness": "no",', "is not valid JSON"),
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


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert triage_command(["evaluate", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_an_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert triage_command(["decide"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_broken_content_exits_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "en" / "triage").mkdir(parents=True)
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
