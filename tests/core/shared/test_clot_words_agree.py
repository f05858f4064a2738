"""The check asks about a swollen, warm calf on its own (domain.md §4: a swollen, warm
calf is a clot question; §1: never heat with it). The heat timer's stop words and the
Learn cards say the shared clot sign, so they must name it too: before, they said only
"a calf or thigh that throbs or cramps and is swollen...", and a person with a swollen,
warm calf that did not throb was not stopped from putting heat on it."""

from __future__ import annotations

import pytest

from companion.core.check.load import load_triage
from companion.core.learn.cards import load_learn
from companion.core.timers.content import load_timer_content
from tests.helpers.shared_words import EN

# The lone sign, in the check's question and in what the timer and cards say.
LONE_SIGN = {
    "en": ("calf swollen and warm", "calf that is swollen and warm"),
    "es": ("pantorrilla hinchada y caliente", "pantorrilla hinchada y caliente"),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_heat_timer_and_cards_name_a_swollen_warm_calf_alone(language: str) -> None:
    asked, said = LONE_SIGN[language]
    question = load_triage(language=language).question("clot_signs")
    assert asked in question.text
    folder = EN.parent / language
    heat = load_timer_content(folder).heat
    (swollen,) = [q for q in heat.questions if q.id == "swollen_red"]
    assert said in swollen.stop_text
    for card_id in ("heat_and_ice", "muscle_strain"):
        assert said in load_learn(folder).card(card_id).detail, card_id
