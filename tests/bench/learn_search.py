"""Learn search benchmark: what each letter typed in Learn's search box costs.

    python tests/bench/learn_search.py [--runs N]

Types a few everyday queries letter by letter in each language, as a person does, and
times each letter twice: the core search alone (`CardSearch.find`) and the whole
keystroke in the start view (search, then the result tiles rebuilt). The first search
also reads every card once into the index; that is timed on its own, and so is a
1,000-character paste of a card's own words (and the letter typed after it). Medians,
95th percentiles and maxima over every letter of every run.

Not a timed unit test: it is run by hand (or by a benchmark job), never by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from companion.core.learn.cards import load_learn
from companion.core.learn.search import CardSearch
from companion.core.shared.resources import resource_dir
from companion.ui.learn.start import LearnStart

QUERIES = {
    "en": ("sleep with nerve pain", "heat or ice", "stretching my hamstring", "sitting at work"),
    "es": (
        "dormir con dolor de nervio",
        "calor o hielo",
        "estirar isquios",
        "me duele al sentarme",
    ),
}


def summary(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    return (
        f"{name}: {len(ordered)} letters, median {statistics.median(ordered):.2f} ms, "
        f"95th {ordered[int(len(ordered) * 0.95)]:.2f} ms, max {ordered[-1]:.2f} ms"
    )


def letters(queries: tuple[str, ...]) -> list[str]:
    return [query[:n] for query in queries for n in range(1, len(query) + 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    for language, queries in QUERIES.items():
        learn = load_learn(resource_dir("content") / language)
        typed = letters(queries)
        build_ms, core_ms, paste_ms, after_ms = [], [], [], []
        card = next(iter(learn.cards.values()))
        pasted = " ".join((card.main + " " + card.detail).split())[:1000]
        for _ in range(args.runs):
            search = CardSearch(learn.cards.values(), learn.search_words)
            start = time.perf_counter()
            search.find("x")  # the first search reads the cards
            build_ms.append((time.perf_counter() - start) * 1000)
            for text in typed:
                start = time.perf_counter()
                search.find(text)
                core_ms.append((time.perf_counter() - start) * 1000)
            for text, samples in ((pasted, paste_ms), (pasted + "s", after_ms)):
                start = time.perf_counter()
                search.find(text)
                samples.append((time.perf_counter() - start) * 1000)
        view = LearnStart(learn)
        view.resize(1000, 800)
        view.show()
        view_ms = []
        for _ in range(args.runs):
            for text in typed:
                start = time.perf_counter()
                view.search_field.setText(text)
                view_ms.append((time.perf_counter() - start) * 1000)
            view.search_field.clear()
            app.processEvents()
        view.close()
        print(
            f"[{language}] first search, reading {len(learn.cards)} cards: "
            f"median {statistics.median(build_ms):.1f} ms"
        )
        print(f"[{language}] " + summary("search alone", core_ms))
        print(
            f"[{language}] a 1,000-character paste: median {statistics.median(paste_ms):.1f} "
            f"ms, then one more letter {statistics.median(after_ms):.1f} ms"
        )
        print(f"[{language}] " + summary("keystroke in the view", view_ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
