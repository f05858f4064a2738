"""How Learn's search reads text into words, and the little words it leaves out.

`content/<language>/learn/search.toml` lists the language's little words ("the" in
English, "la" and "de" in Spanish): words that say nothing about what a card is about.
Kept, "dolor por la noche" ranked the cards by how often they say "por" and "la". They
are data, so a translator can change them without touching code; each is checked on
load, and a problem names the file and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from companion.core.shared.content import read_toml
from companion.core.shared.near_duplicates import WORD, fold

SEARCH_FILE = "search.toml"
LITTLE_WORDS = "little_words"
# An apostrophe inside a word, straight or curly ("can't", "don’t"): it joins the word.
# Read as a space it left a one-letter word ("t", "s") that starts a word in every card.
_APOSTROPHE = re.compile(r"(?<=[^\W_])['\u2019\u02bc\u2018](?=[^\W_])")


def words(text: str) -> list[str]:
    """The words of `text` in lower case without accents, an apostrophe joining its
    word: "Can't sit, ciática" is ["cant", "sit", "ciatica"]."""
    return WORD.findall(fold(_APOSTROPHE.sub("", text)))


@dataclass(frozen=True)
class SearchWords:
    """What search needs to know of a language's words."""

    little: frozenset[str] = frozenset()  # as `words` reads them: "cant", "como"
    language: str = ""  # its code, for the endings search trims ("es": "sentarme")


def load_search_words(path: Path, language: str) -> SearchWords:
    """The little words in `path`; ContentError naming the key when one is not a single
    word or is listed twice (written with and without an accent, say)."""
    root = read_toml(path)
    root.allow_only(LITTLE_WORDS)
    seen: dict[str, int] = {}
    for index, item in enumerate(root.text_list(LITTLE_WORDS)):
        key = f"{LITTLE_WORDS}[{index}]"
        found = words(item)
        if len(found) != 1:
            raise root.error(key, f"'{item}' should be one word")
        if found[0] in seen:
            first = f"{LITTLE_WORDS}[{seen[found[0]]}]"
            raise root.error(key, f"'{item}' is listed twice (also {first})")
        seen[found[0]] = index
    return SearchWords(frozenset(seen), language)
