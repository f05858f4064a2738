"""Numbers inside sentences, written as the sentence's language writes them (4.5 in
English, 4,5 in Spanish). The interface formats its own numbers with QLocale; this is
for sentences the core puts together, which must not depend on Qt."""

from __future__ import annotations

# Languages of the app's content that write a decimal comma (the ISO 639-1 code).
DECIMAL_COMMA = frozenset({"es", "fr", "de", "it", "pt", "nl"})


def decimal_text(value: float, language: str, places: int = 1) -> str:
    """`value` with `places` decimals: "4.5" in English, "4,5" in Spanish."""
    text = f"{value:.{places}f}"
    base = language.replace("-", "_").split("_")[0].lower()
    return text.replace(".", ",") if base in DECIMAL_COMMA else text
