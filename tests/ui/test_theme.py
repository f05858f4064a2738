"""Both themes pass WCAG AA for every text colour on every background it is drawn on."""

from __future__ import annotations

import pytest

from companion.core.contrast import contrast_ratio
from companion.ui.theme import DARK, LIGHT, NON_TEXT_PAIRS, TEXT_PAIRS, Palette, stylesheet


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_text_contrast_meets_aa(palette: Palette) -> None:
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        assert ratio >= 4.5, f"{fg} on {bg}: {ratio:.2f}"


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_borders_and_focus_ring_are_visible(palette: Palette) -> None:
    for fg, bg in NON_TEXT_PAIRS:
        ratio = contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        assert ratio >= 3.0, f"{fg} on {bg}: {ratio:.2f}"


def test_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_stylesheet_scales_text_and_keeps_44px_targets() -> None:
    normal, large = stylesheet(LIGHT, 100), stylesheet(LIGHT, 150)
    assert "font-size: 11.0pt" in normal and "font-size: 16.5pt" in large
    assert "min-height: 44px" in normal
