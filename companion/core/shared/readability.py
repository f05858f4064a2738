"""How hard a text is to read: the Flesch-Kincaid grade level and Flesch reading ease
for English, and the Fernández-Huerta reading ease for Spanish.

Both formulas count words, sentences and syllables:

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
    ease  = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)

Syllables are counted by a rule of thumb (groups of vowels, less a silent final "e"),
which is what most readability tools do; it is right for nearly all common words and
close enough for a whole text.

Fernández-Huerta (1959) is Flesch's ease fitted to Spanish, read as it is usually
corrected (Law 2011; the form readability tools use), on the same 0 to 100 scale where
70 and above reads easily:

    ease = 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences)

Spanish spelling shows its syllables: each group of vowels is one syllable, except that
two strong vowels (a, e, o, or an accented í or ú) side by side are two (le-ón, dí-a),
and a "y" is a vowel only at the end of a word (hoy, muy).

Markdown is turned into plain text first; each line of a list, a table row or a heading
counts as its own sentence, as a reader takes it in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Vowel pairs that are nearly always two syllables (sci-a-tic, ra-di-o, vi-de-o, u-su-al,
# me-di-um, di-et), but not in "-cial", "-tion", "-gua", "-qua" (spe-cial, po-si-tion).
_SPLIT_PAIRS = re.compile(r"(?<![ct])ia|[ct]ia(?![ln])|io(?!n)|eo|(?<![qg])ua|iu|ie(?=t)")
# Endings spoken as their own syllables after a stem that keeps its own count
# ("like-ly", "move-ment", "care-ful", "numb-ness").
_SUFFIXES = (
    ("ments", 1),
    ("ment", 1),
    ("fully", 2),
    ("ful", 1),
    ("less", 1),
    ("ness", 1),
    ("ly", 1),
)

# Common words the rule of thumb gets wrong.
_EXCEPTIONS = {
    "every": 3,
    "everyone": 4,
    "everything": 4,
    "area": 3,
    "areas": 3,
    "idea": 3,
    "ideas": 3,
    "being": 2,
    "doing": 2,
    "going": 2,
    "lying": 2,
    "trying": 2,
    "quiet": 2,
    "science": 2,
    "people": 2,
    "business": 2,
    "different": 3,
    "several": 3,
    "evening": 2,
    "toward": 2,
    "towards": 2,
    "sometimes": 2,
    "somewhere": 2,
    "someone": 2,
    "anyone": 3,
    "whole": 1,
    "once": 1,
    "one": 1,
    "ones": 1,
    "there": 1,
    "where": 1,
    "here": 1,
    "were": 1,
    "are": 1,
    "fire": 1,
    "tired": 1,
    "ensure": 2,
    "unsure": 2,
    "fibres": 2,
    "fibular": 3,
    "piriformis": 4,
    "femoris": 3,
    "create": 2,
    "created": 3,
    "toes": 1,
    "shoes": 1,
    "knees": 1,
    "nerves": 1,
    "muscles": 2,
    "minutes": 2,
    "changes": 2,
    "eases": 2,
    "uses": 2,
    "closes": 2,
    "places": 2,
    "pieces": 2,
    "causes": 2,
    "raises": 2,
    "reaches": 2,
    "stretches": 2,
    "pushes": 2,
    "rises": 2,
    "doses": 2,
    "vague": 1,
    "fatigue": 2,
    "centre": 2,
    "centred": 2,
}


def count_syllables(word: str) -> int:
    """Syllables in one English word (at least 1 for any word with a letter)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if len(w) <= 3:
        return 1
    for suffix, syllables in _SUFFIXES:
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) > 2 and stem[-1] not in "aeiouy" + suffix[0]:
            return count_syllables(stem) + syllables
        if w.endswith(suffix) and len(stem) > 2 and stem.endswith("e") and stem[-2] != "e":
            return count_syllables(stem) + syllables
    # "-le" after a consonant is a syllable of its own ("muscle", "simple", "table");
    # otherwise a final "e" is silent ("nerve"), though "knee" keeps its "ee".
    if w.endswith("le") and w[-3] not in "aeiouy":
        w = w[:-2] + "al"
    elif w.endswith("e") and not w.endswith(("ee", "ie", "ye")):
        w = w[:-1]
    # "-ed" is silent except after t or d ("walked" 1, "wanted" 2), and "-es" after most
    # consonants ("makes" 1, but "changes" 2).
    silent_ed = w.endswith("ed") and w[-3:-2] not in ("", *"aeiouytd")
    silent_es = w.endswith("es") and w[-3:-2] not in ("", *"aeiouyscxzgh")
    if len(w) > 3 and (silent_ed or silent_es):
        w = w[:-2]
    if w.startswith("y"):
        w = w[1:]
    count = len(_VOWEL_GROUP.findall(w)) + len(_SPLIT_PAIRS.findall(w))
    return max(1, count)


def plain_text(markdown: str, number: str = "the number") -> str:
    """Markdown reduced to what a reader reads, one sentence-ish unit per line; a
    placeholder reads as `number`, the words a reader sees in its place."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", markdown)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"\{[a-z_]+\}", number, text)  # placeholders such as {emergency_number}
    text = re.sub(r"[*_`]+", "", text)
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or re.fullmatch(r"[|:\-\s]+", line):
            continue  # blank lines and table rulers
        line = re.sub(r"^(#+|[-+>]|\d+[.)])\s*", "", line)
        cells = [c.strip() for c in line.strip("|").split("|")] if "|" in line else [line]
        lines.extend(c for c in cells if c)
    return "\n".join(lines)


@dataclass(frozen=True)
class TextCounts:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level (US school grade)."""
        if not self.words:
            return 0.0
        return 0.39 * (self.words / self.sentences) + 11.8 * (self.syllables / self.words) - 15.59

    @property
    def fernandez_huerta(self) -> float:
        """Fernández-Huerta reading ease, for Spanish (70 and above reads easily)."""
        if not self.words:
            return 100.0
        return 206.84 - 60 * (self.syllables / self.words) - 1.02 * (self.words / self.sentences)

    @property
    def ease(self) -> float:
        """Flesch reading ease (higher is easier; 60 to 70 is plain English)."""
        if not self.words:
            return 100.0
        return (
            206.835 - 1.015 * (self.words / self.sentences) - 84.6 * (self.syllables / self.words)
        )


def count_text(text: str) -> TextCounts:
    """Count words, sentences and syllables of plain English text (see `plain_text`)."""
    return _count(text, _WORD, count_syllables)


def _count(text: str, word: re.Pattern[str], syllables_of: Callable[[str], int]) -> TextCounts:
    words = 0
    syllables = 0
    sentences = 0
    for line in text.splitlines():
        for part in _SENTENCE_END.split(line):
            found = word.findall(part)
            if not found:
                continue
            sentences += 1
            words += len(found)
            syllables += sum(syllables_of(w) if w[0].isalpha() else 1 for w in found)
    return TextCounts(words, max(sentences, 1), syllables)


_SPANISH_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+|\d+(?:[.,]\d+)*")
_STRONG = frozenset("aeoáéóíú")  # an accented í or ú breaks a diphthong (dí-a, ba-úl)
_SPANISH_VOWELS = frozenset("aeiouáéíóúü")


def count_spanish_syllables(word: str) -> int:
    """Syllables in one Spanish word (at least 1 for any word with a letter)."""
    w = word.lower()
    if not any(c.isalpha() for c in w):
        return 0
    if w.endswith("y") and (len(w) == 1 or w[-2] in _SPANISH_VOWELS):
        w = w[:-1] + "i"  # "hoy", "muy", "y": a vowel at the end of a word
    count = 0
    previous = ""
    for letter in w:
        if letter in _SPANISH_VOWELS:
            if not previous or (previous in _STRONG and letter in _STRONG):
                count += 1  # a new vowel group, or two strong vowels: a new syllable
            previous = letter
        else:
            previous = ""
    return max(1, count)


def count_spanish_text(text: str) -> TextCounts:
    """Count words, sentences and syllables of plain Spanish text (see `plain_text`)."""
    return _count(text, _SPANISH_WORD, count_spanish_syllables)


def fernandez_huerta(markdown: str) -> float:
    """Fernández-Huerta reading ease of a Spanish Markdown text (higher is easier)."""
    return count_spanish_text(plain_text(markdown, number="el número")).fernandez_huerta


def grade_level(markdown: str) -> float:
    """Flesch-Kincaid grade of a Markdown text."""
    return count_text(plain_text(markdown)).grade
