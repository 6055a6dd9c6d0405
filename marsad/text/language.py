"""Arabic / English identification from letters and function words; anything else is refused."""

from __future__ import annotations

import regex

from marsad.model import Language

_ARABIC = regex.compile(r"[\u0621-\u064a]")
_PERSIAN_URDU = regex.compile(r"[پچژگیکۀہےٹڈڑں]")
_LATIN = regex.compile(r"[A-Za-z]")
_ENGLISH_WORD = regex.compile(
    r"\b(?:the|and|of|to|in|is|was|were|that|for|on|with|said|by|from|at|has|have|are)\b",
    regex.IGNORECASE,
)


def identify(text: str) -> Language | None:
    """``"ar"``, ``"en"``, or None for text in neither (Persian, French, digits only...)."""
    sample = text[:20000]
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic >= latin and arabic >= 10:
        persian = len(_PERSIAN_URDU.findall(sample))
        return "ar" if persian < 0.02 * arabic else None
    if latin >= 10:
        words = max(1, len(sample.split()))
        return "en" if len(_ENGLISH_WORD.findall(sample)) >= 0.08 * words else None
    return None
