"""`--language CODE` naming a language the app does not ship: one line, exit status 2,
in the language the command would speak without it (the journal's Settings, else the
system's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.app import main
from companion.core.shared.settings import SettingsStore

SPANISH = "el idioma 'xx' no está disponible; la aplicación trae en (English), es (Español)\n"


@pytest.mark.parametrize(
    ("argv", "prog"),
    [
        (["--language", "xx"], "thigh-pain-companion"),
        (["--language", "xx", "--self-test"], "thigh-pain-companion"),
        (["check", "--language", "xx", "questions"], "check"),
        (["check", "table", "--language", "xx"], "check"),
        (["journal", "export", "--language", "xx"], "thigh-pain-companion journal"),
        (["--language", "xx", "journal", "summary"], "thigh-pain-companion journal"),
    ],
)
def test_on_a_spanish_system_the_refusal_is_in_spanish(
    argv: list[str],
    prog: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before: "the language 'xx' is not available; the app ships ..." in English, on a
    computer set to Spanish."""
    monkeypatch.setenv("LANGUAGE", "es")
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "data"))
    try:
        status = main(argv)
    except SystemExit as stopped:  # the window's options end the program themselves
        status = stopped.code
    said = capsys.readouterr()
    assert status == 2
    assert said.err == f"{prog}: {SPANISH}"
    assert not said.out
    assert not (tmp_path / "data").exists()


def test_the_journal_says_it_in_the_language_chosen_in_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    data = tmp_path / "data"
    data.mkdir()
    SettingsStore.open(data).update(language="es")
    assert main(["--data-dir", str(data), "journal", "summary", "--language", "xx"]) == 2
    assert capsys.readouterr().err == f"thigh-pain-companion journal: {SPANISH}"
