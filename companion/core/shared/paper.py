"""The paper a printed page is laid out for: the size people buy where they live."""

from __future__ import annotations

A4, LETTER = "a4", "letter"
# Territories whose paper is US Letter (ISO 3166 codes); everywhere else uses A4.
LETTER_TERRITORIES = frozenset({"US", "CA"})


def paper_for(territory: str) -> str:
    """ "letter" for the US and Canada, "a4" elsewhere (`territory` as "US", "es_MX"...)."""
    code = territory.replace("-", "_").split("_")[-1].upper()
    return LETTER if code in LETTER_TERRITORIES else A4
