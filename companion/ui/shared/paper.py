"""The paper a printed page is laid out for (decided in core/shared/paper.py): the
system's region, not the app's language, says where the person buys paper."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from companion.core.shared.paper import LETTER, paper_for


def default_paper() -> str:
    """The paper where the person lives: Letter in the US and Canada, A4 elsewhere."""
    return paper_for(QLocale.system().name())


def page_size(paper: str | None = None) -> QPageSize:
    """Qt's page size for `paper` ("a4", "letter"), by default the person's own."""
    letter = (paper or default_paper()) == LETTER
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
