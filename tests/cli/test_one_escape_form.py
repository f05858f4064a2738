"""Every message shows a hidden character the same way: a journal error, a check error
and a kiosk config error quoting the same text print the same escape for each of its
characters, and never the raw control or direction-turning character."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion.app import main
from companion.core.shared.content import hidden_escaped

START, END = "⟦", "⟧"  # around the quoted text, to find it in each message
# Characters that turn the text's direction around (Unicode's bidi controls).
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Any character a JSON or TOML file can hold (not half of a pair), but not the markers.
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters=START + END),
    min_size=1,
    max_size=3,
)


def _raw_hidden(text: str) -> list[str]:
    """Control and bidi characters, and halves of pairs, left as they are (but the
    new lines that end the lines)."""
    return [
        c for c in text if c not in "\n" and (unicodedata.category(c) in ("Cc", "Cs") or c in BIDI)
    ]


def _between(text: str) -> list[str]:
    return re.findall(f"{START}(.*?){END}", text)


def _journal_error(base: Path, quoted_text: str) -> list[str]:
    entry = {"time": "2026-01-05T09:00:00+00:00", "pain_now": 3, "side": quoted_text}
    body = {"format": "thigh-pain-companion-journal", "version": 1, "entries": [entry]}
    (base / "journal.json").write_text(json.dumps(body), encoding="utf-8")
    return ["journal", "import", str(base / "journal.json")]


def _check_error(base: Path, quoted_text: str) -> list[str]:
    answers = json.dumps({"saddle_numbness": quoted_text})
    (base / "answers.json").write_text(answers, encoding="utf-8")
    return ["check", "evaluate", str(base / "answers.json")]


def _toml_string(text: str) -> str:
    """`text` as a TOML string: anything not printable (TOML takes no raw control
    character) written as an escape, which TOML reads back as the character itself."""

    def one(c: str) -> str:
        if c.isprintable() and c not in '"\\':
            return c
        return f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"

    return '"' + "".join(map(one, text)) + '"'


def _kiosk_error(base: Path, quoted_text: str) -> list[str]:
    config = f"language = {_toml_string(quoted_text)}\n"
    (base / "kiosk.toml").write_text(config, encoding="utf-8")
    return ["kiosk", "check", str(base / "kiosk.toml")]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT)
@example(text="\x1b[")  # a terminal colour: before, 'check' printed \x1b, the journal \u001b
@example(text="\u202e")  # turns the line around
@example(text="\u2028\x85")  # a line break to many programs
def test_a_journal_a_check_and_a_kiosk_error_show_a_character_the_same_way(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    base = Path(tempfile.mkdtemp(dir=tmp_path))
    shown: dict[str, list[str]] = {}
    for name, command in (
        ("journal", _journal_error),
        ("check", _check_error),
        ("kiosk", _kiosk_error),
    ):
        capsys.readouterr()
        assert main(["--data-dir", str(base / "data"), *command(base, START + text + END)]) != 0
        said = capsys.readouterr()
        printed = said.out + said.err
        assert _raw_hidden(printed) == [], (name, printed)
        shown[name] = _between(printed)
    assert shown["journal"] == shown["check"] == shown["kiosk"] == [hidden_escaped(text)], shown
