"""The entry table's lists of chosen words (symptoms, what was done) keep each word whole
in every language, its comma beside it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import Entry
from companion.ui.shared.language import install_translators
from tests.helpers.journal_report import NOW, page_words, report


def test_the_longest_chosen_words_stay_whole_in_spanish(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """In Spanish "Medicamentos" (medicine) read "Medicamento / s" in the "Hecho" column,
    and "Adormecimiento," (numbness) left its comma alone on the next line."""
    items = [
        Entry(
            time=NOW - timedelta(hours=5 * (40 - n)),
            pain_now=4,
            level="calf",
            side="left",
            feelings=("numbness", "weakness"),
            done=("ice", "exercises", "medicine"),
        )
        for n in range(40)
    ]
    assert install_translators(qapp, "es")
    try:
        target = tmp_path / "es.pdf"
        report(items, language="es", full=True).write_pdf(target)
    finally:
        install_translators(qapp, "en")
    said = [word for word, _top, _bottom in page_words(target, 2)]
    rows = said.count("Izquierda")  # one a row: "Pantorrilla, Izquierda"
    assert rows > 10 and said.count("Medicamentos") == said.count("Adormecimiento,") == rows
    assert "Medicamento" not in said and "," not in said and "s" not in said
