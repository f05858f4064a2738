"""The anatomy drawings' labels come out of the SVG whole: every word, and where each
one points."""

from __future__ import annotations

import pytest

from companion.core.shared.drawing_labels import (
    Span,
    dividers,
    panel_at,
    split_labels,
    stack,
    words_drawn_by_app,
)
from companion.core.shared.resources import asset_path

DRAWINGS = sorted(p.name for p in asset_path("illustrations").glob("anatomy_*.svg"))
LABELLED = sorted(
    p.name for p in asset_path("illustrations").glob("*.svg") if words_drawn_by_app(p.name)
)


@pytest.mark.parametrize("name", DRAWINGS)
def test_every_word_leaves_the_drawing_and_nothing_else_does(name: str) -> None:
    svg = asset_path(f"illustrations/{name}").read_text(encoding="utf-8")
    drawing, labels = split_labels(svg)
    assert "<text" not in drawing
    assert 'stroke-width="1.5"' not in drawing  # no leader line left behind
    assert sum(len(label.lines) for label in labels) == svg.count("<text")
    assert svg.count("<path") - drawing.count("<path") == sum(1 for x in labels if x.anchor)
    assert sum(1 for label in labels if label.caption) == 1


def test_the_nerve_drawing_points_at_the_sciatic_nerve() -> None:
    svg = asset_path("illustrations/anatomy_nerve.svg").read_text(encoding="utf-8")
    _, labels = split_labels(svg)
    sciatic = next(label for label in labels if label.text == "Sciatic nerve")
    assert sciatic.anchor == (150.4, 340.0)


def test_the_two_maps_are_told_apart_by_their_divider_not_by_a_dashed_level() -> None:
    maps = asset_path("illustrations/painmap_nerve_vs_muscle.svg").read_text(encoding="utf-8")
    assert dividers(maps) == [(400.0, 10.0, 590.0)]
    assert panel_at(200, [400.0]) == (float("-inf"), 400.0)
    assert panel_at(600, [400.0]) == (400.0, float("inf"))
    weeks = asset_path("illustrations/learn_how_long.svg").read_text(encoding="utf-8")
    assert dividers(weeks) == []  # "about 6 weeks" is a dashed mark, not a divider
    grid = asset_path("illustrations/painmap_compare.svg").read_text(encoding="utf-8")
    assert [x for x, _, _ in dividers(grid)] == [400.0]  # the level divider is not upright


def test_boxes_pushed_apart_keep_their_order_and_room() -> None:
    spans = [Span(10, 30, 0, 50), Span(20, 30, 0, 50), Span(20, 30, 100, 150)]
    tops = stack(spans, 0, 200, 5)
    assert tops == [10, 45, 20]  # the one beside them stays where it wants to be
    tops = stack([Span(180, 30, 0, 50), Span(190, 30, 0, 50)], 0, 200, 5)
    assert tops == [135, 170]  # pushed up to stay above the bottom


@pytest.mark.parametrize("name", ["body_back.svg", "body_back.es.svg"])
def test_the_body_maps_words_leave_the_drawing_set_around_their_points(name: str) -> None:
    svg = asset_path(f"illustrations/{name}").read_text(encoding="utf-8")
    drawing, labels = split_labels(svg)
    assert "<text" not in drawing
    assert drawing.count('id="region_') == svg.count('id="region_')
    assert [(label.box[0], label.centred, label.fill) for label in labels] == [
        (200.0, True, "#1B262C"),
        (46.0, True, "#1B262C"),
        (354.0, True, "#1B262C"),
    ]


@pytest.mark.parametrize("name", LABELLED)
def test_pain_maps_and_self_check_steps_lose_their_words_and_keep_their_lines(
    name: str,
) -> None:
    """Every word comes out as a label; a dashed divider between two maps stays."""
    svg = asset_path(f"illustrations/{name}").read_text(encoding="utf-8")
    drawing, labels = split_labels(svg)
    assert "<text" not in drawing
    words = [line for label in labels for line in label.lines]
    assert len(words) == svg.count("<text") and all(words)
    assert drawing.count("dasharray") == svg.count("dasharray")
    assert svg.count("<path") - drawing.count("<path") == sum(1 for x in labels if x.anchor)
