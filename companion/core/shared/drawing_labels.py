"""The words of a drawing, taken out of the SVG so the app can draw them at the reader's
text size.

In `assets/illustrations/anatomy_*.svg` a label is a leader line ending in a dot, a
paper-coloured box and one `<text>` per line; a caption ("Seen from behind") is a
`<text>` on its own, as are the body map's "Left" and "Right". The drawing scales with the
window, so words kept inside it would be as small as the window made them, whatever text
size the person chose. `split_labels` returns the drawing without them and what they say
and point at; `stack` places boxes so that none covers another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# NUMBER, TEXT, ATTRIBUTE, INK and unescape also read the words of wide drawings (word_bands).
NUMBER = r"(-?[0-9.]+)"
# A dashed line is part of the drawing (a divider, a level), never a leader.
_LEADER = re.compile(
    rf'<path d="M{NUMBER},{NUMBER} L{NUMBER},{NUMBER}"(?![^>]*dasharray)[^>]*stroke-width="1.5"'
)
_DOT = re.compile(rf'<ellipse cx="{NUMBER}" cy="{NUMBER}" rx="3.5" ry="3.5"')
_BOX = re.compile(
    rf'<rect x="{NUMBER}" y="{NUMBER}" width="{NUMBER}" height="{NUMBER}"'
    r'[^>]*fill="#FFFFFF" fill-opacity="0.92"'
)
TEXT = re.compile(r"<text ([^>]*)>([^<]*)</text>")
# A divider between the panels of a drawing (two maps side by side, the steps of a strip):
# a thin, soft, dashed upright line. A dashed line of another look is a mark (a level).
_DIVIDER = re.compile(
    rf'<path d="M{NUMBER},{NUMBER} L{NUMBER},{NUMBER}"[^>]*stroke="#4B5B63" '
    r'stroke-width="1.5"[^>]*stroke-dasharray="4 8"'
)
_VIEW_BOX = re.compile(r'viewBox="([0-9. -]+)"')
ATTRIBUTE = re.compile(r'([a-z-]+)="([^"]*)"')
INK = "#1B262C"
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


@dataclass(frozen=True)
class DrawingLabel:
    """One label, in the SVG's own units.

    `box` is (x, y, width, height) of where the drawing put it; `anchor` the point its
    leader line touches (None for a label without one); `at_end` says the words were
    set against the box's right side; a `caption` has no box and says how the drawing
    is seen, or is a word on its own (the body map's "Left"), set around its point
    (`centred`) or from it. `fill` is the words' colour in the light palette.
    """

    lines: tuple[str, ...]
    box: tuple[float, float, float, float]
    anchor: tuple[float, float] | None = None
    at_end: bool = False
    caption: bool = False
    centred: bool = False
    fill: str = INK

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def unescape(text: str) -> str:
    """The words of a `<text>` element, with the SVG's entities ("&amp;") read."""
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def split_labels(svg: str) -> tuple[str, list[DrawingLabel]]:
    """(the SVG without its labels, the labels in the order the file has them).

    The drawings keep one element a line, as `assets/illustrations/STYLE.md` asks; a
    line that is not part of a label is kept as it is.
    """
    kept: list[str] = []
    labels: list[DrawingLabel] = []
    anchor: tuple[float, float] | None = None
    box: tuple[float, float, float, float] | None = None
    lines: list[str] = []
    at_end = False

    def finish() -> None:
        nonlocal anchor, box, lines
        if box is not None and lines:
            labels.append(DrawingLabel(tuple(lines), box, anchor, at_end))
        anchor, box, lines = None, None, []

    for line in svg.splitlines():
        if (text := TEXT.search(line)) is not None:
            attributes = dict(ATTRIBUTE.findall(text.group(1)))
            words = unescape(text.group(2))
            set_at = attributes.get("text-anchor", "start")
            if box is None:  # words on their own: a caption
                finish()
                x, y = float(attributes.get("x", 0)), float(attributes.get("y", 0))
                fill = attributes.get("fill", INK)
                centred = set_at == "middle"
                labels.append(
                    DrawingLabel((words,), (x, y, 0, 0), None, set_at == "end", True, centred, fill)
                )
            else:
                lines.append(words)
                at_end = set_at == "end"
            continue
        if (leader := _LEADER.search(line)) is not None:
            finish()
            anchor = (float(leader.group(3)), float(leader.group(4)))
            continue
        if (dot := _DOT.search(line)) is not None and anchor is not None:
            anchor = (float(dot.group(1)), float(dot.group(2)))
            continue
        if (rect := _BOX.search(line)) is not None:
            if lines:
                finish()
            x, y, width, height = (float(rect.group(n)) for n in range(1, 5))
            box = (x, y, width, height)
            continue
        finish()
        kept.append(line)
    finish()
    return "\n".join(kept) + "\n", labels


def dividers(svg: str) -> list[tuple[float, float, float]]:
    """The upright dividers between a drawing's panels, left to right, as (x, top, bottom)
    in its own units: those that run at least half its height."""
    box = _VIEW_BOX.search(svg)
    height = float(box.group(1).split()[3]) if box is not None else 0.0
    found = []
    for line in _DIVIDER.finditer(svg):
        x1, y1, x2, y2 = (float(line.group(n)) for n in range(1, 5))
        if x1 == x2 and abs(y2 - y1) >= height / 2:
            found.append((x1, min(y1, y2), max(y1, y2)))
    return sorted(found)


def panel_at(x: float, lines: list[float]) -> tuple[float, float]:
    """(left, right) of the panel that holds `x`, between the dividers at `lines` (sorted);
    the outer panels run to infinity."""
    left = max((line for line in lines if line <= x), default=float("-inf"))
    right = min((line for line in lines if line > x), default=float("inf"))
    return left, right


@dataclass(frozen=True)
class Span:
    """A box to place: where it would like its top, its height, and its left and right
    edges (boxes side by side do not push each other)."""

    wanted_top: float
    height: float
    left: float
    right: float


def stack(spans: list[Span], top: float, bottom: float, gap: float) -> list[float]:
    """The top of each span, as near its wanted top as it can be with no two sharing
    any height (plus `gap`) where they share width, all between `top` and `bottom` when
    they fit there. Spans keep their order from top to bottom."""
    order = sorted(range(len(spans)), key=lambda i: spans[i].wanted_top)
    tops = [0.0] * len(spans)
    placed: list[int] = []

    def beside(a: int, b: int) -> bool:
        return spans[a].right <= spans[b].left or spans[b].right <= spans[a].left

    for i in order:  # down: each below the ones above it
        lowest = max(
            (tops[j] + spans[j].height + gap for j in placed if not beside(i, j)), default=top
        )
        tops[i] = max(spans[i].wanted_top, lowest, top)
        placed.append(i)
    placed = []
    for i in reversed(order):  # up: each above the ones below it, and above `bottom`
        highest = min((tops[j] - gap for j in placed if not beside(i, j)), default=bottom)
        tops[i] = max(top, min(tops[i], highest - spans[i].height))
        placed.append(i)
    return tops


def stacked_height(spans: list[Span], gap: float) -> float:
    """The least height that holds every span with `stack`'s gaps."""
    tops = stack([Span(0, s.height, s.left, s.right) for s in spans], 0, float("inf"), gap)
    return max((t + s.height for t, s in zip(tops, spans, strict=True)), default=0.0)


_FONT_SIZE = re.compile(r'font-size="([0-9.]+)"')
# Drawings whose words the app takes out and draws itself wherever they are shown (the
# anatomy drawings and the body map have views of their own that do the same).
# Learn's progress drawing labels the levels of a leg, each at its own height.
_WORDS_DRAWN_BY_APP = ("painmap_", "selftest_", "learn_track_progress")


def words_drawn_by_app(name: str) -> bool:
    """Whether the drawing `name` is shown with its words drawn at the reader's text size:
    its labels keep the shape `split_labels` reads, and its words are too many or too long
    to stay readable at the size the drawing itself is shown."""
    return name.startswith(_WORDS_DRAWN_BY_APP)


def smallest_font_size(svg: str) -> float | None:
    """The smallest font size, in the SVG's own units, of the words left in a drawing
    (None when it has none): with the drawing's scale on screen, how small its words look."""
    sizes = [
        float(size.group(1))
        for text in TEXT.finditer(svg)
        if text.group(2).strip() and (size := _FONT_SIZE.search(text.group(1))) is not None
    ]
    return min(sizes, default=None)
