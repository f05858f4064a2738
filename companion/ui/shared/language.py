"""The interface's language: Qt's translators for the app's words and Qt's own, and the
locale that writes dates, times and numbers.

Everything the interface says goes through Qt's translation calls; this module installs
the translations those calls read (`companion/translations/companion_<code>.qm`, built
from the .ts files by scripts/translations.py) and Qt's own for standard buttons and
dialogs (`qtbase_<code>.qm`, from Qt's translations folder or the bundle's).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from companion.core.shared.resources import ResourceMissingError, resource_dir

# The language the interface is written in.
SOURCE_LANGUAGE = "en"
# Marks the translators installed here, so a second call replaces them.
_TRANSLATOR_NAME = "companion-language"


def system_languages() -> list[str]:
    """The system's preferred languages, most wanted first (``es-MX``, ``en``)."""
    return list(QLocale.system().uiLanguages())


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for the language `code`: the system's own when it speaks that language
    (so a person in Mexico keeps Mexico's dates), else the language's usual one."""
    system = system if system is not None else QLocale.system()
    language = code.replace("-", "_").split("_")[0]
    # The plain "C" locale (no language set) writes English: it stays for English.
    spoken = "en" if system.language() == QLocale.Language.C else system.name().split("_")[0]
    if spoken == language:
        return system
    return QLocale(code.replace("-", "_"))


def _qt_translation_dirs() -> list[Path]:
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    with contextlib.suppress(ResourceMissingError):  # a source tree without built .qm
        folders.append(resource_dir("translations"))
    return folders


def install_translators(app: QCoreApplication, code: str) -> bool:
    """Speak `code` ("es", "en"): remove the translators a previous call installed, install
    Qt's own words and the app's, and make `code`'s locale the default for dates and
    numbers. Returns whether the app's own translation for `code` was found; without it
    the interface speaks English."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    QLocale.setDefault(locale_for(code))
    language = code.replace("-", "_").split("_")[0]
    if language in ("C", "POSIX", ""):  # no language set: English
        language = "en"

    qt_words = QTranslator(app)
    qt_words.setObjectName(_TRANSLATOR_NAME)
    for folder in _qt_translation_dirs():
        if qt_words.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt_words)
            break

    ours = QTranslator(app)
    ours.setObjectName(_TRANSLATOR_NAME)
    try:
        folder = resource_dir("translations")
    except ResourceMissingError:
        return False
    found = ours.load(f"companion_{language}", str(folder))
    # A language without an interface translation gets the English words, whose counted
    # forms ("1 entry", "2 entries") also come from a translation.
    if found or ours.load(f"companion_{SOURCE_LANGUAGE}", str(folder)):
        app.installTranslator(ours)
    return found


def interface_language() -> str:
    """The language the interface speaks now ("es"), from the locale it writes dates in
    ("en" for the C locale, which names none)."""
    spoken = QLocale().name().split("_")[0]
    return "en" if spoken == "C" else spoken
