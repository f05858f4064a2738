"""The interactive anatomy view's content: layers of drawings and the parts on each.

`content/<language>/learn/anatomy.toml` lists the layers (nerve, muscles, front of the
thigh, pain patterns). Each layer names one drawing and the parts a person can pick in
it. A part's `id` is the `id` of an element in the drawing, so the view can find where
it is drawn; the check below reads the drawing to make sure every id is really there.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path

from companion.core.shared.content import Fields, read_toml
from companion.core.shared.resources import asset_path


@dataclass(frozen=True)
class Part:
    """One structure or region that can be picked."""

    id: str
    name: str
    text: str
    card: str | None


@dataclass(frozen=True)
class Layer:
    id: str
    name: str
    image: str
    description: str  # what the drawing shows, for screen readers
    intro: str  # shown beside the drawing before anything is picked
    parts: tuple[Part, ...]

    def part(self, part_id: str) -> Part:
        return next(p for p in self.parts if p.id == part_id)


@dataclass(frozen=True)
class Anatomy:
    sources: tuple[str, ...]
    layers: tuple[Layer, ...]

    def layer(self, layer_id: str) -> Layer:
        return next(layer for layer in self.layers if layer.id == layer_id)


def optional_text(table: Fields, key: str) -> str | None:
    """The text at `key`, or None when the key is absent (present but bad still raises)."""
    return table.optional_text(key)


def svg_id_order(path: Path) -> list[str]:
    """Every `id` in an SVG file, in the order they are painted (later is on top)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return []
    return [element.attrib["id"] for element in root.iter() if "id" in element.attrib]


def svg_ids(path: Path) -> set[str]:
    """Every `id` in an SVG file."""
    return set(svg_id_order(path))


def _part(table: Fields, ids: set[str], drawing: str, cards: Set[str]) -> Part:
    table.allow_only("id", "name", "text", "card")
    part_id = table.text("id")
    if part_id not in ids:
        raise table.error("id", f"'{part_id}' is not an id in the drawing '{drawing}.svg'")
    card = optional_text(table, "card")
    if card is not None and card not in cards:
        raise table.error("card", f"no card called '{card}'")
    return Part(part_id, table.text("name"), table.text("text"), card)


def load_anatomy(path: Path, cards: Set[str]) -> Anatomy:
    root = read_toml(path)
    root.allow_only("sources", "layer")
    sources = root.text_list("sources")
    layers = []
    seen_layers: set[str] = set()
    for table in root.tables("layer"):
        table.allow_only("id", "name", "image", "description", "intro", "part")
        layer_id = table.text("id")
        if layer_id in seen_layers:
            raise table.error("id", f"'{layer_id}' is used twice")
        seen_layers.add(layer_id)
        image = table.text("image")
        drawing = asset_path(f"illustrations/{image}.svg")
        if not drawing.is_file():
            raise table.error("image", f"the drawing 'assets/illustrations/{image}.svg' is missing")
        ids = svg_ids(drawing)
        parts = [_part(p, ids, image, cards) for p in table.tables("part")]
        part_ids = [p.id for p in parts]
        duplicates = sorted({i for i in part_ids if part_ids.count(i) > 1})
        if duplicates:
            raise table.error("part", f"'{duplicates[0]}' is listed twice")
        layers.append(
            Layer(
                layer_id,
                table.text("name"),
                image,
                table.text("description"),
                table.text("intro"),
                tuple(parts),
            )
        )
    return Anatomy(sources, tuple(layers))
