"""Numbers inside sentences, written as the sentence's language writes them (4.5 in
English, 4,5 in Spanish). The interface formats its own numbers with QLocale; this is
for sentences the core puts together, which must not depend on Qt. And digits as people
type them, in any script, read as 0-9."""

from __future__ import annotations

import unicodedata

# Languages of the app's content that write a decimal comma (the ISO 639-1 code).
DECIMAL_COMMA = frozenset({"es", "fr", "de", "it", "pt", "nl"})


def decimal_text(value: float, language: str, places: int = 1) -> str:
    """`value` with `places` decimals: "4.5" in English, "4,5" in Spanish."""
    text = f"{value:.{places}f}"
    base = language.replace("-", "_").split("_")[0].lower()
    return text.replace(".", ",") if base in DECIMAL_COMMA else text


def plain_digits(text: str) -> str:
    """`text` with the decimal digits of every script ("١١٢" typed on an Arabic keyboard,
    fullwidth "１１２") as 0-9; everything else as it was. Characters that only count as
    digits (superscript "¹", circled "①") are not decimal digits and stay: no phone dials
    them, and no number is written with them."""
    return "".join(
        str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.category(c) == "Nd" else c
        for c in text
    )
