"""The graph's markers in words: their names, and what one day's markers stand for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.journal.series import CHECK, DayMarkers
from companion.core.shared.records import BREAK_TAKEN, HEAT, ICE


def marker_names() -> dict[str, str]:
    return {
        HEAT: QCoreApplication.translate("PainDistanceChart", "Heat"),
        ICE: QCoreApplication.translate("PainDistanceChart", "Ice"),
        BREAK_TAKEN: QCoreApplication.translate("PainDistanceChart", "Break"),
        CHECK: QCoreApplication.translate("PainDistanceChart", "Check"),
    }


def day_words(markers: DayMarkers) -> list[str]:
    """What one day's markers stand for, in words."""
    names = marker_names()
    words = [
        QCoreApplication.translate("PainDistanceChart", "%1 ×%2 (%3 min)")
        .replace("%1", names[timed.kind])
        .replace("%2", str(timed.count))
        .replace("%3", f"{timed.minutes:.0f}")
        for timed in markers.timed
    ]
    words += [names[kind] for kind in markers.noted]
    words += [
        QCoreApplication.translate("PainDistanceChart", "Check: %1").replace("%1", summary)
        for summary in markers.checks
    ]
    return words
