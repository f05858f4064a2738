"""A drawing's words drawn by the app follow the theme: in dark mode a word in the
drawing's ink turns light, and a word in a colour the palette table does not list keeps
its own colour instead of stopping the drawing from being painted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from companion.ui.shared.illustration import DARK_SWAPS, themed_colour
from companion.ui.shared.labelled_drawing import LabelledDrawing

UNLISTED = "#123456"  # no colour of the drawings' palette, so not in the table
INK, LIGHT_INK = "#1B262C", "#E7EDEF"


class WithCaption(LabelledDrawing):
    """The pain map with a caption of `fill` added, as a drawing's own caption would be."""

    fill = UNLISTED

    def marked_svg(self, text: str) -> str:
        caption = f'<text x="20" y="40" font-size="18" fill="{self.fill}">Added caption</text>'
        return super().marked_svg(text.replace("</svg>", f"{caption}\n</svg>"))


def caption_colours(view: LabelledDrawing) -> set[str]:
    """The colours drawn where the app put the caption's words."""
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    (caption,) = [item for item in view.placed_labels() if item.label.text == "Added caption"]
    box = caption.rect.toAlignedRect()
    return {
        QColor(image.pixel(x, y)).name().upper()
        for y in range(box.top(), box.bottom())
        for x in range(box.left(), box.right())
    }


def shown_dark(qtbot: QtBot, fill: str) -> LabelledDrawing:
    WithCaption.fill = fill
    view = WithCaption("body_back", "The back of the body")
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#101418"))
    view.setPalette(palette)
    view.resize(480, 320)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_caption_in_an_unlisted_colour_is_drawn_in_it_in_dark_mode(qtbot: QtBot) -> None:
    assert UNLISTED not in DARK_SWAPS
    view = shown_dark(qtbot, UNLISTED)
    assert UNLISTED in caption_colours(view)


def test_a_caption_in_lower_case_ink_looks_as_one_in_upper_case_in_dark_mode(
    qtbot: QtBot,
) -> None:
    upper = shown_dark(qtbot, INK).grab().toImage()
    lower = shown_dark(qtbot, INK.lower()).grab().toImage()
    assert lower == upper
    assert themed_colour(INK.lower(), dark=True) == LIGHT_INK
    assert themed_colour(INK.lower(), dark=False) == INK.lower()
