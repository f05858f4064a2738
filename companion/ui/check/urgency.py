"""How urgent a check's result is, shown as an icon and words together: the level's
icon in its theme colour (crisp at the text's size), the badge beside the level's
name, and the danger frame of the emergency screens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from companion.core.check.model import TriageContent
from companion.core.shared.records import EMERGENCY, SELF_CARE, SOON, URGENT
from companion.ui.shared.icons import grown_side, keep_icon_fresh, tinted_icon
from companion.ui.shared.illustration import is_dark
from companion.ui.shared.page_layout import label
from companion.ui.shared.theme import DARK, LIGHT

# Flat line icons like the app's others (never the style's glossy ones), each level in
# a colour of its own from the theme; the level's words always stand beside the icon.
URGENCY_ICONS = {
    EMERGENCY: ("urgency-emergency", "danger"),
    URGENT: ("urgency-urgent", "warning_text"),
    SOON: ("urgency-soon", "accent"),
    SELF_CARE: ("urgency-self-care", "accent"),
}


def urgency_icon(widget: QWidget, level: str, side: int) -> QPixmap:
    """The level's icon for `widget`, drawn at `side` px in its screen's pixels: crisp,
    where one drawn at 48 px was soft scaled down and never grew past 48."""
    name, colour = URGENCY_ICONS[level]
    palette = DARK if is_dark(widget.palette()) else LIGHT
    ratio = widget.devicePixelRatioF()
    icon = tinted_icon(name, getattr(palette, colour), side=side, ratio=ratio)
    return icon.pixmap(QSize(side, side), ratio)


def urgency_badge(
    content: TriageContent, level: str, words_text: str | None = None, size: int = 40
) -> QWidget:
    """An icon and the level in words, so urgency never rests on colour alone."""
    text = words_text or content.urgencies[level].label
    badge = QWidget()
    row = QHBoxLayout(badge)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(12)
    icon = QLabel()

    def draw() -> None:  # again for a new theme, text size or screen
        # `size` at the normal text size; larger text, a larger icon.
        icon.setPixmap(urgency_icon(badge, level, grown_side(badge, size)))

    # The badge's colours, not the label's: a label's background is see-through (black).
    keep_icon_fresh(badge, draw)
    icon.setAccessibleName(text)
    row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    words = label(text, "heading")
    words.setObjectName("urgencyLabel")
    row.addWidget(words, 1)
    badge.setAccessibleName(
        QCoreApplication.translate("CheckPage", "How urgent: %1").replace("%1", text)
    )
    return badge


def danger_frame(frame: QFrame) -> None:
    """A thick border in the theme's danger colour (the words say the same)."""
    p = DARK if is_dark(frame.palette()) else LIGHT
    frame.setObjectName("dangerCard")
    frame.setStyleSheet(
        f"QFrame#dangerCard {{ background: {p.surface}; border: 3px solid {p.danger}; "
        "border-radius: 14px; }"
        f"QLabel#callNumber {{ color: {p.danger}; }}"
    )
