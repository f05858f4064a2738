"""An entry's summary in the interface's words, the same in the list, the graph's details
and the report (what a summary holds is decided in `core.journal.summary`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.journal.summary import EntrySummary


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalWords", text)


def pain_words(summary: EntrySummary, *, capital: bool = True) -> str:
    """ "Pain 4 out of 10 (worst 6)" """
    text = (tr("Pain %1 out of 10") if capital else tr("pain %1 out of 10")).replace(
        "%1", str(summary.pain)
    )
    if summary.worst is not None:
        text += " " + tr("(worst %1)").replace("%1", str(summary.worst))
    return text


def reach_words(summary: EntrySummary) -> str:
    """ "Down to the knee, left" """
    if summary.side is None:
        return summary.reach
    return summary.reach + ", " + summary.side.lower()


def walk_words(summary: EntrySummary) -> str | None:
    """ "walked 12 min", or None when the entry says nothing of walking."""
    if summary.walked is None:
        return None
    return tr("walked %1 min").replace("%1", f"{summary.walked:g}")
