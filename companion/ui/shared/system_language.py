"""The languages the system prefers, as Qt reads them on every platform."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def system_languages() -> list[str]:
    """The system's preferred languages, most wanted first (``es-MX``, ``en``)."""
    return list(QLocale.system().uiLanguages())
