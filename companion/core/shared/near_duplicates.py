"""Whether two lines of advice say nearly the same thing.

The guided check uses it so a result never says one thing twice, and `content check`
uses it to find words the check writes again that the shared file already holds (a
warning sign, a level's action, the timing rule).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

WORD = re.compile(r"[^\W_]+")  # letters and digits in any language
# Little words that say nothing about what a line advises, in every shipped language
# (English, then Spanish, written without accents as lines are compared without them).
# fmt: off
_COMMON = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for", "from",
    "if", "in", "into", "is", "it", "its", "let", "me", "my", "no", "not", "of", "on",
    "once", "or", "so", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "to", "too", "up", "us", "was", "we", "what", "when", "where", "which", "while",
    "who", "will", "with", "you", "your",
    "al", "con", "de", "del", "e", "el", "en", "es", "esa", "ese", "eso", "esta", "este",
    "esto", "la", "las", "le", "les", "lo", "los", "mas", "o", "para", "pero", "por", "que",
    "se", "si", "sin", "su", "sus", "u", "un", "una", "unas", "unos", "usted", "y", "ya",
    "muy", "puede", "pueden", "estar", "estan", "ser", "son", "ha", "han", "hay",
))
# fmt: on
NEAR_DUPLICATE = 0.7  # share of the shorter line's words found in the other line


def _stem(word: str) -> str:
    for ending in ("ing", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def fold(text: str) -> str:
    """Lower case without accents, so "número" and "numero" are one word (and "á" does
    not split "ciática" in two); Learn's search folds queries and cards the same way."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=2048)  # the same few dozen lines are compared again and again
def _words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in WORD.findall(fold(text)) if w not in _COMMON)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _similar(first: str, second: str, *, of_first: bool = False) -> bool:
    a, b = _words(first), _words(second)
    if not a or not b:
        return first.strip().lower() == second.strip().lower()
    return len(a & b) / (len(a) if of_first else min(len(a), len(b))) >= NEAR_DUPLICATE


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s] or [text]


def near_duplicate(first: str, second: str) -> bool:
    """True when two lines say nearly the same thing: each sentence of one has a sentence
    in the other with most of its words (once little words and plural endings are set
    aside). Sentence by sentence, so a short line is not lost inside a long paragraph that
    shares its words but not its point ("If you cannot stand or walk, call now")."""
    ones, others = _sentences(first), _sentences(second)
    if len(ones) > len(others):
        ones, others = others, ones
    return all(any(_similar(one, other) for other in others) for one in ones)


def repeats(line: str, earlier: str) -> bool:
    """True when `line` adds nothing to `earlier`: each of its sentences has most of its
    own words in one sentence of `earlier`. One way only, so a line that says more than
    an earlier short sentence ("If it gets worse, or any sign that needs help now
    appears, call ...") is kept beside it ("If you notice numbness there, call ...")."""
    return all(
        any(_similar(one, other, of_first=True) for other in _sentences(earlier))
        for one in _sentences(line)
    )


def same_words(first: str, second: str) -> bool:
    """True when two short names say the same thing: most words of *each* are in the
    other. Unlike `near_duplicate`, a more exact name ("Pain with a fever") is not the
    same as the broader one it narrows ("Pain with a fever, weight loss or cancer")."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return first.strip().lower() == second.strip().lower()
    return len(a & b) / max(len(a), len(b)) >= NEAR_DUPLICATE


def new_part(text: str, said: Iterable[str]) -> str:
    """`text` without the sentences that repeat one already `said` (a second warning
    sign's note keeps what is special about it, not the reason another note gave)."""
    said = list(said)
    kept = [one for one in _sentences(text) if not any(repeats(one, before) for before in said)]
    return " ".join(kept)
