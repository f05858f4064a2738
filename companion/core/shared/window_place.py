"""Where the main window was and how big, kept for the next start.

The place is Qt's own saved geometry (the screen, the size, the position, and whether
the window was maximised), as base64 text in ``window.json`` in the data folder. It is
not personal data and not worth a warning: a file that cannot be read or written is
passed over, and the window takes its usual size. The kiosk never keeps one.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import re
from pathlib import Path

from companion.core.shared.atomic_file import atomic_write_bytes
from companion.core.shared.bounded_read import read_bounded
from companion.core.shared.safe_json import JsonLimits, JsonReadError, read_json

WINDOW_FILE = "window.json"
PLACE_MOST = 1_000  # characters of base64; Qt's saved geometry takes about 90 (66 bytes)
_LIMITS = JsonLimits(max_bytes=PLACE_MOST + 100, max_depth=2)
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")

Rect = tuple[int, int, int, int]  # x, y, width, height


def on_a_screen(window: Rect, screens: list[Rect]) -> bool:
    """Whether the middle of the window's top edge, where the title bar is grabbed, lies
    on one of the screens (each its area left free by panels). Qt moves a saved place
    that is off the screen back onto it, but not one near the edge of its number range:
    a window saved at y = -2147483647 opened there, out of sight and out of reach."""
    x, y, width, _height = window
    middle = x + width // 2
    return any(
        left <= middle < left + wide and top <= y < top + high for left, top, wide, high in screens
    )


def read_place(data_dir: Path) -> bytes | None:
    """The window's place as Qt saved it, or None: none kept, or a file that is not one
    the app wrote (hand-edited, cut short, a folder in its place)."""
    try:
        found = read_json(
            read_bounded(data_dir / WINDOW_FILE, _LIMITS.max_bytes), WINDOW_FILE, _LIMITS
        )
    except (OSError, JsonReadError):
        return None
    text = found.get("geometry") if isinstance(found, dict) else None
    if not isinstance(text, str) or len(text) > PLACE_MOST or not _BASE64.fullmatch(text):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:  # the wrong length for base64
        return None


def keep_place(data_dir: Path, place: bytes) -> None:
    """Keep the window's place for the next start; a failure to write is passed over."""
    text = base64.b64encode(place).decode("ascii")
    if len(text) > PLACE_MOST:
        return
    with contextlib.suppress(OSError):
        atomic_write_bytes(data_dir / WINDOW_FILE, json.dumps({"geometry": text}).encode("ascii"))
