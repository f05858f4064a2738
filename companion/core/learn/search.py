"""Search across the Learn cards: forgiving about word endings, best matches first.

Each word of the query must match the start of a word somewhere in a card (its title,
keywords, summary or text), after simple endings are trimmed, so "stretching" finds
"stretch" and "nerves" finds "nerve" (in Spanish, "sentarme" finds "sentado" and
"dolores" finds "dolor"). Case and accents do not matter either, so
"ciatica" finds "ciática" and "MUSCULO" finds "músculo". Matches in the title and keywords
count most. When no card has every word, cards with some of the words are shown instead.
The language's little words ("the" in English, "la" and "de" in Spanish, listed in its
`learn/search.toml`) are left out, and a typed apostrophe joins its word ("can't" is
"cant", a little word; "hamstring's" is "hamstrings").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from companion.core.learn.cards import Card
from companion.core.learn.search_words import SearchWords, words
from companion.core.shared.readability import plain_text

_ENDINGS = ("ing", "ed", "s", "ly")
WEIGHTS = {"title": 6.0, "keywords": 5.0, "summary": 3.0, "main": 1.0, "detail": 0.5}
SNIPPET_CHARS = 150
QUERY_SHOWN_CHARS = 40  # of a query repeated back ("Nothing matches ...")


def stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# Spanish endings, trimmed with care: a word too short after trimming is kept whole, since
# a short stem starts (or is the start of) many unrelated words. A verb keeps the vowel of
# its kind, "a" for sentar (to sit) and "i" for sentir (to feel), so "sentado" and
# "sentido" stay apart; "calor" and "calma" keep their own words.
_VOWELS = "aeiou"
_CLITICS = ("los", "las", "les", "nos", "me", "te", "se", "lo", "la", "le")  # sentarme
_BEFORE_CLITIC = ("ar", "er", "ir", "ando", "iendo")
_SPANISH_VERB = (
    ("ando", "a"),
    ("iendo", "i"),
    ("ado", "a"),
    ("ada", "a"),
    ("ido", "i"),
    ("ida", "i"),
    ("ar", "a"),
    ("er", "i"),
    ("ir", "i"),
)
# A trimmed word keeps 5 letters or more (4 after a plural -s: "pesas" is "pesa"), so
# "medida" is kept whole: "medi" would start medicina and médico.
SHORTEST_SPANISH_STEM = 5


def stem_spanish(word: str) -> str:
    """Spanish endings trimmed: "sentarme", "sentados" and "sentando" are "senta"."""
    for clitic in _CLITICS:
        rest = word[: -len(clitic)]
        if word.endswith(clitic) and rest.endswith(_BEFORE_CLITIC):
            if len(rest) >= SHORTEST_SPANISH_STEM:
                word = rest
            break
    if word.endswith("es") and len(word) > 3 and word[-3] not in _VOWELS:  # dolores
        if len(word) - 2 >= SHORTEST_SPANISH_STEM:  # "estrés" is one stress, not "estr"
            word = word[:-2]
    elif word.endswith("s") and len(word) > 4 and word[-2] in _VOWELS:  # nervios
        word = word[:-1]
    for ending, vowel in _SPANISH_VERB:
        if word.endswith(ending):
            kept = word[: -len(ending)] + vowel
            return kept if len(kept) >= SHORTEST_SPANISH_STEM else word
    return word


_STEMS: dict[str, Callable[[str], str]] = {"es": stem_spanish}  # else the English


def terms(text: str, language: SearchWords) -> list[str]:
    """The searchable word stems of a text, the language's little words left out."""
    trim = _STEMS.get(language.language, stem)
    return [trim(w) for w in words(text) if w not in language.little]


def shown_query(query: str) -> str:
    """`query` as a message repeats it: spaces run together, and a long one (a paste of
    a whole page) cut to its start, so the message stays a line or two."""
    text = " ".join(query.split())
    if len(text) <= QUERY_SHOWN_CHARS:
        return text
    return text[: QUERY_SHOWN_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True)
class SearchHit:
    card: Card
    score: float
    snippet: str  # a sentence that shows why it matched
    matched_all: bool


def _fields(card: Card, language: SearchWords) -> dict[str, list[str]]:
    return {
        "title": terms(card.title, language),
        "keywords": terms(" ".join(card.keywords), language),
        "summary": terms(card.summary, language),
        "main": terms(plain_text(card.main), language),
        "detail": terms(plain_text(card.detail), language),
    }


# --- the index: each card read once, then searched at every letter typed ---------------


@dataclass(frozen=True)
class _Sentence:
    shown: str  # as a snippet shows it, cut to SNIPPET_CHARS
    terms: tuple[str, ...]


@dataclass(frozen=True)
class _IndexedCard:
    card: Card
    fields: tuple[tuple[float, tuple[tuple[str, int], ...]], ...]  # weight, (stem, times)
    sentences: tuple[_Sentence, ...]  # of the main text and detail, in order


def _indexed(card: Card, language: SearchWords) -> _IndexedCard:
    fields = tuple(
        (WEIGHTS[name], tuple(Counter(stems).items()))
        for name, stems in _fields(card, language).items()
    )
    text = plain_text(card.main + "\n" + card.detail)
    sentences = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        said = terms(sentence, language)
        if not said:
            continue
        clean = sentence.strip()
        if len(clean) > SNIPPET_CHARS:
            clean = clean[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
        sentences.append(_Sentence(clean, tuple(said)))
    return _IndexedCard(card, fields, tuple(sentences))


def _times_matched(query_term: str, stems: tuple[tuple[str, int], ...]) -> int:
    """How many words start with the term (or, for longer words, start the term)."""
    return sum(
        times
        for w, times in stems
        if w.startswith(query_term) or (len(w) >= 4 and query_term.startswith(w))
    )


class CardSearch:
    """Searches one language's cards. Each card's words are read, stemmed and counted
    once, at the first search, instead of again at every letter typed."""

    def __init__(self, cards: Iterable[Card], language: SearchWords) -> None:
        self.language = language
        self._cards = tuple(cards)
        self._index: tuple[_IndexedCard, ...] | None = None

    def _cards_index(self) -> tuple[_IndexedCard, ...]:
        if self._index is None:
            self._index = tuple(_indexed(card, self.language) for card in self._cards)
        return self._index

    def find(self, query: str) -> list[SearchHit]:
        """Cards matching `query`, best first; empty for an empty query."""
        wanted = list(dict.fromkeys(terms(query, self.language)))
        if not wanted:
            return []
        hits = []
        for entry in self._cards_index():
            score = 0.0
            found = 0
            for term in wanted:
                term_score = sum(
                    weight * min(_times_matched(term, stems), 3) for weight, stems in entry.fields
                )
                if term_score:
                    found += 1
                    score += term_score
            if found:
                hits.append(
                    SearchHit(entry.card, score, _shown(entry, wanted), found == len(wanted))
                )
        if any(hit.matched_all for hit in hits):
            hits = [hit for hit in hits if hit.matched_all]
        return sorted(hits, key=lambda hit: (-hit.score, hit.card.title))


def _shown(entry: _IndexedCard, query: list[str]) -> str:
    """The first sentence with a word the query starts: it shows why the card matched."""
    for sentence in entry.sentences:
        if any(w.startswith(t) for t in query for w in sentence.terms):
            return sentence.shown
    return entry.card.summary
