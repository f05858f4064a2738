"""What a keyboard and screen-reader user hears, stop by stop: press Tab through a screen
and keep what each control is called (Qt's accessibility name, what Orca reads out).

`heard_by_tab` walks; `naming_problems` finds stops that say nothing or sound like
another stop; `untranslated` finds stops that say the same words in Spanish as in English.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.accessibility import labelled_by, spoken_name, tab_through

# Words every language says alike: numbers, a language's own name, file kinds, keys.
SAME_IN_EVERY_LANGUAGE = frozenset({"English", "Español", "CSV", "JSON", "PDF", "PIN", "OK"})


def heard(widget: QWidget) -> str:
    """What a screen reader says for `widget`: its name; for a drop-down, whose name on
    Linux is the entry it shows, the label naming it first ("Sleep last night, Not noted")."""
    name = spoken_name(widget)
    if isinstance(widget, QComboBox):
        return ", ".join([*labelled_by(widget), name])
    return name


def heard_by_tab(start: QWidget, qtbot: QtBot) -> list[str]:
    """Press Tab from `start` until the keyboard comes round again; what each stop says."""
    return [heard(stop) for stop in tab_through(start, qtbot)]


def naming_problems(names: list[str]) -> list[str]:
    """Stops with no name, and names two stops share (so the two sound the same)."""
    problems = [f"stop {i + 1} has no name" for i, name in enumerate(names) if not name]
    counts = Counter(name for name in names if name)
    problems += [
        f"{count} stops are called {name!r}" for name, count in counts.items() if count > 1
    ]
    return problems


def untranslated(english: list[str], spanish: list[str]) -> list[str]:
    """The same walk heard in English and in Spanish: the stops that say the same thing
    in both (left in English), bar numbers and words every language shares."""
    assert len(english) == len(spanish), (english, spanish)
    return [
        name
        for name, nombre in zip(english, spanish, strict=True)
        if name == nombre
        and not name.replace(",", "").replace(" ", "").isdigit()
        and name not in SAME_IN_EVERY_LANGUAGE
    ]
