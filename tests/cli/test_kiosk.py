"""`kiosk hash-pin`, `kiosk check` and `kiosk where`, run through the app's entry point."""

from __future__ import annotations

import getpass
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.app import main
from companion.core.shared.kiosk_config import system_config_paths
from companion.core.shared.pin_hash import PinHash
from tests.helpers.check_cli import run
from tests.helpers.kiosk_files import write_config

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "kiosk.example.toml"


class Terminal(io.StringIO):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def typed(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Pretend a person at a terminal types `answers` at the hidden prompts."""
    prompts: list[str] = []
    replies: Iterator[str] = iter(answers)

    def fake_getpass(prompt: str = "Password: ", stream: object = None) -> str:
        prompts.append(prompt)
        return next(replies)

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return prompts


def piped(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def the_hash(out: str) -> PinHash:
    match = re.fullmatch(r'pin_hash = "([^"]+)"\n', out)
    assert match, out
    return PinHash.parse(match.group(1))


# --- hash-pin ---------------------------------------------------------------------------


def test_hash_pin_at_a_terminal_asks_twice_and_prints_a_line_to_paste(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = typed(monkeypatch, "4826", "4826")
    assert main(["kiosk", "hash-pin"]) == 0
    out, err = capsys.readouterr()
    assert len(prompts) == 2
    pin_hash = the_hash(out)
    assert pin_hash.matches("4826")
    assert not pin_hash.matches("4827")
    assert pin_hash.iterations >= 200_000
    assert "[admin]" in err and "kiosk.toml" in err
    # The PIN itself is never shown. The salt and digest are random hex, where the
    # digits 4826 can turn up by chance, so look everywhere but inside them.
    shown = out.replace(pin_hash.salt.hex(), "").replace(pin_hash.digest.hex(), "")
    assert "4826" not in shown + err


def test_hash_pin_makes_a_new_salt_each_time(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hashes = []
    for _ in range(2):
        piped(monkeypatch, "2468\n")
        assert main(["kiosk", "hash-pin"]) == 0
        hashes.append(the_hash(capsys.readouterr().out))
    assert hashes[0].salt != hashes[1].salt
    assert all(h.matches("2468") for h in hashes)


def test_hash_pin_from_a_script_reads_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    piped(monkeypatch, "13572468\r\nignored\n")
    assert main(["kiosk", "hash-pin"]) == 0
    assert the_hash(capsys.readouterr().out).matches("13572468")


def test_two_different_pins_exit_2_and_print_no_hash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(monkeypatch, "4826", "4862")
    assert main(["kiosk", "hash-pin"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "not the same" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("123", "4 to 8 digits"),
        ("123456789", "4 to 8 digits"),
        ("12a4", "digits only"),
        ("١٢٣٤", "digits only"),  # Arabic-Indic digits: not 0 to 9
        ("", "No PIN"),
    ],
)
def test_a_bad_pin_from_a_script_exits_2_saying_why(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pin: str, reason: str
) -> None:
    piped(monkeypatch, pin + "\n")
    assert main(["kiosk", "hash-pin"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert reason in err
    assert "Traceback" not in err


def test_a_bad_pin_at_a_terminal_is_refused_before_asking_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = typed(monkeypatch, "12")
    assert main(["kiosk", "hash-pin"]) == 2
    assert len(prompts) == 1
    assert "4 to 8 digits" in capsys.readouterr().err


def test_stopping_at_the_prompt_makes_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(prompt: str = "", stream: object = None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", interrupted)
    assert main(["kiosk", "hash-pin"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Nothing was made" in err


# --- check ------------------------------------------------------------------------------


def test_check_summarises_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(tmp_path)
    assert main(["kiosk", "check", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "clinic: Riverside Physio, phone 555 0100" in out
    assert "emergency number: 911" in out
    assert '"Still there?" after 60 s' in out and "reset 20 s later" in out
    assert "hand-off: QR code and printing" in out
    assert "start page: welcome" in out
    assert "admin PIN: set" in out


def test_check_shows_the_clinics_words_in_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(tmp_path, name='"Riverside"\nhours = { en = "Mon-Fri", es = "Lun-Vie" }')
    assert main(["kiosk", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "clinic: Riverside, phone 555 0100, open Mon-Fri (en) / Lun-Vie (es)" in out
    assert out.rstrip().endswith("the file is valid")


def test_check_names_each_problem_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(tmp_path, emergency_number='"help"', handoff='["email"]', pin_hash='"x"')
    assert main(["kiosk", "check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()  # first what happened, then each problem
    assert "3 problem(s)" in lines[0] and "will not start" in lines[0]
    assert lines[1].startswith(f"{path}: emergency_number: ")
    assert lines[2].startswith(f"{path}: handoff: ")
    assert lines[3].startswith(f"{path}: admin.pin_hash: ")


def test_check_refuses_a_hash_with_too_many_rounds_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It stopped with an OverflowError traceback (exit 1), or tried the example's PIN
    for 8 minutes with 2,000,000,000 rounds."""
    for rounds in ("999999999999", "2000000000"):
        huge = f'"pbkdf2-sha256${rounds}${"00" * 16}${"ab" * 32}"'
        path = write_config(tmp_path, pin_hash=huge)
        assert main(["kiosk", "check", str(path)]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert f"{path}: admin.pin_hash: uses {rounds} rounds; at most 2000000" in err
        assert "Traceback" not in err


def test_check_shows_hidden_characters_in_a_key_as_escapes_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, a key in quotes holding U+202E (which turns the text after it around), a
    new line or a terminal escape was printed as it is: the line read back to front,
    broke in two, or recoloured the terminal."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    text = text.replace("[clinic]\n", '"ph\\u202eone" = 1\n[clinic]\n"a\\nb" = 2\n')
    text = text.replace("[idle]\n", '[idle]\n"c\\u001b[31md" = 3\n')
    path.write_text(text, encoding="utf-8")
    assert main(["kiosk", "check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert "3 problem(s)" in lines[0] and len(lines) == 4
    assert lines[1].startswith(f"{path}: ph\\u202eone: is not a known key")
    assert lines[2].startswith(f"{path}: clinic.a\\u000ab: is not a known key")
    assert lines[3].startswith(f"{path}: idle.c\\u001b[31md: is not a known key")
    assert not any(hidden in err for hidden in ("\u202e", "\x1b"))


def test_check_shows_hidden_characters_in_the_clinics_name_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The summary printed the name as it is: "River\u202eside" turned the rest of the
    line around in the terminal ("clinic: Riveredisy ,..." as read)."""
    path = write_config(tmp_path, name='"River\\u202eside"')
    assert main(["kiosk", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "clinic: River\\u202eside" in out
    assert "\u202e" not in out


def test_check_refuses_the_examples_well_known_pin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kiosk", "check", str(EXAMPLE)]) == 1
    out, err = capsys.readouterr()
    assert "Example Physiotherapy Clinic" in out
    assert "example's PIN (2468)" in err and "kiosk hash-pin" in err
    assert "the file is valid" not in out


def test_check_of_a_missing_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FILE that is not there, or is no file, is a wrong argument: one line, exit 2 (a
    folder took two lines and exit 1, as if it were a file with a problem)."""
    assert main(["kiosk", "check", str(tmp_path / "nope.toml")]) == 2
    assert capsys.readouterr().err == (
        f"kiosk check: {tmp_path / 'nope.toml'}: It is not there: it may have been moved "
        "or deleted.\n"
    )
    assert main(["kiosk", "check", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"kiosk check: {tmp_path}: It is a folder, not a file.\n"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is Linux's")
def test_check_without_a_file_uses_the_system_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty, system = tmp_path / "empty", tmp_path / "system"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{empty}:{system}")
    assert main(["kiosk", "check"]) == 1
    err = capsys.readouterr().err
    assert "there is no kiosk config file" in err
    assert str(empty / "thigh-pain-companion" / "kiosk.toml") in err
    assert str(system / "thigh-pain-companion" / "kiosk.toml") in err

    (system / "thigh-pain-companion").mkdir(parents=True)
    path = write_config(system / "thigh-pain-companion")
    assert main(["kiosk", "check"]) == 0
    assert f"kiosk check: {path}" in capsys.readouterr().out


# --- where and usage --------------------------------------------------------------------


def test_where_lists_the_searched_paths_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'a'}:{tmp_path / 'b'}")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "programdata"))
    assert main(["kiosk", "where"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [str(path) for path in system_config_paths()]
    if sys.platform.startswith("linux"):
        assert out.splitlines() == [
            str(tmp_path / folder / "thigh-pain-companion" / "kiosk.toml") for folder in "ab"
        ]
    assert "None exists now" in err


def test_a_config_folder_name_too_long_to_look_up_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hand-set XDG_CONFIG_DIRS naming a folder longer than the system allows stopped
    the window, the self-test and `kiosk where` with "File name too long"."""
    (tmp_path / "b" / "thigh-pain-companion").mkdir(parents=True)
    path = write_config(tmp_path / "b" / "thigh-pain-companion")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / ('x' * 300)}:{tmp_path / 'b'}")
    assert main(["kiosk", "where"]) == 0
    assert f"now {path}" in capsys.readouterr().err  # the next folder is still searched


def test_kiosk_without_a_command_shows_usage_and_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["kiosk"]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1
    assert '"hash-pin", "check", "where"' in said


def test_kiosk_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kiosk", "--help"]) == 0
    out = capsys.readouterr().out
    for command in ("hash-pin", "check", "where"):
        assert command in out


def test_check_reads_the_logo_as_the_kiosk_will(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A .png that is not a picture (a web page saved under the wrong name, a file cut
    # short in copying) passed the check, and the kiosk then refused to start with it.
    path = write_config(tmp_path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)  # a PNG's first bytes, no picture
    text = path.read_text(encoding="utf-8").replace("[clinic]\n", '[clinic]\nlogo = "logo.png"\n')
    path.write_text(text, encoding="utf-8")
    assert main(["kiosk", "check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "kiosk check: 1 problem(s) found. The app will not start in kiosk mode with this file:",
        f"{path}: clinic.logo: the picture {logo} could not be read.",
    ]


def test_check_accepts_a_logo_that_can_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(tmp_path)
    (tmp_path / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
        '<rect width="10" height="10"/><text x="10" y="9">R</text></svg>',
        encoding="utf-8",
    )
    text = path.read_text(encoding="utf-8").replace("[clinic]\n", '[clinic]\nlogo = "logo.svg"\n')
    path.write_text(text, encoding="utf-8")
    assert main(["kiosk", "check", str(path)]) == 0
    out, _err = capsys.readouterr()
    assert f"logo: {tmp_path / 'logo.svg'}" in out


def test_check_says_a_logo_is_too_big_and_what_size_to_use(
    tmp_path: Path, big_logos: dict[str, Path]
) -> None:
    # A 9000x9000 PNG (259 KB) is a good picture, but read whole it passes Qt's 256 MB
    # limit: the check said it "could not be read", under a line of Qt's own.
    path = write_config(tmp_path)
    logo = big_logos["png"]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[clinic]\n", f'[clinic]\nlogo = "{logo.as_posix()}"\n'))
    done = run("kiosk", "check", str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "kiosk check: 1 problem(s) found. The app will not start in kiosk mode with this file:",
        f"{path}: clinic.logo: the picture {logo} is too big (9000 x 9000 pixels). "
        "Save a smaller copy, at most 2000 pixels wide and 2000 pixels tall, and use that.",
    ]


def test_check_accepts_a_print_quality_jpeg_logo(
    tmp_path: Path, big_logos: dict[str, Path]
) -> None:
    # A 9000x9000 JPEG is now decoded at the badge's size, in a blink, not refused.
    path = write_config(tmp_path)
    logo = big_logos["jpg"]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[clinic]\n", f'[clinic]\nlogo = "{logo.as_posix()}"\n'))
    done = run("kiosk", "check", str(path))
    assert (done.returncode, done.stderr) == (0, "")
    assert f"  logo: {logo}\n" in done.stdout
    assert done.stdout.endswith("kiosk check: the file is valid\n")
