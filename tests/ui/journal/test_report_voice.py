"""Who the clinician's report speaks to: a clinician, about the person. The Journal page
speaks to the person ("your leg"); the report, made from the same findings, says "the
leg" and gives the person no advice ("Keep doing what helps", "Tick what you did").

Before, the report printed the Journal page's words: "the pain reached less far down
your leg", "Ease off what makes it worse", the shared "Get help now for numbness around
your genitals..." under a spreading trend, "Tick what you did in each entry" under what
seems to help, and in Spanish a title "para su médico o fisioterapeuta"."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import NERVE
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import journal_page, save_report_through_page
from tests.helpers.voice import TO_THE_PERSON

MakeWindow = Callable[..., MainWindow]

# Per case: (levels from the oldest day to today, with weakness ticked at the end?),
# then what the report says instead in each language.
CASES = {
    "retreating": (["calf"] * 14 + ["buttock"] * 14, False),
    "spreading": (["buttock"] * 14 + ["calf"] * 14, False),
    "early": (["calf"] * 4 + ["buttock"] * 4, False),
    "weaker": (["calf"] * 14 + ["buttock"] * 14, True),
}
REPORT_SAYS = {
    ("en", "retreating"): "the pain reached less far down the leg than in the 14 days before.",
    ("en", "spreading"): "the pain reached further down the leg than in the 14 days before.",
    ("en", "early"): "In the latest entries the pain reached less far down the leg than",
    ("en", "weaker"): "The leg seems weaker or more numb than before. The recent entries show",
    ("es", "retreating"): "el dolor bajó menos por la pierna que en los 14 días anteriores.",
    ("es", "spreading"): "el dolor bajó más por la pierna que en los 14 días anteriores.",
    ("es", "early"): "En las últimas anotaciones, el dolor bajó menos por la pierna",
    ("es", "weaker"): "La pierna parece más débil o más adormecida que antes.",
}
NONE_YET = {
    "en": "Nothing to show yet. To compare, the journal needs 3 days after doing a thing",
    "es": "Aún no hay nada que mostrar. Para comparar, el diario necesita 3 días",
}
CHECK_LINE = {
    "en": "The result the person saw: “Fits the irritated nerve pattern best; self-care is a "
    "good start.”",
    "es": "El resultado que vio la persona: «Encaja mejor con el patrón de nervio irritado; "
    "los cuidados en casa son un buen comienzo.»",
}
TITLE = {"en": "Journal report for a clinician", "es": "Informe del diario para el médico"}


def kept(tmp_path: Path, clock: FakeClock, language: str, case: str) -> AppState:
    """A journal of one entry a day up to today, and a guided check done this morning."""
    state = AppState.open(tmp_path / "data", now=clock, language=language)
    state.settings.update(welcome_done=True, emergency_number="112", language=language)
    levels, weaker = CASES[case]
    journal = state.store.partitioned(JOURNAL, "time")
    for days_ago, level in zip(range(len(levels) - 1, -1, -1), levels, strict=True):
        entry = {
            "time": (clock() - timedelta(days=days_ago, hours=1)).isoformat(),
            "pain_now": 5,
            "level": level,
            "side": "left",
        }
        if weaker and days_ago < 2:
            entry["warning_signs"] = ["weakness_worsening"]
        journal.insert(parse_entry(entry).to_dict())
    check = evaluate(load_triage(language=language), NERVE)
    state.save_check(check_record(check, clock() - timedelta(hours=3)))
    return state


def page_one_text(path: Path) -> str:
    """Page 1 as a reader reads it: one line, ligatures ("ﬁ") as their letters."""
    shown = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", shown).split())


@pytest.mark.parametrize("case", list(CASES))
def test_the_page_speaks_to_the_person_and_the_report_about_them(
    qtbot: QtBot,
    make_window: MakeWindow,
    clock: FakeClock,
    tmp_path: Path,
    language: str,
    case: str,
) -> None:
    page = journal_page(make_window(kept(tmp_path, clock, language, case), page="journal"))
    to_the_person = TO_THE_PERSON[language]
    card = page.trend_card
    # The Journal page still speaks to the person, as before.
    assert to_the_person.search(f"{card.title.text()} {card.text.text()}"), card.text.text()
    assert to_the_person.search(page.insights_card.lines[0].text())

    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target)
    said = page_one_text(target)
    found = to_the_person.findall(said)
    assert not found, (found, said)
    assert said.startswith(TITLE[language])
    assert REPORT_SAYS[language, case] in said
    assert NONE_YET[language] in said  # what seems to help: nothing yet, and why
    # The check's words speak to the person ("consulte pronto a su médico"): quoted, as
    # what the person saw.
    assert CHECK_LINE[language] in said
