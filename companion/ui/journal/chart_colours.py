"""The graph's colours, from the app's light or dark palette."""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.journal.series import CHECK
from companion.core.shared.records import BREAK_TAKEN, HEAT, ICE
from companion.ui.shared.theme import Palette


@dataclass(frozen=True)
class Colours:
    background: str
    text: str
    muted: str
    grid: str
    level: str
    pain: str
    walk: str
    markers: dict[str, str]
    dark: bool

    @classmethod
    def of(cls, p: Palette) -> Colours:
        blue = "#8CC2F2" if p.dark else "#2F6FB0"
        orange = p.focus
        return cls(
            background=p.surface,
            text=p.text,
            muted=p.muted,
            grid=p.border,
            level=p.accent,
            pain=p.danger,
            walk=blue,
            markers={HEAT: orange, ICE: blue, BREAK_TAKEN: p.accent, CHECK: p.text},
            dark=p.dark,
        )
