"""An entry's summary in the interface's words, the same in the list, the graph's details
and the report (what a summary holds is decided in `core.journal.summary`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.core.journal.choices import JournalContent
from companion.core.journal.summary import EntrySummary
from companion.core.journal.trend import Trend


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


def trend_figures(trend: Trend, content: JournalContent, days: int) -> str:
    """The figures under the trend: the two periods compared ("Last 14 days: 13 entries;
    on average as far down as: Knee; pain 2.8 out of 10. ..."), or while the trend is
    early, its first days against its latest days."""
    if trend.early:
        return _early_figures(trend, content)
    parts = []
    for name, count, level, pain in (
        (
            QCoreApplication.translate("JournalPage", "Last %n days", "", days),
            trend.recent_count,
            trend.recent_level,
            trend.recent_pain,
        ),
        (
            QCoreApplication.translate("JournalPage", "The %n days before", "", days),
            trend.earlier_count,
            trend.earlier_level,
            trend.earlier_pain,
        ),
    ):
        if not count or level is None or pain is None:
            continue
        parts.append(
            QCoreApplication.translate(
                "JournalPage",
                "%1: %n entries; on average as far down as: %2; pain %3 out of 10.",
                "%1 is a span of days, %2 a part of the leg (Knee), %3 a number",
                count,
            )
            .replace("%1", name)
            .replace("%2", content.levels[round(level)].short)
            .replace("%3", QLocale().toString(float(pain), "f", 1))
        )
    return " ".join(parts)


def _early_figures(trend: Trend, content: JournalContent) -> str:
    if trend.first_level is None or trend.latest_level is None:
        return ""
    half = trend.early_days // 2
    first = QCoreApplication.translate(
        "JournalPage", "First %n days: on average as far down as: %1.", "", half
    )
    latest = QCoreApplication.translate(
        "JournalPage", "Latest %n days: on average as far down as: %1.", "", half
    )
    return " ".join(
        (
            first.replace("%1", content.levels[round(trend.first_level)].short),
            latest.replace("%1", content.levels[round(trend.latest_level)].short),
        )
    )
