"""`check validate CASES.toml`: a clinician's cases checked, each problem named."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.helpers.check_cli import run, triage_command

# --- validate -----------------------------------------------------------------------------

RIGHT_CASES = """
[[case]]
id = "strain-sprint"
story = "24, sudden sharp pain while sprinting"
urgency = ["self_care", "soon"]
leading = ["hamstring_strain"]
[case.answers]
onset = "sudden_sport"
felt_pop = "no"
walk_normally = "yes"
bruising = "small"
feel = ["sharp_spot"]
thigh_tender = "one_spot"

[[case]]
id = "saddle"
answers = { saddle_numbness = "yes" }
urgency = ["emergency"]
leading = ["any"]
"""

WRONG_CASES = (
    RIGHT_CASES
    + """
[[case]]
id = "night-pain-called-self-care"
story = "a clinician who thinks night pain can wait"
answers = { night_pain = "yes" }
urgency = ["self_care"]
leading = ["any"]

[[case]]
id = "fever-called-emergency"
answers = { health_signs = ["fever"] }
urgency = ["emergency"]
leading = ["any"]

[[case]]
id = "strain-called-nerve"
answers = { onset = "sudden_sport", felt_pop = "no", walk_normally = "yes", bruising = "small" }
urgency = ["self_care"]
leading = ["sciatic_nerve"]
"""
)


def cases_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "cases.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_validate_right_cases_exits_0_with_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = triage_command(["validate", cases_file(tmp_path, RIGHT_CASES)])
    out = capsys.readouterr().out
    assert code == 0
    assert out == "2 of 2 cases right; under-triaged 0; over-triaged 0; leading pattern wrong 0\n"


def test_validate_names_each_wrong_case_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = triage_command(["validate", cases_file(tmp_path, WRONG_CASES)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines()[-1] == (
        "2 of 5 cases right; under-triaged 1; over-triaged 1; leading pattern wrong 1"
    )
    night = out.split("night-pain-called-self-care: over-triaged\n")[1].split("\n\n")[0]
    assert "story: a clinician who thinks night pain can wait" in night
    assert "expected: urgency self_care; leading any" in night
    assert "got: urgency urgent; leading mixed" in night
    assert "sign (urgent): Night pain that nothing eases" in night
    assert "fever-called-emergency: under-triaged" in out
    strain = out.split("strain-called-nerve: leading pattern wrong\n")[1]
    assert "hamstring_strain 5: +3 It started suddenly during sport" in strain


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[case]\nid = 1", "is not valid TOML"),
        ("x = " + "[" * 5000 + "]" * 5000, "is not valid TOML (nested too deeply)"),
        ("title = 'x'", "title: is not a known key"),
        ("[[case]]\nstory = 'no id'", "case[0]: id: is missing or empty"),
        (
            '[[case]]\nid = "a"\nanswers = { onset = "yesterday" }\nurgency = ["soon"]\n'
            'leading = ["any"]',
            ":2: case 'a': answers.onset: should be one of",
        ),
        (
            '[[case]]\nid = "b"\nanswers = { felt_pop = "yes" }\nurgency = ["soon"]\n'
            'leading = ["any"]',
            "case 'b': answers.felt_pop: is not asked with these answers (it is asked when "
            "onset in [sudden_sport, sudden_other, not_sure])",
        ),
        (
            '[[case]]\nid = "c"\nanswers = {}\nurgency = "soon"\nleading = ["any"]',
            "case 'c': urgency: should be a list, like ['self_care']",
        ),
        (
            '[[case]]\nid = "d"\nanswers = {}\nurgency = ["later"]\nleading = ["any"]',
            "case 'd': urgency: 'later' is not one of self_care, soon, urgent, emergency",
        ),
        (
            '[[case]]\nid = "e"\nanswers = {}\nurgency = ["soon"]\nleading = ["nerve"]',
            "case 'e': leading: 'nerve' is not one of",
        ),
        (
            '[[case]]\nid = "f"\nanswers = {}\nurgency = ["soon"]\nleading = ["any"]\n'
            'colour = "red"',
            "case 'f': colour: is not a known key",
        ),
        (
            '[[case]]\nid = "g"\nanswers = {}\nurgency = ["soon"]\nleading = ["any"]\n'
            '[[case]]\nid = "g"\nanswers = {}\nurgency = ["soon"]\nleading = ["any"]',
            "case 'g': id: is used twice",
        ),
        ("", "has no cases"),
    ],
)
def test_validate_a_broken_file_exits_2_naming_the_case_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    code = triage_command(["validate", cases_file(tmp_path, text)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert message in captured.err, captured.err


def test_validate_a_missing_or_binary_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert triage_command(["validate", str(tmp_path / "none.toml")]) == 2
    assert "none.toml: the file is missing" in capsys.readouterr().err
    binary = tmp_path / "cases.toml"
    binary.write_bytes(b"\xff\xfe\x00junk")
    assert triage_command(["validate", str(binary)]) == 2
    assert "is not UTF-8 text" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["validate", "evaluate"])
def test_a_pipe_or_a_device_in_place_of_the_file_is_refused_not_waited_on(
    tmp_path: Path, command: str
) -> None:
    """A pipe waits for a writer for ever and /dev/zero never ends (in a process of its
    own, so a wait fails the test)."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    endless = tmp_path / "endless"
    endless.symlink_to("/dev/zero")
    for path in (pipe, endless):
        result = run("check", command, str(path))
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        assert "not an ordinary file (a pipe or a device)" in result.stderr
        assert path.name in result.stderr and result.stderr.count("\n") <= 2


def test_in_a_file_of_thousands_of_stories_each_problem_points_at_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lines are found in one pass over the file (a search per case took most of a
    minute for a megabyte of stories); single or double quotes, an id written twice."""
    story = '[[case]]\nid = "c{n}"\nanswers = {{ pain_now = 11 }}\nurgency = ["soon"]\n'
    text = "\n".join(story.format(n=n) for n in range(2000))  # case n's id: line 2 + 5n
    text += "\n[[case]]\nid = 'last'\nanswers = { pain_now = 12 }\nurgency = ['soon']\n"
    assert triage_command(["validate", cases_file(tmp_path, text)]) == 2
    err = capsys.readouterr().err
    assert err.count("pain_now: should be from 0 to 10, not 11") == 2000
    for n in (0, 1, 1234, 1999):
        assert f"cases.toml:{2 + 5 * n}: case 'c{n}': answers.pain_now" in err
    assert f"cases.toml:{2 + 5 * 2000}: case 'last': answers.pain_now" in err


def test_a_clinicians_file_of_more_than_a_megabyte_is_read_and_not_one_of_sixteen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.core.shared.records import URGENCY_LEVELS

    allowed = json.dumps(list(URGENCY_LEVELS))
    story = (
        '[[case]]\nid = "c{n}"\nstory = "' + "a long story " * 80 + '"\n'
        'answers = {{ age_band = "age_18_49" }}\nurgency = ' + allowed + '\nleading = ["any"]\n'
    )
    text = "\n".join(story.format(n=n) for n in range(1100))
    assert len(text.encode()) > 1024 * 1024
    assert triage_command(["validate", cases_file(tmp_path, text)]) == 0
    assert capsys.readouterr().out.startswith("1100 of 1100 cases right")
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * (17 * 1024 * 1024))
    assert triage_command(["validate", str(huge)]) == 2
    assert "huge.toml: is larger than 16 MB" in capsys.readouterr().err


def test_an_id_used_again_is_named_on_the_line_where_it_is_used_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = '[[case]]\nid = "same"\nanswers = {}\nurgency = ["soon"]\nleading = ["any"]\n'
    broken = case.replace('leading = ["any"]', 'leading = ["nerve"]')  # the first is broken
    text = "\n".join([broken, case, case])  # each case is 6 lines: ids on lines 2, 8, 14
    assert triage_command(["validate", cases_file(tmp_path, text)]) == 2
    err = capsys.readouterr().err
    assert "cases.toml:2: case 'same': leading: 'nerve' is not one of" in err
    assert "cases.toml:14: case 'same': id: is used twice" in err
    assert "cases.toml:8: case 'same': id: is used twice" not in err


def test_validate_runs_the_projects_own_cases_end_to_end() -> None:
    result = run("triage", "validate", "content/en/triage/cases.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.fullmatch(
        r"(\d+) of \1 cases right; under-triaged 0; over-triaged 0; leading pattern wrong 0\n",
        result.stdout,
    )
