"""Every drawing uses the shared palette, parses, and changes colour in dark mode."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from companion.core.shared.resources import asset_path
from companion.ui.shared.illustration import DARK_SWAPS, illustration_svg

COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b")
FOLDER = asset_path("illustrations")
DRAWINGS = sorted(p.stem for p in FOLDER.glob("*.svg"))


def test_swap_table_has_a_dark_partner_for_each_colour() -> None:
    assert len(set(DARK_SWAPS.values())) == len(DARK_SWAPS)
    assert not set(DARK_SWAPS) & set(DARK_SWAPS.values())


@pytest.mark.parametrize("name", DRAWINGS)
def test_drawing_uses_only_palette_colours(name: str) -> None:
    text = (FOLDER / f"{name}.svg").read_text(encoding="utf-8")
    unknown = {c.upper() for c in COLOUR.findall(text)} - set(DARK_SWAPS)
    assert not unknown, f"{name}.svg uses colours outside the palette: {sorted(unknown)}"


@pytest.mark.parametrize("name", DRAWINGS)
def test_drawing_parses_in_both_themes(name: str) -> None:
    for dark in (False, True):
        renderer = QSvgRenderer(QByteArray(illustration_svg(name, dark)))
        assert renderer.isValid(), f"{name}.svg does not parse"
    dark_text = illustration_svg(name, True).decode()
    assert not {c.upper() for c in COLOUR.findall(dark_text)} & (
        set(DARK_SWAPS) - set(DARK_SWAPS.values())
    ), f"{name}.svg keeps a light colour in dark mode"
