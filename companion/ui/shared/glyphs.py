"""Which characters a font can draw, with the fonts Qt falls back on: what a report
prints for a person's own words that no font on the computer has (a Chinese note on a
computer with only Western fonts, most emoji) would otherwise be a row of empty boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout


class Glyphs:
    """Asks Qt to lay a character out in `font` as it would when drawing; glyph 0 (the
    font's empty box) means neither the font nor any font Qt falls back on has it."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self._known: dict[str, bool] = {}

    def can_draw(self, char: str) -> bool:
        if " " <= char <= "~":  # plain ASCII: every font has it
            return True
        known = self._known.get(char)
        if known is None:
            layout = QTextLayout(char, self.font)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            known = all(0 not in run.glyphIndexes() for run in layout.glyphRuns())
            self._known[char] = known
        return known
