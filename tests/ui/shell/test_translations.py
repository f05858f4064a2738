"""The interface's translations: in step with the code, complete in every shipped
language, and what a Spanish-speaking person actually sees."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication

from companion.ui.check.result import score_words
from companion.ui.home.page import last_entry_text
from companion.ui.kiosk.pin_pad import too_short_text, tries_left_text
from companion.ui.shared.dates import day_and_time_text, day_text
from companion.ui.shared.language import install_translators, locale_for
from companion.ui.shared.paper import default_paper, page_size
from companion.ui.timers.widgets import minutes_text, spoken_duration

ROOT = Path(__file__).resolve().parents[3]
SPEC = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
assert SPEC and SPEC.loader
translations = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(translations)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "es")
    yield
    assert install_translators(qapp, "en")


def _messages(path: Path) -> dict[tuple[str, str, str], list[str]]:
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name") or "",
                message.findtext("source") or "",
                message.findtext("comment") or "",
            )
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation] or [translation.text or ""]
            if translation.get("type") is not None:
                forms = []
            found[key] = forms
    return found


def test_every_ts_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Running `scripts/translations.py update` would change nothing: every string of the
    code is in every shipped language's .ts, and nothing else is."""
    for language in translations.languages():
        shutil.copy(translations.ts_path(language), translations.ts_path(language, tmp_path))
    translations.update(tmp_path)
    for language in translations.languages():
        committed = _messages(translations.ts_path(language))
        fresh = _messages(translations.ts_path(language, tmp_path))
        assert sorted(fresh) == sorted(committed), (
            f"run: scripts/translations.py update ({language})"
        )


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_shipped_language_is_finished(language: str) -> None:
    path = translations.ts_path(language)
    assert language in translations.languages()
    unfinished = [key[1] for key, forms in _messages(path).items() if not all(forms)]
    assert unfinished == [], f"{path.name}: unfinished {unfinished[:5]}"


def test_translations_keep_their_placeholders() -> None:
    """A translation that drops or invents a %1 would show the wrong words (or none)."""
    for language in translations.languages():
        for (_, source, _), forms in _messages(translations.ts_path(language)).items():
            wanted = sorted(set(re.findall(r"%\d", source)))
            for form in forms:
                assert sorted(set(re.findall(r"%\d", form))) == wanted, (language, source, form)


def test_a_button_named_in_a_sentence_has_the_name_it_shows() -> None:
    """ "Try saving again" shows as "Guardar de nuevo", but two messages said to choose
    "Intentar guardar de nuevo", a button the person cannot find."""
    labels = {source for (_, source, _) in _messages(translations.ts_path("es"))}
    for language in translations.languages():
        messages = _messages(translations.ts_path(language))
        # An English .ts holds only the plural forms: elsewhere the source is what shows.
        shown = {source: (forms or [source])[0] for (_, source, _), forms in messages.items()}
        named = 0
        for source in labels:
            for label in re.findall(r'choose "?([A-Z][\w ]+?)"?(?:[.,]|$)', source):
                if label in labels:
                    named += 1
                    key = next((k for k in messages if k[1] == source), None)
                    for form in (messages[key] if key else []) or [source]:
                        assert shown.get(label, label) in form, (language, label, form)
        assert named >= 3, language  # the banner's and the quit question's sentences


def test_english_counts_read_as_english(qapp: QApplication) -> None:
    assert tries_left_text(1) == "That PIN is not right. 1 try left."
    assert tries_left_text(3) == "That PIN is not right. 3 tries left."
    assert score_words(-1) == "1 point away from it"
    assert score_words(14) == "14 points towards it"
    assert last_entry_text(1) == "Last entry yesterday."
    assert last_entry_text(3) == "Last entry 3 days ago."
    assert spoken_duration(61) == "1 minute 1 second"


def test_spanish_words_counts_and_numbers(spanish: None) -> None:
    assert tries_left_text(1) == "El PIN no es correcto. Queda 1 intento."
    assert tries_left_text(2) == "El PIN no es correcto. Quedan 2 intentos."
    assert too_short_text() == "El PIN tiene al menos 4 dígitos."
    assert score_words(-1) == "1 punto en contra"
    assert score_words(0) == "ni a favor ni en contra"
    assert last_entry_text(0) == "Última anotación: hoy."
    assert last_entry_text(5) == "Última anotación: hace 5 días."
    assert minutes_text(1.5) == "1,5 minutos"
    assert spoken_duration(125) == "2 minutos 5 segundos"


def test_spanish_dates_name_the_day_and_month_in_spanish(spanish: None) -> None:
    moment = datetime(2026, 3, 2, 14, 5)
    assert day_text(moment.date()) == "2 de marzo de 2026"
    assert day_text(moment.date(), weekday=True, year=False) == "lunes, 2 de marzo"
    assert "14:05" in day_and_time_text(moment) or "2:05" in day_and_time_text(moment)


def test_a_translator_is_replaced_not_stacked(qapp: QApplication) -> None:
    assert install_translators(qapp, "es")
    assert install_translators(qapp, "en")
    assert QCoreApplication.translate("PinPad", "No digits entered.") == "No digits entered."
    assert tries_left_text(2) == "That PIN is not right. 2 tries left."


def test_a_language_without_a_translation_speaks_english(qapp: QApplication) -> None:
    try:
        assert not install_translators(qapp, "xx")
        assert tries_left_text(1) == "That PIN is not right. 1 try left."
    finally:
        assert install_translators(qapp, "en")


def test_the_locale_follows_the_language_but_keeps_the_country_that_speaks_it() -> None:
    assert locale_for("es", QLocale("es_MX")).name() == "es_MX"
    assert locale_for("es", QLocale("en_US")).language() == QLocale.Language.Spanish
    assert locale_for("en", QLocale("C")).language() == QLocale.Language.C


def test_the_pages_are_printed_on_the_paper_chosen_in_core() -> None:
    """Which paper where is decided in core (tests/core/journal/test_report_plan.py)."""
    assert page_size("letter").id() == QPageSize.PageSizeId.Letter
    assert page_size("a4").id() == QPageSize.PageSizeId.A4
    assert page_size().id() == page_size(default_paper()).id()


def test_drawings_with_words_have_a_spanish_version_the_spanish_interface_shows(
    spanish: None,
) -> None:
    from companion.core.shared.resources import asset_path
    from companion.ui.shared.illustration import illustration_svg

    folder = asset_path("illustrations")
    worded = [
        p for p in folder.glob("*.svg") if p.name.count(".") == 1 and "<text" in p.read_text()
    ]
    assert worded
    for english in worded:
        spanish_file = english.with_name(f"{english.stem}.es.svg")
        assert spanish_file.is_file(), spanish_file.name
        ids = re.compile(r'\bid="([^"]+)"')
        assert ids.findall(spanish_file.read_text()) == ids.findall(english.read_text())
    assert "Evite" in illustration_svg("exercise_overview", False).decode()
    assert "Sciatica" not in illustration_svg("learn_how_long", True).decode()


def test_the_english_interface_shows_the_english_drawings(qapp: QApplication) -> None:
    from companion.ui.shared.illustration import illustration_svg

    assert "Avoid" in illustration_svg("exercise_overview", False).decode()


def test_building_again_never_rewrites_a_qm_file_someone_is_reading(tmp_path: Path) -> None:
    # The app reads a .qm straight from the file (mapped into memory). A build that
    # rewrote it in place under a running app, or under a second test run, stopped that
    # process with a bus error; each build now puts a whole new file in its place.
    translations.build(tmp_path)
    built = sorted(tmp_path.iterdir())
    assert [path.name for path in built] == sorted(
        f"companion_{language}.qm" for language in translations.languages()
    )
    with built[-1].open("rb") as reading:
        before = built[-1].stat()
        translations.build(tmp_path)
        after = built[-1].stat()
        assert after.st_ino != before.st_ino  # a new file, the one being read untouched
        assert len(reading.read()) == before.st_size
    assert sorted(tmp_path.iterdir()) == built  # nothing half-built left behind
