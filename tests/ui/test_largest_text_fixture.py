"""The `largest_text` runs in Spanish read Spanish content as well as a Spanish
interface, as the app does when a person chooses Spanish."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.get_help import load_get_help
from tests.helpers.journal_ui import MakeWindow
from tests.helpers.qt import visible_text


@pytest.mark.parametrize("largest_text", ["en", "es"], indirect=True)
def test_the_largest_text_runs_read_the_content_of_their_language(
    qtbot: QtBot, make_window: MakeWindow, largest_text: AppState
) -> None:
    """With "es", Home's safety card said "Get help now for numbness ..." under a
    Spanish interface: the overflow checks at 175% never met the Spanish clinical
    words (content/es/), which run longer."""
    language = largest_text.settings.current.language
    window = make_window(largest_text)
    words = load_get_help(language=language).emergency.split("{")[0].strip()
    assert words in visible_text(window.page("home"))  # type: ignore[attr-defined]
