"""The Flesch-Kincaid formulas against hand-counted texts, and the syllable counter
against words whose syllables are known."""

from __future__ import annotations

import pytest

from companion.core.shared.readability import (
    TextCounts,
    count_spanish_syllables,
    count_spanish_text,
    count_syllables,
    count_text,
    fernandez_huerta,
    grade_level,
    plain_text,
)

KNOWN_SYLLABLES = {
    "cat": 1,
    "the": 1,
    "nerve": 1,
    "knee": 1,
    "thigh": 1,
    "pain": 1,
    "heat": 1,
    "walked": 1,
    "stopped": 1,
    "makes": 1,
    "while": 1,
    "ache": 1,
    "toes": 1,
    "table": 2,
    "simple": 2,
    "muscle": 2,
    "hamstring": 2,
    "buttock": 2,
    "below": 2,
    "wanted": 2,
    "needed": 2,
    "changes": 2,
    "tingling": 2,
    "movement": 2,
    "likely": 2,
    "careful": 2,
    "numbness": 2,
    "special": 2,
    "gentle": 2,
    "tendon": 2,
    "lying": 2,
    "sciatic": 3,
    "position": 3,
    "usual": 3,
    "every": 3,
    "clinician": 3,
    "electric": 3,
    "exercise": 3,
    "medicine": 3,
    "family": 3,
    "completely": 3,
    "irritated": 4,
    "emergency": 4,
    "exercises": 4,
    "paracetamol": 5,
    "inflammatory": 5,
}


@pytest.mark.parametrize(("word", "syllables"), sorted(KNOWN_SYLLABLES.items()))
def test_syllables_of_known_words(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_every_word_has_at_least_one_syllable() -> None:
    for word in ("a", "I", "hmm", "by", "rhythm", "x"):
        assert count_syllables(word) >= 1
    assert count_syllables("42") == 0  # no letters: numbers are counted by count_text


def test_the_cat_sat_on_the_mat() -> None:
    # 6 words, 1 sentence, 6 syllables: the textbook example (reading ease 116).
    counts = count_text("The cat sat on the mat.")
    assert counts == TextCounts(words=6, sentences=1, syllables=6)
    assert counts.grade == pytest.approx(0.39 * 6 + 11.8 * 1 - 15.59)  # -1.45
    assert round(counts.ease) == 116


def test_a_hand_counted_passage() -> None:
    text = (
        "Nerve pain can run below the knee. "  # 7 words, 8 syllables
        "Muscle pain usually stays in one spot."  # 7 words, 11 syllables (u-su-al-ly)
    )
    counts = count_text(text)
    assert (counts.words, counts.sentences) == (14, 2)
    assert counts.syllables == 8 + 11
    expected = 0.39 * 14 / 2 + 11.8 * 19 / 14 - 15.59
    assert counts.grade == pytest.approx(expected)
    assert counts.grade == pytest.approx(3.15, abs=0.01)


def test_harder_text_scores_a_higher_grade() -> None:
    easy = "Stand up. Walk a bit. Use heat. Rest when you need to."
    hard = (
        "Neurodynamic mobilisation techniques are indicated following comprehensive "
        "evaluation of mechanosensitivity, particularly when radicular symptomatology "
        "demonstrates characteristic peripheralisation during sustained lumbar flexion."
    )
    assert grade_level(easy) < 3
    assert grade_level(hard) > 16


def test_markdown_is_read_as_a_reader_reads_it() -> None:
    md = (
        "## A heading\n\n"
        "Read [this card](card:heat_and_ice) now.\n\n"
        "- **First** point\n- Second point\n\n"
        "| | Nerve | Muscle |\n|---|---|---|\n| Feels | Burning | Sore |\n"
        "Call {emergency_number} today."
    )
    text = plain_text(md)
    assert "card:" not in text and "**" not in text and "|" not in text and "#" not in text
    assert "the number" in text
    lines = text.splitlines()
    assert lines[:4] == ["A heading", "Read this card now.", "First point", "Second point"]
    # Each line of a list or table counts as a sentence of its own.
    assert count_text(text).sentences == len(lines)


def test_empty_text_is_grade_zero() -> None:
    assert grade_level("") == 0.0
    assert count_text("").words == 0


# --- Spanish: Fernández-Huerta ---------------------------------------------------------

KNOWN_SPANISH_SYLLABLES = {
    "y": 1,
    "hoy": 1,
    "muy": 1,
    "que": 1,  # the u of "que" and "gui" is silent
    "pie": 1,
    "dolor": 2,
    "día": 2,  # an accented í breaks the pair
    "león": 2,  # two strong vowels: two syllables
    "puede": 2,
    "caer": 2,
    "baúl": 2,
    "aire": 2,
    "guerra": 2,
    "ahora": 3,
    "oído": 3,
    "ciática": 3,
    "pingüino": 3,
    "vertebral": 3,
    "estrecho": 3,
    "adormecimiento": 6,
    "isquiotibiales": 5,
}


@pytest.mark.parametrize(("word", "syllables"), sorted(KNOWN_SPANISH_SYLLABLES.items()))
def test_spanish_syllables_of_known_words(word: str, syllables: int) -> None:
    assert count_spanish_syllables(word) == syllables
    assert count_spanish_syllables(word.upper()) == syllables


def test_fernandez_huerta_of_a_hand_counted_text() -> None:
    # Me(1) due-le(2) la(1) pier-na(2). Ca-mi-no(3) un(1) po-co(2) ca-da(2) dí-a(2).
    text = "Me duele la pierna. Camino un poco cada día."
    counts = count_spanish_text(text)
    assert (counts.sentences, counts.words) == (2, 9)
    assert counts.syllables == 1 + 2 + 1 + 2 + 3 + 1 + 2 + 2 + 2
    expected = 206.84 - 60 * 16 / 9 - 1.02 * 9 / 2
    assert counts.fernandez_huerta == pytest.approx(expected)


def test_longer_words_and_sentences_read_harder_in_spanish() -> None:
    easy = count_spanish_text("Camine un poco. Pare si duele.").fernandez_huerta
    hard = count_spanish_text(
        "La estenosis del canal vertebral lumbar ocasiona frecuentemente claudicación "
        "neurógena intermitente, caracterizada por dolor irradiado."
    ).fernandez_huerta
    assert easy > 90 > 30 > hard


def test_a_placeholder_reads_as_the_words_shown_in_its_place() -> None:
    assert "el número" in plain_text("Llame al {emergency_number}.", number="el número")
    assert fernandez_huerta("") == 100.0
