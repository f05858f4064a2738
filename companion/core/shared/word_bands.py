"""The words of a wide drawing, moved into bands of their own so the app can draw them at
the reader's text size.

A Learn strip (`learn_*`, 800 by 300) or an exercise figure (`exercise_*`) is shown at
the width of the page, or half of it; words kept inside it would be drawn as small as 5
px. `word_groups` takes every `<text>` out and gathers the lines that belong together;
`word_rows` puts groups that share a height in one row; `band_at` says where the drawing
opens to hold a row: at the nearest blank line of the drawing above or below the words,
so a row of words sits next to what it names and never over a picture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from companion.core.shared.drawing_labels import (
    ATTRIBUTE,
    INK,
    NUMBER,
    TEXT,
    split_labels,
    unescape,
    words_drawn_by_app,
)

_DASHED_UPRIGHT = re.compile(
    rf'<path d="M{NUMBER},{NUMBER} L{NUMBER},{NUMBER}"[^>]*stroke="(#[0-9A-Fa-f]{{6}})" '
    rf'stroke-width="{NUMBER}"[^>]*stroke-dasharray="([0-9. ]+)"'
)
# A legend's key: a small rounded box of colour set just before the words it names.
_KEY = re.compile(
    rf'<rect x="{NUMBER}" y="{NUMBER}" width="{NUMBER}" height="{NUMBER}"[^>]*'
    r'fill="(#[0-9A-Fa-f]{6})" stroke="(#[0-9A-Fa-f]{6})"'
)
_OPACITY = re.compile(r'fill-opacity="([0-9.]+)"')
# About how wide a letter of sans-serif is, for its font size: enough to tell which words
# sit side by side in the drawing.
_LETTER = 0.58


@dataclass(frozen=True)
class LegendKey:
    """The colour a legend's words name, drawn by the app just before them, centred on
    their first line: `fill` at `opacity`, edged in `stroke` at full strength."""

    fill: str
    stroke: str
    opacity: float = 1.0


@dataclass(frozen=True)
class WordGroup:
    """Lines of words the drawing set together, in the SVG's own units: `x` and `y` are
    the first line's anchor and baseline, `size` the font size; `anchor` is "start",
    "middle" or "end"."""

    lines: tuple[str, ...]
    x: float
    y: float
    size: float
    anchor: str = "start"
    bold: bool = False
    fill: str = INK
    step: float = 0.0  # from one baseline to the next; 0 for one line
    key: LegendKey | None = None

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The words to wrap anew: the drawing's lines joined, but after a colon."""
        out = [""]
        for line in self.lines:
            out[-1] = f"{out[-1]} {line}".strip()
            if line.endswith(":"):
                out.append("")
        return tuple(part for part in out if part)

    @property
    def top(self) -> float:
        return self.y - self.size

    @property
    def bottom(self) -> float:
        return self.y + self.step * (len(self.lines) - 1) + 0.3 * self.size

    @property
    def width(self) -> float:
        return _LETTER * self.size * max(len(line) for line in self.lines)

    @property
    def shift(self) -> float:
        """Where `x` is along the words' width: 0 at their left, 0.5 mid-way, 1 at their
        right."""
        return {"middle": 0.5, "end": 1.0}.get(self.anchor, 0.0)

    @property
    def left(self) -> float:
        return self.x - self.shift * self.width

    @property
    def right(self) -> float:
        return self.left + self.width


def word_groups(svg: str) -> tuple[str, list[WordGroup]]:
    """(the SVG without its words, its words in groups, in the file's order). A line set
    at the same place as the line before it, one line lower, joins its group, but for a
    bold line: that is a heading of its own."""
    kept: list[str] = []
    groups: list[WordGroup] = []
    swatch: tuple[str, re.Match[str]] | None = None  # a legend's key, when words follow
    for line in svg.splitlines():
        found = TEXT.search(line)
        if found is None:
            if swatch is not None:
                kept.append(swatch[0])
            swatch = (line, key) if (key := _KEY.search(line)) is not None else None
            if swatch is None:
                kept.append(line)
            continue
        words = unescape(found.group(2)).strip()
        if not words:
            continue
        attributes = dict(ATTRIBUTE.findall(found.group(1)))
        group = WordGroup(
            (words,),
            float(attributes.get("x", 0)),
            float(attributes.get("y", 0)),
            float(attributes.get("font-size", 18)),
            attributes.get("text-anchor", "start"),
            attributes.get("font-weight") == "bold",
            attributes.get("fill", INK),
        )
        if swatch is not None:
            if (legend := _legend_key(swatch[1], swatch[0], group)) is not None:
                group = replace(group, key=legend)
            else:
                kept.append(swatch[0])
            swatch = None
        last = groups[-1] if groups else None
        if (
            last is not None
            and _style(last) == _style(group)
            and not group.bold  # a bold line is a heading of its own (a row of a chart)
            and 0 < (step := group.y - last.y - last.step * (len(last.lines) - 1)) <= 2 * last.size
            and (last.step == 0 or abs(step - last.step) < 1)
        ):
            groups[-1] = replace(last, lines=(*last.lines, words), step=step)
            continue
        groups.append(group)
    if swatch is not None:
        kept.append(swatch[0])
    return "\n".join(kept) + "\n", groups


def _legend_key(rect: re.Match[str], line: str, group: WordGroup) -> LegendKey | None:
    """The key of a legend when `rect` is one for `group`'s words: a small box (no wider
    than three of its letters are high) set just before them, level with their line."""
    x, y, width, height = (float(rect.group(n)) for n in range(1, 5))
    small = width <= 3 * group.size and height <= 1.5 * group.size
    before = group.anchor == "start" and x + width <= group.x <= x + width + group.size
    level = group.top <= y + height / 2 <= group.y
    if not (small and before and level):
        return None
    opacity = float(found.group(1)) if (found := _OPACITY.search(line)) is not None else 1.0
    return LegendKey(rect.group(5), rect.group(6), opacity)


def _style(group: WordGroup) -> tuple[float, str, str]:
    return group.x, group.anchor, group.fill


_STEP = re.compile(r"[0-9]+\. ")  # "2. Sliders": one of a drawing's numbered steps


def _apart(groups: list[WordGroup]) -> bool:
    """Whether no two of `groups` share any width in the drawing."""
    ordered = sorted(groups, key=lambda g: g.left)
    return all(a.right <= b.left for a, b in pairwise(ordered))


def numbered_steps(groups: list[WordGroup]) -> list[WordGroup]:
    """A drawing's numbered steps ("1. General movement", "2. Sliders", ...), when it has
    two or more of one look side by side, left to right; else none."""
    steps = [g for g in groups if _STEP.match(g.text)]
    looks = {(g.size, g.bold, g.anchor, g.fill) for g in steps}
    if len(steps) < 2 or len(looks) != 1 or not _apart(steps):
        return []
    return sorted(steps, key=lambda g: g.left)


def rows_at_cuts(placed: list[tuple[float, list[WordGroup]]]) -> dict[float, list[list[WordGroup]]]:
    """Each row of words under the line where the drawing opens for it (`placed` pairs a
    row with its line), but the drawing's numbered steps all at one line: the one most
    of them chose, the lowest on a tie, so each step's name sits on the same side."""
    groups = [g for _, row in placed for g in row]
    steps = numbered_steps(groups)
    chosen = [cut for cut, row in placed for g in row if g in steps]
    cuts: dict[float, list[list[WordGroup]]] = {}
    for cut, row in placed:
        rest = [g for g in row if g not in steps]
        if rest:
            cuts.setdefault(cut, []).append(rest)
    if steps:
        common = max(set(chosen), key=lambda cut: (chosen.count(cut), cut))
        cuts.setdefault(common, []).append(steps)
    return cuts


def side_by_side(rows: list[list[WordGroup]]) -> list[list[WordGroup]]:
    """Rows of words that share a band, as one row when none of their words share any
    width in the drawing (labels under the steps of a stair), else as they were; the
    drawing's numbered steps always come first, in a row of their own."""
    groups = [g for row in rows for g in row]
    if groups and _apart(groups):
        return [sorted(groups, key=lambda g: g.left)]
    steps = numbered_steps(groups)
    if not steps:
        return rows
    rest = [[g for g in row if g not in steps] for row in rows]
    return [steps, *side_by_side([row for row in rest if row])]


def dividers_between(
    row: list[WordGroup], cut: float, dividers: list[tuple[float, float, float]]
) -> list[float]:
    """The x of each divider (x, top, bottom) that keeps `row`'s words in their panels
    when the drawing opens at `cut`: those it opens across, and those beside which the
    drawing set all the words, from below the divider's top (a heading above it may run
    across). A caption under a panel's picture, opened for below the dividers' ends, ran
    into the next panel: "Envuélvalo en un paño" at 175% text."""
    return [
        x
        for x, top, bottom in dividers
        if top < cut < bottom
        or (row and all(top <= g.top and (g.top + g.bottom) / 2 < bottom for g in row))
    ]


def panel_headings(row: list[WordGroup], dividers: list[tuple[float, float, float]]) -> bool:
    """Whether `row` names panels, a divider between each two of its words: such words
    share one line, moved along it as far as they must (a heading may run across a
    divider), never set a line lower like every other word under a time line's ticks
    (`row_spread.spread_rows`). Stepped, "2. Muévase para aliviarlo" of "Nerve pain
    first aid" (Spanish, 115% and 150% text) sat a line below the headings beside it."""
    lines = [x for x, _top, _bottom in dividers]
    return len(row) > 1 and all(
        any(one.x < x < other.x for x in lines) for one, other in pairwise(row)
    )


def word_rows(groups: list[WordGroup]) -> list[list[WordGroup]]:
    """Groups that share some height, as rows from top to bottom, each left to right."""
    rows: list[list[WordGroup]] = []
    bottom = float("-inf")
    for group in sorted(groups, key=lambda g: g.top):
        if rows and group.top < bottom:
            rows[-1].append(group)
            bottom = max(bottom, group.bottom)
        else:
            rows.append([group])
            bottom = group.bottom
    return [sorted(row, key=lambda g: g.left + g.right) for row in rows]


def band_at(top: float, bottom: float, blank: list[bool]) -> float:
    """Where the drawing opens for words that sat between `top` and `bottom`: the nearest
    line of the drawing, above or (when that is much nearer) below them, with nothing drawn
    across it. `blank[y]`
    says whether line y is empty; the drawing's top and bottom edges always are."""
    height = len(blank)
    up = max(0, min(height - 1, int(top)))  # words at or below the bottom: its last line
    while up > 0 and not blank[up]:
        up -= 1
    down = max(0, min(height, int(bottom) + 1))
    while down < height and not blank[down]:
        down += 1
    # Words name what is under them more often than what is above: above wins a near tie.
    return float(up) if top - up <= down - top else float(down)


@dataclass(frozen=True)
class DashedUpright:
    """An upright dashed line of a drawing (a divider between panels, a level such as
    "about 6 weeks"), in its own units: a band opened across it continues it."""

    x: float
    top: float
    bottom: float
    colour: str
    width: float
    dashes: tuple[float, ...]


def dashed_uprights(svg: str) -> list[DashedUpright]:
    """Every upright dashed line of the drawing, in the file's order."""
    found = []
    for line in _DASHED_UPRIGHT.finditer(svg):
        x1, y1, x2, y2 = (float(line.group(n)) for n in range(1, 5))
        if x1 == x2 and y1 != y2:
            dashes = tuple(float(part) for part in line.group(7).split())
            found.append(
                DashedUpright(
                    x1, min(y1, y2), max(y1, y2), line.group(5), float(line.group(6)), dashes
                )
            )
    return found


# Drawings whose words the app moves into bands of their own. The pain maps and the
# self-check steps label spots on a body, so their words stay beside them instead.
_WORDS_IN_BANDS = ("learn_", "exercise_", "tendon_avoid_")


def words_in_bands(name: str) -> bool:
    """Whether the drawing `name` is shown with its words in bands drawn at the reader's
    text size."""
    return name.startswith(_WORDS_IN_BANDS) and not words_drawn_by_app(name)


def without_words(svg: str) -> str:
    """The drawing with no words in it at all, nor the paper boxes and leader lines of its
    labels, nor the keys of a legend: for a thumbnail too small for any word to be read."""
    return split_labels(word_groups(svg)[0])[0]
