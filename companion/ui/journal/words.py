"""An entry's summary in the interface's words, the same in the list, the graph's details
and the report (what a summary holds is decided in `core.journal.summary`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.core.journal.summary import EntrySummary


def pain_words(summary: EntrySummary, *, capital: bool = True) -> str:
    """ "Pain 4 out of 10 (worst 6)"; `capital` False for the middle of a sentence."""
    if summary.worst is None:
        if capital:
            return QCoreApplication.translate("JournalWords", "Pain %1 out of 10").replace(
                "%1", str(summary.pain)
            )
        return QCoreApplication.translate("JournalWords", "pain %1 out of 10").replace(
            "%1", str(summary.pain)
        )
    if capital:
        text = QCoreApplication.translate("JournalWords", "Pain %1 out of 10 (worst %2)")
    else:
        text = QCoreApplication.translate("JournalWords", "pain %1 out of 10 (worst %2)")
    return text.replace("%1", str(summary.pain)).replace("%2", str(summary.worst))


def reach_words(summary: EntrySummary) -> str:
    """ "Down to the knee (left)": how far down the leg, then the side as the content
    names it (no case change on translated words)."""
    if summary.side is None:
        return summary.reach
    return (
        QCoreApplication.translate(
            "JournalWords", "%1 (%2)", "how far down the leg, then which side: Knee (Left)"
        )
        .replace("%1", summary.reach)
        .replace("%2", summary.side)
    )


def walk_words(summary: EntrySummary) -> str | None:
    """ "walked 12 min", or None when the entry says nothing of walking."""
    if summary.walked is None:
        return None
    return QCoreApplication.translate("JournalWords", "walked %1 min").replace(
        "%1", QLocale().toString(float(summary.walked), "g", 6)
    )
