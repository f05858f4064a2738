"""The paper a printed page is laid out for: the size people in the locale's country buy."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

# Where Letter is the usual paper; everywhere else uses A4.
LETTER_TERRITORIES = frozenset({QLocale.Country.UnitedStates, QLocale.Country.Canada})


def paper_size(locale: QLocale | None = None) -> QPageSize:
    """Letter in the United States and Canada, A4 elsewhere."""
    territory = (locale if locale is not None else QLocale()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)
