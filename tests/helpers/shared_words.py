"""What the tests of the shared words about getting help read: English content, sentences."""

from __future__ import annotations

import re

from companion.core.shared.resources import resource_dir

EN = resource_dir("content") / "en"
MAX_GRADE = 8.0


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]
