"""Whether two lines of advice say nearly the same thing.

The guided check uses it so a result never says one thing twice, and `content check`
uses it to find words the check writes again that the shared file already holds (a
warning sign, a level's action, the timing rule).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
# Little words that say nothing about what a line advises.
# fmt: off
_COMMON = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for", "from",
    "if", "in", "into", "is", "it", "its", "let", "me", "my", "no", "not", "of", "on",
    "once", "or", "so", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "to", "too", "up", "us", "was", "we", "what", "when", "where", "which", "while",
    "who", "will", "with", "you", "your",
))
# fmt: on
NEAR_DUPLICATE = 0.7  # share of the shorter line's words found in the other line


def _stem(word: str) -> str:
    for ending in ("ing", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=2048)  # the same few dozen lines are compared again and again
def _words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in _COMMON)


def near_duplicate(first: str, second: str) -> bool:
    """True when two lines say nearly the same thing (most words of the shorter one are
    in the other, once little words and plural endings are set aside)."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return first.strip().lower() == second.strip().lower()
    return len(a & b) / min(len(a), len(b)) >= NEAR_DUPLICATE


def same_words(first: str, second: str) -> bool:
    """True when two short names say the same thing: most words of *each* are in the
    other. Unlike `near_duplicate`, a more exact name ("Pain with a fever") is not the
    same as the broader one it narrows ("Pain with a fever, weight loss or cancer")."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return first.strip().lower() == second.strip().lower()
    return len(a & b) / max(len(a), len(b)) >= NEAR_DUPLICATE
