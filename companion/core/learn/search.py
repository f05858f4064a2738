"""Search across the Learn cards: forgiving about word endings, best matches first.

Each word of the query must match the start of a word somewhere in a card (its title,
keywords, summary or text), after simple endings are trimmed, so "stretching" finds
"stretch" and "nerves" finds "nerve" (in Spanish, "sentarme" finds "sentado" and
"dolores" finds "dolor"). Case and accents do not matter either, so
"ciatica" finds "ciática" and "MUSCULO" finds "músculo". Matches in the title and keywords
count most, and a card with a word itself comes before one that only has longer words
starting with it ("pills" finds the medicines card before the sleep card's pillows).
When no card has every word, cards with some of the words are shown instead.
The language's little words ("the" in English, "la" and "de" in Spanish, listed in its
`learn/search.toml`) are left out, and a typed apostrophe joins its word ("can't" is
"cant", a little word; "hamstring's" is "hamstrings"). A verb whose stem changes
("doler", "me duele") is joined to its forms by the list in that file, so "doler" finds
"duele" and "duermo" finds "dormir". A Spanish word ending in -o or -a also finds the
same word with the other ending, when a card uses it: "ciático" (the nerve) finds the
cards that say "ciática", and "nerviosa" those that say "nervioso" (the file lists the
few that are other words: "rodilla", a knee, is not "rodillo", a roller). A short word
the person has finished typing (one or two letters, a space or another word after it)
matches only itself: "no puedo dormir" found "noche" (night) by its start, and "help me
sleep" put "medicines" first.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from companion.core.learn.cards import Card
from companion.core.learn.search_words import WORD_END, SearchWords, words
from companion.core.shared.readability import plain_text

_ENDINGS = ("ing", "ed", "s", "ly")
WEIGHTS = {"title": 6.0, "keywords": 5.0, "summary": 3.0, "main": 1.0, "detail": 0.5}
SNIPPET_CHARS = 150
QUERY_SHOWN_CHARS = 40  # of a query repeated back ("Nothing matches ...")
MATCHES_KEPT = 512  # query words whose matches are kept for the next letter typed
MAX_ENDING = 3  # letters a query word may have past a card's word and still be it
# A finished query word shorter than this matches whole words only: as the start of a
# word, "no" is "noche" (night) and "me" is "medicine". The word still being typed ("sl")
# keeps matching by its start, so results follow each letter.
SHORTEST_START = 3


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
# Languages whose nouns and adjectives end in -o or -a for the same word: "ciático",
# "ciática". Not trimmed by the stemmer: "medico" would start "medicina" and "contra"
# "control"; the other ending is looked for only as a whole word of the cards.
_OTHER_ENDING: dict[str, dict[str, str]] = {"es": {"o": "a", "a": "o"}}


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


def nothing_shown(query: str) -> bool:
    """Whether `query` has no character a person can see: only spaces, marks that set
    the direction of text (a right-to-left mark), zero-width spaces, or an accent with no
    letter under it, as a paste can bring. It is no query: "Nothing matches “”" quoted
    what looked like nothing."""
    return all(unicodedata.category(char)[0] in "ZCM" for char in query)


@dataclass(frozen=True)
class SearchHit:
    card: Card
    score: float
    snippet: str  # a sentence that shows why it matched
    matched_all: bool
    # How many of the query's words the card has as they are (not only as the start of
    # a longer word): such cards come first.
    words_itself: int


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
    terms: frozenset[str]


@dataclass(frozen=True)
class _IndexedCard:
    card: Card
    fields: tuple[tuple[float, dict[str, int]], ...]  # weight, how often it says each stem
    sentences: tuple[_Sentence, ...]  # of the main text and detail, in order


def _indexed(card: Card, language: SearchWords) -> _IndexedCard:
    fields = tuple(
        (WEIGHTS[name], dict(Counter(stems))) for name, stems in _fields(card, language).items()
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
        sentences.append(_Sentence(clean, frozenset(said)))
    return _IndexedCard(card, fields, tuple(sentences))


@dataclass(frozen=True)
class _Matched:
    """The cards' stems one word of a query (with its verb's forms) matches."""

    counted: tuple[str, ...]  # start with a form, or start one but for an ending
    shown: frozenset[str]  # start with a form: a sentence with one makes the snippet
    # Are a form, or one but for an ending: "pills" is "pill" itself, "pillow" only
    # starts with it. A card with the word itself comes before one that only has longer
    # words starting with it (the sleep card's pillows came before the pills of the
    # medicines card).
    itself: frozenset[str]


class QueryWord(NamedTuple):
    """One word of a query: its stem with its verb's other forms, and whether only whole
    words match it (a short word already typed to its end)."""

    forms: tuple[str, ...]
    whole: bool = False


def _matched(word: QueryWord, vocabulary: tuple[str, ...]) -> _Matched:
    """The stems of `vocabulary` (sorted) that `word` matches, looked up by bisection:
    comparing each word of a 10,000-character paste with every stem of every card froze
    the page for 1.5 s."""
    forms = word.forms
    if word.whole:
        whole = tuple(w for w in forms if _has(vocabulary, w))
        return _Matched(whole, frozenset(whole), frozenset(whole))
    shown: dict[str, None] = {}
    for form in forms:
        start = bisect_left(vocabulary, form)
        end = bisect_left(vocabulary, form + "\U0010ffff", start)
        shown.update(dict.fromkeys(vocabulary[start:end]))  # the stems it starts
    counted = dict(shown)
    itself = {form for form in forms if _has(vocabulary, form)}
    # The word itself with an ending the stemmer leaves on: "runn" of "running" (its last
    # letter doubled), "runs" (too short to trim). Else "run" put two cards that say it
    # once before the tendon card that speaks of running five times.
    itself.update(w for form in forms for w in _with_ending(form) if _has(vocabulary, w))
    # A card's stem of 4 letters or more that starts a form but for an ending the
    # stemmer left ("stretche" of "stretches" is "stretch"): never a longer word that
    # merely begins the same ("sentadilla", a squat, is not "senta", sitting).
    for form in forms:
        for cut in range(max(4, len(form) - MAX_ENDING), len(form)):
            if _has(vocabulary, form[:cut]):
                counted[form[:cut]] = None
                itself.add(form[:cut])
    return _Matched(tuple(counted), frozenset(shown), frozenset(itself))


def _with_ending(form: str) -> tuple[str, ...]:
    """The stems `form` has with an ending the stemmer leaves on (see `_matched`)."""
    doubled = (form + form[-1],) if form[-1] not in "aeiou" else ()
    return (*doubled, form + "s")


def _has(vocabulary: tuple[str, ...], word: str) -> bool:
    at = bisect_left(vocabulary, word)
    return at < len(vocabulary) and vocabulary[at] == word


def _forms_by_stem(language: SearchWords) -> dict[str, tuple[str, ...]]:
    """Each stem of a listed verb or form -> every stem of its verbs ("siento" is two),
    in the file's order, so "duele doler" is one word said twice."""
    trim = _STEMS.get(language.language, stem)
    joined: dict[str, dict[str, None]] = {}
    for verb in language.verb_forms:
        stems = [trim(word) for word in verb]
        for one in stems:
            joined.setdefault(one, {}).update(dict.fromkeys(stems))
    return {one: tuple(forms) for one, forms in joined.items()}


class CardSearch:
    """Searches one language's cards. Each card's words are read, stemmed and counted
    once, at the first search, instead of again at every letter typed."""

    def __init__(self, cards: Iterable[Card], language: SearchWords) -> None:
        self.language = language
        self._cards = tuple(cards)
        self._index: tuple[_IndexedCard, ...] | None = None
        self._vocabulary: tuple[str, ...] = ()  # every stem of every card, once, sorted
        self._forms = _forms_by_stem(language)
        trim = _STEMS.get(language.language, stem)
        self._kept_apart = frozenset(trim(word) for word in language.kept_apart)
        self._seen: dict[QueryWord, _Matched] = {}  # "sl" at "sle", earlier words

    def _cards_index(self) -> tuple[_IndexedCard, ...]:
        if self._index is None:
            self._index = tuple(_indexed(card, self.language) for card in self._cards)
            said: dict[str, None] = {}
            for entry in self._index:
                for _, counts in entry.fields:
                    said.update(dict.fromkeys(counts))
                for sentence in entry.sentences:
                    said.update(dict.fromkeys(sentence.terms))
            self._vocabulary = tuple(sorted(said))
        return self._index

    def _matching(self, word: QueryWord) -> _Matched:
        found = self._seen.get(word)
        if found is None:
            if len(self._seen) >= MATCHES_KEPT:
                self._seen.clear()
            found = self._seen[word] = _matched(word, self._vocabulary)
        return found

    def query_words(self, query: str) -> list[QueryWord]:
        """The query's words as search looks for them (see `wanted`); a short one typed
        to its end ("no" in "no puedo", "up " with its space) matches whole words only."""
        trim = _STEMS.get(self.language.language, stem)
        typed = words(query)
        still_typing = bool(typed) and WORD_END.search(query) is not None
        found: dict[tuple[str, ...], bool] = {}
        for place, word in enumerate(typed):
            if word in self.language.little:
                continue
            term = trim(word)
            forms = self._with_other_ending(self._forms.get(term, (term,)))
            finished = place < len(typed) - 1 or not still_typing
            whole = finished and len(term) < SHORTEST_START
            # The same word twice ("up up"): matched by its start if either copy is.
            found[forms] = found.get(forms, True) and whole
        return [QueryWord(forms, whole) for forms, whole in found.items()]

    def _with_other_ending(self, forms: tuple[str, ...]) -> tuple[str, ...]:
        """`forms` and, in Spanish, each one's word with the other ending ("ciatico" and
        "ciatica") when a card says it and the file does not keep the two apart."""
        swap = _OTHER_ENDING.get(self.language.language)
        if swap is None:
            return forms
        self._cards_index()  # the cards' words, to find the other ending among them
        joined = dict.fromkeys(forms)
        for form in forms:
            if len(form) <= SHORTEST_SPANISH_STEM or form[-1] not in swap:
                continue  # "peso", "punto": a short word's other ending is often another
            other = form[:-1] + swap[form[-1]]
            apart = form in self._kept_apart or other in self._kept_apart
            if not apart and _has(self._vocabulary, other):
                joined[other] = None
        return tuple(joined)

    def only_little_words(self, query: str) -> bool:
        """Whether `query` has words, all of them little ones ("the", "de la"): nothing
        to search for yet, which is not the same as nothing found."""
        typed = words(query)
        return bool(typed) and all(word in self.language.little for word in typed)

    def wanted(self, query: str) -> list[tuple[str, ...]]:
        """The query's word stems, little words left out, each with the other forms of
        its verb: "me duele" is [("doler", "duele", "duelen", "duela", "duelan")]."""
        return [word.forms for word in self.query_words(query)]

    def find(self, query: str) -> list[SearchHit]:
        """Cards matching `query`, best first; empty for an empty query."""
        wanted = self.query_words(query)
        if not wanted:
            return []
        index = self._cards_index()
        matches = [self._matching(word) for word in wanted]
        hits = []
        for entry in index:
            score = 0.0
            found = itself = 0
            for match in matches:
                term_score = sum(
                    weight * min(sum(counts.get(w, 0) for w in match.counted), 3)
                    for weight, counts in entry.fields
                )
                if term_score:
                    found += 1
                    score += term_score
                    itself += any(w in counts for w in match.itself for _, counts in entry.fields)
            if found:
                shown = _shown(entry, matches)
                hits.append(SearchHit(entry.card, score, shown, found == len(wanted), itself))
        if any(hit.matched_all for hit in hits):
            hits = [hit for hit in hits if hit.matched_all]
        return sorted(hits, key=lambda hit: (-hit.words_itself, -hit.score, hit.card.title))


def _shown(entry: _IndexedCard, matches: list[_Matched]) -> str:
    """The first sentence with a word the query starts: it shows why the card matched."""
    for sentence in entry.sentences:
        if any(not match.shown.isdisjoint(sentence.terms) for match in matches):
            return sentence.shown
    return entry.card.summary
