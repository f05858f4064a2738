"""Putting the chosen language in place on the Qt side: dates and numbers follow it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from companion.ui.shared.language import install_translators, system_languages


@pytest.fixture
def restore_locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    install_translators(qapp, "en")  # the other tests' English words
    QLocale.setDefault(before)


def test_spanish_dates_and_numbers_follow_the_choice(
    qapp: QApplication, restore_locale: None
) -> None:
    install_translators(qapp, "es")
    assert QLocale().language() == QLocale.Language.Spanish
    assert QLocale().toString(1234.5, "f", 1) == "1234,5"


def test_english_keeps_the_systems_own_formats(qapp: QApplication, restore_locale: None) -> None:
    install_translators(qapp, "es")
    install_translators(qapp, "en")  # back to English, as after a kiosk's reset
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.English):
        assert QLocale().name() == system.name()  # en_GB keeps its dates; C stays C
    else:
        assert QLocale().language() == QLocale.Language.English


def test_the_systems_languages_come_most_wanted_first() -> None:
    languages = system_languages()
    assert languages and all(isinstance(tag, str) and tag for tag in languages)
