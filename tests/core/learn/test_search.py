"""Searching the cards: forgiving about endings, best matches first."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.learn import search as search_module
from companion.core.learn.cards import Card, LearnContent, load_learn
from companion.core.learn.search import (
    QUERY_SHOWN_CHARS,
    SNIPPET_CHARS,
    WEIGHTS,
    CardSearch,
    QueryWord,
    SearchHit,
    nothing_shown,
    shown_query,
    stem,
    stem_spanish,
)
from companion.core.learn.search import terms as terms_in
from companion.core.learn.search_words import SearchWords, words
from companion.core.shared.readability import plain_text
from companion.core.shared.resources import resource_dir

ENGLISH: LearnContent = load_learn(resource_dir("content") / "en")
SPANISH: LearnContent = load_learn(resource_dir("content") / "es")


def terms(text: str, learn: LearnContent = ENGLISH) -> list[str]:
    return terms_in(text, learn.search_words)


def search(cards: list[Card], query: str, learn: LearnContent = ENGLISH) -> list[SearchHit]:
    return CardSearch(cards, learn.search_words).find(query)


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    return list(ENGLISH.cards.values())


def ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [hit.card.id for hit in hits]


def test_stems_and_stop_words() -> None:
    assert stem("stretching") == "stretch"
    assert stem("nerves") == "nerve"
    assert stem("legs") == "legs"  # too short to trim
    assert terms("How do I stop the pain?") == ["stop", "pain"]


def test_an_apostrophe_joins_its_word() -> None:
    """Read as a space, "can't sit" searched for "t" and "sit", and "it's" for "s": a
    one-letter word starts a word in every card."""
    assert terms("can't sit") == ["sit"]  # "can't" is a little word, as "can" is
    assert terms("can’t sit") == ["sit"]  # the curly apostrophe a phone or editor types
    assert terms("it's sciatica") == ["sciatica"]
    assert terms("don’t stretch") == ["stretch"]
    assert terms("hamstring's tear") == ["hamstring", "tear"]
    assert terms("the hamstrings' pain") == ["hamstring", "pain"]
    assert terms("it’s") == []
    spanish = "¿Puedo sentarme si me duele la pierna?"  # Spanish words hold no apostrophe
    assert terms(spanish, SPANISH) == ["senta", "duele", "pierna"]


def test_no_one_letter_word_is_left_of_an_apostrophe(cards: list[Card]) -> None:
    for query in ("can't", "don’t", "it's", "isn't", "I'm", "I’ve", "hamstring’s"):
        assert all(len(term) > 1 for term in terms(query)), query
    assert search(cards, "can’t") == []  # was every one of the 20 cards


def test_empty_query_finds_nothing(cards: list[Card]) -> None:
    assert search(cards, "") == []
    assert search(cards, "   the   ") == []


def test_title_matches_rank_first(cards: list[Card]) -> None:
    assert ids(search(cards, "sleep"))[0] == "sleep"
    assert ids(search(cards, "first aid"))[0] == "nerve_first_aid"


def test_keywords_find_words_the_text_does_not_use(cards: list[Card]) -> None:
    assert ids(search(cards, "ibuprofen"))[0] == "medicine_facts"
    assert ids(search(cards, "stenosis"))[0] == "narrowed_canal"
    assert "tendon_pain" in ids(search(cards, "tendinopathy"))


def test_word_endings_do_not_matter(cards: list[Card]) -> None:
    assert "nerve_do_avoid" in ids(search(cards, "stretches"))
    assert "nerve_do_avoid" in ids(search(cards, "stretching"))


def test_every_word_must_match_when_some_card_has_them_all(cards: list[Card]) -> None:
    hits = search(cards, "heat numb")
    assert hits and all(hit.matched_all for hit in hits)
    assert "heat_and_ice" in ids(hits)


def test_partial_matches_when_no_card_has_every_word(cards: list[Card]) -> None:
    hits = search(cards, "sleep zebra")
    assert ids(hits)[0] == "sleep"
    assert not hits[0].matched_all


def test_snippet_shows_why_it_matched(cards: list[Card]) -> None:
    hit = next(h for h in search(cards, "pillow") if h.card.id == "sleep")
    assert "pillow" in hit.snippet.lower()
    assert len(hit.snippet) <= 150


def test_typing_a_word_part_already_finds_cards(cards: list[Card]) -> None:
    assert "sleep" in ids(search(cards, "sle"))


def test_accents_and_case_do_not_matter() -> None:
    """Only a to z counted as letters: "musculo" found no Spanish card at all, and
    "ciática" was searched as "ci" and "tica"."""
    spanish = list(SPANISH.cards.values())
    assert terms("CIÁTICA Músculo", SPANISH) == ["ciatica", "musculo"]
    found = ids(search(spanish, "músculo", SPANISH))
    assert "muscle_strain" in found
    for typed in ("musculo", "MUSCULO", "Músculo"):
        assert ids(search(spanish, typed, SPANISH)) == found
    assert ids(search(spanish, "ciatica", SPANISH)) == ids(search(spanish, "ciática", SPANISH))
    assert len(search(spanish, "ciatica", SPANISH)) > 1


def test_each_language_leaves_out_its_own_little_words() -> None:
    """The little words come from each language's `learn/search.toml`."""
    assert terms("How do I stop the pain?") == ["stop", "pain"]
    assert terms("¿Cómo puedo dormir con dolor?", SPANISH) == ["dormi", "dolor"]
    assert terms("dolor por la noche", SPANISH) == ["dolor", "noche"]
    assert terms_in("la noche", SearchWords()) == ["la", "noche"]  # a language with none


def test_spanish_endings_are_trimmed() -> None:
    """Only English endings were trimmed: "sentarme" found no card while "sentado" found
    10, and "caminando" found 6 cards to the 13 of "caminar"."""
    for forms in (
        ("sentarme", "sentarse", "sentado", "sentados", "sentando", "sentándome", "sentar"),
        ("estirar", "estirarse", "estirado", "estirando"),
        ("caminar", "caminando", "caminado"),
        ("dolor", "dolores"),
        ("nervio", "nervios"),
        ("corriendo", "corrido", "correr"),
        ("calma", "calmar", "calmado", "calmarse"),
        ("calor", "calores"),
    ):
        assert len({stem_spanish(w) for w in words(" ".join(forms))}) == 1, forms
    assert stem_spanish("estiramientos") == "estiramiento"  # "estira" starts it
    assert terms("sentarme", ENGLISH) == ["sentarme"]  # English trims its own endings


def test_spanish_endings_keep_apart_words_that_differ() -> None:
    """Sitting is not feeling ("sentado", "sentido"), heat is not calm, stress is not a
    narrowed canal ("estrecho"), and "a medida que" is not medicine."""
    apart = (
        ("calor", "calma"),
        ("sentado", "sentido"),
        ("sentarme", "sentir"),
        ("estrés", "estrecho"),
        ("medida", "medicina"),
        ("dolor", "dormir"),
    )
    for first, second in apart:
        a, b = terms(first, SPANISH)[0], terms(second, SPANISH)[0]
        assert not (a.startswith(b) or b.startswith(a)), (first, second, a, b)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14))
def test_a_spanish_word_is_never_trimmed_below_four_letters(word: str) -> None:
    trimmed = stem_spanish(word)
    assert trimmed == word or len(trimmed) >= 4
    assert trimmed == word or word.startswith(trimmed[:-1])  # an ending goes, never more


def test_spanish_searches_find_the_cards_of_every_form() -> None:
    spanish = list(SPANISH.cards.values())

    def found(query: str) -> list[str]:
        return ids(search(spanish, query, SPANISH))

    assert found("sentarme") == found("sentado")
    assert "sitting_pacing" in found("sentarme")
    assert found("estiramientos") == found("estirar")
    assert found("caminando") == found("caminar")
    assert found("dolores") == found("dolor")
    assert found("nervios") == found("nervio")
    assert found("calor") != found("calma")


def test_a_query_is_repeated_back_short() -> None:
    assert shown_query("  heat   pack ") == "heat pack"
    pasted = shown_query("x" * 10_000)
    assert len(pasted) == QUERY_SHOWN_CHARS and pasted.endswith("…")


def _typed_words(learn: LearnContent) -> list[str]:
    """Every word of the cards as written (accents, capitals, stuck punctuation)."""
    found: set[str] = set()
    for card in learn.cards.values():
        text = " ".join((card.title, *card.keywords, card.summary, card.main, card.detail))
        found.update(text.split())
    return sorted(found)


def _typed_query(vocabulary: list[str]) -> st.SearchStrategy[str]:
    """A query of one to four of the cards' words, the last perhaps half typed, perhaps
    with a space after it (typed to its end)."""
    word = st.sampled_from(vocabulary)
    return st.tuples(
        st.lists(word, min_size=0, max_size=3), word, st.integers(1, 20), st.sampled_from(["", " "])
    ).map(lambda parts: " ".join([*parts[0], parts[1][: parts[2]]]) + parts[3])


def reread(cards: list[Card], wanted: list[QueryWord], language: SearchWords) -> list[SearchHit]:
    """Search as it was until December 2026, as plain as it gets: every card's text read
    again for each query (`wanted`: its stems, each with its verb's other forms, and
    whether only whole words count), with cards that have a word itself put before
    those that only have longer words it starts. The index must rank exactly as this does."""
    if not wanted:
        return []
    hits = []
    for card in cards:
        fields = {
            "title": terms_in(card.title, language),
            "keywords": terms_in(" ".join(card.keywords), language),
            "summary": terms_in(card.summary, language),
            "main": terms_in(plain_text(card.main), language),
            "detail": terms_in(plain_text(card.detail), language),
        }
        score, found, itself = 0.0, 0, 0
        for forms, whole in wanted:
            term_score = 0.0
            # The word itself (or it but for an ending), not a longer word it starts.
            itself += any(
                w in forms
                or (not whole and len(w) >= 4 and f.startswith(w) and len(f) - len(w) <= 3)
                # with an ending the stemmer leaves on: "runn" (running), "runs"
                or (
                    not whole
                    and w in (f + "s", f + f[-1])
                    and (w == f + "s" or f[-1] not in "aeiou")
                )
                for said in fields.values()
                for w in said
                for f in forms
            )
            for name, said in fields.items():
                times = sum(
                    1
                    for w in said
                    if (
                        w in forms
                        if whole
                        else any(
                            w.startswith(f)
                            or (len(w) >= 4 and f.startswith(w) and len(f) - len(w) <= 3)
                            for f in forms
                        )
                    )
                )
                term_score += WEIGHTS[name] * min(times, 3)
            if term_score:
                found += 1
                score += term_score
        if found:
            shown = snippet(card, wanted, language)
            hits.append(SearchHit(card, score, shown, found == len(wanted), itself))
    if any(hit.matched_all for hit in hits):
        hits = [hit for hit in hits if hit.matched_all]
    return sorted(hits, key=lambda hit: (-hit.words_itself, -hit.score, hit.card.title))


def snippet(card: Card, wanted: list[QueryWord], language: SearchWords) -> str:
    for sentence in re.split(r"(?<=[.!?])\s+|\n", plain_text(card.main + "\n" + card.detail)):
        said = terms_in(sentence, language)
        if any(
            w == f if whole else w.startswith(f)
            for forms, whole in wanted
            for f in forms
            for w in said
        ):
            clean = sentence.strip()
            if len(clean) > SNIPPET_CHARS:
                clean = clean[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
            return clean
    return card.summary


@pytest.mark.parametrize("learn", [ENGLISH, SPANISH], ids=["en", "es"])
def test_the_index_ranks_as_reading_every_card_at_each_letter_did(learn: LearnContent) -> None:
    index = CardSearch(learn.cards.values(), learn.search_words)
    cards = list(learn.cards.values())

    @given(_typed_query(_typed_words(learn)))
    @settings(max_examples=200, deadline=None)
    def same(query: str) -> None:
        expected = reread(cards, index.query_words(query), learn.search_words)
        assert index.find(query) == expected, query

    same()


def test_each_card_is_read_once_not_at_every_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every letter typed read, split and trimmed the words of all 20 cards again."""
    read: list[str] = []
    real = search_module.plain_text
    monkeypatch.setattr(search_module, "plain_text", lambda text: read.append(text) or real(text))
    index = CardSearch(ENGLISH.cards.values(), ENGLISH.search_words)
    index.find("s")
    first = len(read)
    for typed in ("sc", "sci", "scia", "sciatica", "sciatica nerve"):
        assert index.find(typed)
    assert len(read) == first


def test_a_spanish_verb_whose_stem_changes_finds_its_other_forms() -> None:
    """Trimmed endings cannot join "doler" and "duele": "doler" found 4 cards and missed
    the 8 that only say "duele"; "siento", "duermo", "vuelvo" and "envolver" found none."""
    spanish = list(SPANISH.cards.values())

    def found(query: str) -> list[str]:
        return ids(search(spanish, query, SPANISH))

    assert found("doler") == found("duele") == found("duelen") == found("me duele")
    for typed, says in (
        ("doler", "sitting_pacing"),  # "cuando le duele"
        ("siento", "sitting_pacing"),  # "me siento": I sit
        ("sentir", "nerve_or_muscle"),  # "se sienten de forma distinta"
        ("duermo", "sleep"),
        ("vuelvo", "return_to_running"),
        ("envolver", "heat_and_ice"),  # "envuelva la compresa en un paño"
    ):
        assert says in found(typed), typed
    pain = next(h for h in search(spanish, "doler", SPANISH) if h.card.id == "sitting_pacing")
    assert "duele" in pain.snippet  # the sentence that shows why it matched


def test_only_the_listed_verbs_are_joined() -> None:
    """The noun "dolor" is not the verb, a half-typed word is not expanded, and English
    has no such list."""
    index = CardSearch(SPANISH.cards.values(), SPANISH.search_words)
    assert index.wanted("dolor") == [("dolor",)]
    assert index.wanted("duel") == [("duel",)]
    assert set(index.wanted("siento")[0]) >= {"senta", "senti", "siento"}  # sit and feel
    assert index.wanted("duele doler") == index.wanted("doler")  # one word, said twice
    english = CardSearch(ENGLISH.cards.values(), ENGLISH.search_words)
    assert english.wanted("sleeping nerves") == [("sleep",), ("nerve",)]


def test_a_longer_word_that_only_begins_like_a_card_word_is_not_that_word() -> None:
    """A card's word matched any query word it began, so "sentadilla" (a squat) found
    the 15 cards that say "sentado" (sitting), its own 2 ranked 4th and 5th, and
    "painkillers" found all 19 cards that say "pain"."""
    spanish = CardSearch(SPANISH.cards.values(), SPANISH.search_words)
    squats = [hit.card.id for hit in spanish.find("sentadilla")]
    assert squats and all("sentadilla" in SPANISH.cards[id].main.lower() for id in squats)
    assert len(squats) == 2
    english = CardSearch(ENGLISH.cards.values(), ENGLISH.search_words)
    pills = [hit.card.id for hit in english.find("painkillers")]
    assert pills and all("painkiller" in ENGLISH.cards[id].main.lower() for id in pills)
    # An ending the stemmer leaves still finds its word, and a listed noun its verb.
    assert {hit.card.id for hit in english.find("stretches")} == {
        hit.card.id for hit in english.find("stretch")
    }
    assert {hit.card.id for hit in english.find("move")} <= {
        hit.card.id for hit in english.find("movement")
    }
    assert {hit.card.id for hit in spanish.find("estirar")} <= {
        hit.card.id for hit in spanish.find("estiramientos")
    }


def test_a_short_word_typed_to_its_end_is_only_that_word() -> None:
    """ "ir a caminar" (go for a walk) matched "ir" as the start of "irritado", so the
    first card was about an irritated nerve; "go " found 18 cards, by "good" and "got".
    The word still being typed keeps matching by its start."""
    spanish = CardSearch(SPANISH.cards.values(), SPANISH.search_words)
    assert spanish.query_words("ir a caminar")[0] == QueryWord(("ir",), whole=True)
    first = spanish.find("ir a caminar")[0]
    assert "irrita" not in first.snippet.lower() and "camin" in first.snippet.lower()
    english = CardSearch(ENGLISH.cards.values(), ENGLISH.search_words)
    finished, typing = english.find("go "), english.find("go")
    assert len(finished) == 8 < len(typing) == 18
    assert all(re.search(r"\bgo\b", hit.snippet, re.IGNORECASE) for hit in finished)


def test_no_and_me_are_little_words() -> None:
    """ "no puedo dormir" ranked the cards by "no" and "noche"; "help me sleep" put
    "medicines" first and left the Sleep card out."""
    assert {"no", "ni", "yo", "ya", "a"} <= SPANISH.search_words.little
    assert {"no", "not", "me", "am"} <= ENGLISH.search_words.little
    spanish = list(SPANISH.cards.values())
    assert ids(search(spanish, "no puedo dormir", SPANISH)) == ids(
        search(spanish, "dormir", SPANISH)
    )
    english = list(ENGLISH.cards.values())
    assert ids(search(english, "help me sleep"))[0] == "sleep"


def test_a_query_of_marks_no_one_can_see_is_no_query() -> None:
    assert nothing_shown("") and nothing_shown("\u200f \u200b\u0301\u00a0")
    assert not nothing_shown("😀")  # an emoji is seen: "Nothing matches “😀”" is fair
    assert not nothing_shown("\u200fciática") and not nothing_shown("ألم")


def test_hernia_finds_the_card_about_the_back_and_its_discs() -> None:
    """ "hernia" found no card in either language, though people say it of a disc that
    presses on a nerve root; the lower back card is about that."""
    for learn in (ENGLISH, SPANISH):
        cards = list(learn.cards.values())
        for typed in ("hernia", "Hernia", "hernias"):
            assert ids(search(cards, typed, learn)) == ["lower_back"], (learn, typed)
    assert ids(search(list(ENGLISH.cards.values()), "slipped disc"))[0] == "lower_back"
    spanish = list(SPANISH.cards.values())
    assert ids(search(spanish, "hernia discal", SPANISH))[0] == "lower_back"


def test_a_spanish_word_finds_its_other_ending() -> None:
    """ "ciático" (the nerve) found 3 cards and "ciática" 6, though both are about the
    same pain; "pequeño" found 3 and "pequeña" 2."""
    spanish = CardSearch(SPANISH.cards.values(), SPANISH.search_words)

    def found(query: str) -> list[str]:
        return [hit.card.id for hit in spanish.find(query)]

    assert found("ciático") == found("ciática") == found("ciaticos") == found("ciáticas")
    assert len(found("ciático")) == 8
    assert found("pequeño") == found("pequeña") and len(found("pequeño")) == 5
    assert found("nervioso") == found("nerviosa")
    assert set(spanish.wanted("ciatico")[0]) == {"ciatico", "ciatica"}


def test_words_with_the_other_ending_that_are_other_words_stay_apart() -> None:
    """A knee ("rodilla", 14 cards) is not a foam roller ("rodillo", 1 card), a word with
    no other ending in the cards is searched alone, and only Spanish is read this way."""
    spanish = CardSearch(SPANISH.cards.values(), SPANISH.search_words)
    assert {"rodilla", "rodillo"} <= SPANISH.search_words.kept_apart
    assert [hit.card.id for hit in spanish.find("rodillo")] == ["nerve_do_avoid"]
    assert "nerve_do_avoid" not in [hit.card.id for hit in spanish.find("rodilla")]
    # Standing ("estar parado", as much of Latin America says it) is not a stop on a
    # trip: joined to "parada", "dolor al estar parado" showed one card only, about
    # stopping the car for a walk, and hid every card with some of the words.
    assert spanish.wanted("parado") == [("parado",)]
    assert [hit.card.id for hit in spanish.find("dolor al estar parado")] != ["sitting_pacing"]
    # A story ("cuento") showed the 3 cards that say "tener en cuenta" (keep in mind).
    assert spanish.find("cuento") == []
    assert spanish.wanted("contra") == [("contra",)]  # "contro" is no word of the cards
    assert spanish.wanted("punto") == [("punto",)]  # too short: "punta" is a tip
    english = CardSearch(ENGLISH.cards.values(), ENGLISH.search_words)
    assert english.wanted("piano") == [("piano",)]


def test_scans_and_operations_find_the_cards_that_speak_of_them() -> None:
    """ "MRI", "x-ray", "surgery" (and "resonancia", "cirugía") found no card, though
    people search for them early on; the cards on how long it takes, the lower back and
    the narrowed canal say when a scan or an operation is (rarely) needed."""
    english = list(ENGLISH.cards.values())
    spanish = list(SPANISH.cards.values())
    for typed in ("MRI", "x-ray", "scan", "imaging"):
        assert {"how_long", "lower_back"} <= set(ids(search(english, typed))), typed
    for typed in ("surgery", "operation"):
        assert {"how_long", "living_with_canal"} <= set(ids(search(english, typed))), typed
    for typed in ("resonancia", "radiografía", "radiografia"):
        found = set(ids(search(spanish, typed, SPANISH)))
        assert {"how_long", "lower_back"} <= found, typed
    for typed in ("cirugía", "cirugia", "operación"):
        found = set(ids(search(spanish, typed, SPANISH)))
        assert {"how_long", "living_with_canal"} <= found, typed


def test_a_card_with_the_word_itself_comes_before_one_with_longer_words() -> None:
    """ "pills" put the sleep card first (its pillows start with "pill") and the
    medicines card, which has "pills" as a keyword, third."""
    english = list(ENGLISH.cards.values())
    assert ids(search(english, "pills"))[0] == "medicine_facts"
    assert ids(search(english, "pill"))[0] == "medicine_facts"
    assert "sleep" in ids(search(english, "pills"))  # still found, after it
    # A word still being typed keeps finding the longer words by their start.
    assert "sleep" in ids(search(english, "pillo"))[:2]


def test_a_card_with_the_word_and_an_ending_is_a_card_with_the_word_itself() -> None:
    """ "run" put the narrowed canal and "pain is not damage" cards (each says "run"
    once) before the tendon card, which speaks of running again and again: the stemmer
    leaves "running" as "runn" and "runs" whole, and those counted as longer words."""
    english = list(ENGLISH.cards.values())
    found = ids(search(english, "run"))
    assert found[:2] == ["return_to_running", "tendon_pain"], found
    assert found.index("tendon_pain") < found.index("pain_not_damage")
    # "car" stays apart from "care": the car cards first.
    assert set(ids(search(english, "car"))[:3]) == {
        "nerve_positions",
        "sitting_pacing",
        "nerve_first_aid",
    }
