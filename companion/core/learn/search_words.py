"""How Learn's search reads text into words, and the little words it leaves out.

`content/<language>/learn/search.toml` lists the language's little words ("the" in
English, "la" and "de" in Spanish): words that say nothing about what a card is about.
Kept, "dolor por la noche" ranked the cards by how often they say "por" and "la". They
are data, so a translator can change them without touching code; each is checked on
load, and a problem names the file and the key.

It may also list verbs whose stem changes as they are said ("doler": "me duele", "sentir":
"siento"), each with the forms people type and the cards use, so searching for one form
finds the others; trimmed endings alone cannot join "doler" and "duele".

And it may list words that search must not join to the same word with its other ending
(Spanish joins "ciático" and "ciática", but "rodilla", a knee, is not "rodillo", a
roller).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from companion.core.shared.content import Fields, read_toml
from companion.core.shared.near_duplicates import WORD, fold

SEARCH_FILE = "search.toml"
LITTLE_WORDS = "little_words"
VERB_FORMS = "verb_forms"
KEPT_APART = "kept_apart"
SHORTEST_FORM = 4  # letters: a shorter form starts too many other words ("va", "voy")
# An apostrophe inside a word, straight or curly ("can't", "don’t"): it joins the word.
# Read as a space it left a one-letter word ("t", "s") that starts a word in every card.
_APOSTROPHE = re.compile(r"(?<=[^\W_])['\u2019\u02bc\u2018](?=[^\W_])")
# Text that ends in a letter or digit: its last word may still be being typed.
WORD_END = re.compile(r"[^\W_]$")


def words(text: str) -> list[str]:
    """The words of `text` in lower case without accents, an apostrophe joining its
    word: "Can't sit, ciática" is ["cant", "sit", "ciatica"]."""
    return WORD.findall(fold(_APOSTROPHE.sub("", text)))


@dataclass(frozen=True)
class SearchWords:
    """What search needs to know of a language's words."""

    little: frozenset[str] = frozenset()  # as `words` reads them: "cant", "como"
    language: str = ""  # its code, for the endings search trims ("es": "sentarme")
    # Each verb whose stem changes, then its forms: ("doler", "duele", "duelen"...).
    verb_forms: tuple[tuple[str, ...], ...] = ()
    # Words never joined to the same word with the other ending: "rodilla", "rodillo".
    kept_apart: frozenset[str] = frozenset()


def load_search_words(path: Path, language: str) -> SearchWords:
    """The little words and verb forms in `path`; ContentError naming the key when a word
    is not a single word or is listed twice (written with and without an accent, say)."""
    root = read_toml(path)
    root.allow_only(LITTLE_WORDS, VERB_FORMS, KEPT_APART)
    little = _one_word_each(root, LITTLE_WORDS, frozenset())
    verbs = () if root.get(VERB_FORMS) is None else _verb_forms(root.table(VERB_FORMS), little)
    # None or an empty list is fine: a language whose words keep their ending (English).
    listed = root.get(KEPT_APART) not in (None, [])
    apart = _one_word_each(root, KEPT_APART, little) if listed else frozenset()
    return SearchWords(little, language, verbs, apart)


def _one_word_each(root: Fields, key: str, little: frozenset[str]) -> frozenset[str]:
    """The list at `key`, each item one word as `words` reads it, none listed twice
    (written with and without an accent, say) and none of the `little` words, which
    search never sees."""
    seen: dict[str, int] = {}
    for index, item in enumerate(root.text_list(key)):
        at = f"{key}[{index}]"
        found = words(item)
        if len(found) != 1:
            raise root.error(at, f"'{item}' should be one word")
        if found[0] in seen:
            raise root.error(at, f"'{item}' is listed twice (also {key}[{seen[found[0]]}])")
        if found[0] in little:
            raise root.error(at, f"'{item}' is one of the {LITTLE_WORDS}, never searched")
        seen[found[0]] = index
    return frozenset(seen)


def _verb_forms(table: Fields, little: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each verb and its forms, as `words` reads them; a form that search would never
    see (a little word) or that starts too many words (two letters) is refused."""
    verbs: dict[str, str] = {}  # the verb as read -> its key, to name a repeat
    groups = []
    for verb in table.names():
        found = words(verb)
        if len(found) != 1:
            raise table.error(verb, f"'{verb}' should be one word")
        if found[0] in verbs:
            raise table.error(verb, f"'{verb}' is listed twice (also {verbs[found[0]]})")
        verbs[found[0]] = verb
        group = {found[0]: verb}
        for index, item in enumerate(table.text_list(verb)):
            key = f"{verb}[{index}]"
            form = words(item)
            if len(form) != 1:
                raise table.error(key, f"'{item}' should be one word")
            if form[0] in group:
                raise table.error(key, f"'{item}' is listed twice (also {group[form[0]]})")
            if form[0] in little:
                raise table.error(key, f"'{item}' is one of the {LITTLE_WORDS}, never searched")
            if len(form[0]) < SHORTEST_FORM:
                raise table.error(key, f"'{item}' is too short: it starts too many words")
            group[form[0]] = key
        groups.append(tuple(group))
    return tuple(groups)
