"""The app's language on the Qt side: the languages the system prefers, and putting the
chosen one in place (the interface's translations, and QLocale for dates and numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.core.shared.content import DEFAULT_LANGUAGE


def system_languages() -> list[str]:
    """The system's preferred languages, most wanted first (``es-MX``, ``en``)."""
    return list(QLocale.system().uiLanguages())


def use_language(app: QCoreApplication, code: str) -> None:
    """Speak `code` from now on: Qt's and the app's translations, and dates and numbers
    in its way (the system's own region kept when it speaks the same language)."""
    system = QLocale.system()
    # The system's own region when it speaks `code` (en_GB keeps its dates); a system
    # with no language ("C") is the app's English as it always was.
    unset = system.language() == QLocale.Language.C and code == DEFAULT_LANGUAGE
    same = unset or system.name().split("_")[0] == code
    QLocale.setDefault(system if same else QLocale(code))
    try:
        from companion.ui.shell.language import install_translators
    except ModuleNotFoundError as exc:
        if exc.name != "companion.ui.shell.language":
            raise
        return  # this copy has no interface translations yet: the words stay English
    install_translators(app, code)
