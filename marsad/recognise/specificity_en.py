"""English specificity cues found by pattern, not listed (``specificity.tsv`` lists the rest).

"have been shelling" (a practice going on: recurring), "four years ago" (historical), "over the
past six months" (a tally over a period: trend), "since the start of the war" (a tally since
something began: trend, unless a superlative or "the first time" makes it one incident) and the
modals before a word (hypothetical; "May" is the month). Each pattern but "in 2014," (its lead
word is in every text) is tried only when its lead word is in the text (and only in English
documents).
"""

from __future__ import annotations

import re

from marsad.recognise.numbers import english_words
from marsad.text.view import TextView

# (start, end, specificity, scope) in normalised offsets, as the recogniser's lexicon spans.
Cue = tuple[int, int, str, str]

# A perfect progressive (have been shelling, has been providing): an act going on, not one incident.
# The cue is the auxiliary: it governs the triggers after it in its clause (the -ing word itself,
# or the act it goes on with: "has been providing air support to the forces fighting IS").
_BEEN_ING = re.compile(r"\b(?:has|have|had)\s+been(?=\s+(?:\w+ly\s+)?[a-z]{3,}ing\b)")
# Two or more weeks or months, or years, back: earlier than the news of the day (a week ago
# is a dated incident with week precision, CODING §4).
_AGO = re.compile(
    r"\b(?:\d+|" + "|".join(sorted(english_words() | {"a", "an", "few", "many", "some"}))
    + r")\s+(?:years?|decades?|months|weeks)\s+(?:ago|earlier)\b"
)
# A period of weeks, months or years up to now ("over the past six months", "in the last two
# years", "throughout the past decade"): a toll or a practice summed over it, not one incident;
# days and hours are a dated range.
_OVER = re.compile(
    r"\b(?:over|in|during|throughout|for|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:weeks|months|years|year|decade|decades)\b"
)
# A tally since something began ("since the start of the war", "since the conflict began").
_SINCE_START = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|eruption)\b"
    r"|\bsince\s+the\s+(?:war|conflict|uprising|revolution|crisis|insurgency|offensive|"
    r"campaign)\s+(?:began|started|erupted|broke\s+out)\b"
)
# Superlatives and "first" before it make one incident the "worst since …".
_ONE_OF = frozenset(
    "first deadliest worst biggest largest heaviest bloodiest fiercest most highest strongest "
    "major".split())
_ONE_OF_REACH = 6
_SINCE_REACH = 12
# "since 2011", a year before the report's: a toll or a practice counted since then (trend),
# unless it is the worst or the first since (one incident). "In 2014," opening a sentence: the
# act it tells is that earlier year's (historical), though the comma puts the year in a clause
# of its own.
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?((?:19|20)\d\d)\b")
_IN_YEAR = re.compile(r"\b(?:in|back\s+in)\s+(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?((?:19|20)\d\d),")
# A modal before a word (may attack, could launch, would be), not "would-be" (a bomber who
# blew himself up) nor the month May (written with its capital: in May 2014, May 5).
_MODAL = re.compile(r"\b(?:may|might|could|would)\s+[a-z]")


def english_cues(view: TextView) -> list[Cue]:
    """The pattern cues of an English text (none where their lead words are absent: C-level
    substring tests, and Arabic text has none of them)."""
    text = view.text
    out: list[Cue] = []
    if "been" in text:
        out += [(m.start(), m.end(), "recurring", "after") for m in _BEEN_ING.finditer(text)]
    if " ago" in text or " earlier" in text:
        for m in _AGO.finditer(text):
            # "killed since the offensive began two weeks ago": the start of a tally, the
            # weak historical of "since" (as منذ + years), not an earlier act
            since = "since" in text[max(0, m.start() - 80) : m.start()].split()[-_SINCE_REACH:]
            out.append((m.start(), m.end(), "historical", "since" if since else _scope(text, m)))
    if " the " in text:
        out += [(m.start(), m.end(), "trend", _scope(text, m)) for m in _OVER.finditer(text)]
    if "since " in text:
        out += [(m.start(), m.end(), "trend", _scope(text, m)) for m in _SINCE_START.finditer(text)
                if not one_of(text, m.start())]
    published = str(view.document.published or "")[:4]
    if published.isdigit():
        year = int(published)
        if "since " in text:
            out += [(m.start(), m.end(), "trend", "clause") for m in _SINCE_YEAR.finditer(text)
                    if int(m.group(1)) < year and not one_of(text, m.start())]
        # (no lead word to test for "in 2014,": "in " is in every English text)
        out += [(m.start(), m.end() - 1, "historical", "sentence") for m in _IN_YEAR.finditer(text)
                if int(m.group(1)) < year and _opens(text, m.start())]
    if "ould " in text or "may " in text or "might " in text:
        original = view.original
        for m in _MODAL.finditer(text):
            end = text.index(" ", m.start())
            if text[m.start()] == "m" and text[m.start() + 1] == "a" \
                    and original[view.span(m.start(), end).start] != "m":
                continue  # (written "May": the month)
            out.append((m.start(), end, "hypothetical", "next"))
    return out


def _scope(text: str, m: re.Match[str]) -> str:
    """A clause cue's scope: the sentence when it opens its sentence before a comma ("Four
    years ago, rebels shelled the city": it governs the rest of the sentence)."""
    return "sentence" if text[m.end() : m.end() + 1] == "," and _opens(text, m.start()) else "clause"


def one_of(text: str, at: int) -> bool:
    """A superlative or "first" a few words before ``at`` (the deadliest since …)."""
    return not _ONE_OF.isdisjoint(text[max(0, at - 60) : at].split()[-_ONE_OF_REACH:])


def _opens(text: str, at: int) -> bool:
    """``at`` opens its sentence (only spaces since the text's start or a sentence end)."""
    before = text[max(0, at - 200) : at].rstrip()
    return not before or before[-1] in ".!?\n"
