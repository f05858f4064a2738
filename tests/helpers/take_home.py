"""The longest take-home code among the case stories, its answers, and where a widget
sits in a scrolled view: for the tests that the whole code shows on a kiosk's screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from companion.core.check.cases import load_cases
from companion.core.check.load import load_triage
from companion.core.shared.resources import resource_dir
from tests.helpers.answers import SAFE

# "73, can walk round the supermarket only leaning on the trolley": in Spanish its code
# holds 774 characters with the lines that keep a person safe, a version 23 code of 117
# modules with its quiet zone, 468 px at 4 px a module.
LONG_CODE_CASE = "canal-trolley"


def case_answers(case_id: str) -> dict[str, object]:
    path = resource_dir("content") / "en" / "triage" / "cases.toml"
    case = next(c for c in load_cases(load_triage(), path) if c.id == case_id)
    return {**SAFE, **case.answers}  # the questions the story leaves out: no warning signs


def place(widget: QWidget, viewport: QWidget) -> QRect:
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
