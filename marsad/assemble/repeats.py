"""Tests the merge rules ask of two mentions: is one a repeat of the other, or no incident?

- a night spans two days (ليلة الجمعة → Thursday–Friday): a day inside it is the same day;
- a definite bare attack word (الهجوم، العملية) with no side of its own names the attack told
  before it, even where its sentence carries the day ("قتل شخص في الهجوم السبت");
- a takeover and the abduction of people in the place taken are two events (CODING §2: a
  different actor pair, the captives, is a separate event), not one of the higher type;
- the toll of a whole war ("قتل أكثر من 40 ألفا في النزاع الذي اندلع عام 1984") is a tally.
"""

from __future__ import annotations

import re
from datetime import date

from marsad.assemble.candidate import Candidate
from marsad.assemble.markers import ANSWER_TO_AR, RETALIATION_WORDS
from marsad.model import DateValue, Mention

_NIGHT_DAYS = 1  # the longest range (in days after its first) a day inside is the same day in
# Attack words that name an act of any violent type (الهجوم، العملية): they refer back.
_GENERIC = frozenset({"هجوم", "عمليه", "attack"})  # (English: the attack row's lemma)
# A death toll this large sums up a war or a campaign ("نزاع أسفر عن 20 ألف قتيل"), never one
# ambush, strike or raid.
WAR_TOLL = 1000


def generic_attack(c: Candidate) -> bool:
    """The trigger is a generic attack word (هجوم، عملية), naming no kind of violence."""
    return str(c.value.get("lemma") or "") in _GENERIC


def war_sized(m: Mention) -> bool:
    """A killed figure of a war's size (at least ``WAR_TOLL``)."""
    low = m.value.get("min") if isinstance(m.value, dict) else None
    return isinstance(low, int | float) and low >= WAR_TOLL


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def night_holds(a: DateValue, b: DateValue) -> bool:
    """One range of at most two days (a night) holds the other's day(s)."""
    for wide, narrow in ((a, b), (b, a)):
        if wide.start is None or narrow.start is None:
            continue
        w0, w1 = _day(wide.start), _day(wide.end or wide.start)
        n0, n1 = _day(narrow.start), _day(narrow.end or narrow.start)
        if None in (w0, w1, n0, n1):
            continue
        assert w0 and w1 and n0 and n1
        if (w1 - w0).days <= _NIGHT_DAYS and w0 <= n0 and n1 <= w1 and (w0, w1) != (n0, n1):
            return True
    return False


def bare_generic(c: Candidate) -> bool:
    """A generic attack word (هجوم، عملية) naming no side of its own."""
    return (generic_attack(c) and c.actor1 is None
            and c.actor2 is None)


_NEAR_SENTENCES = 3  # how far back a definite attack word reaches for the attack it names


def near_before(host: Candidate, c: Candidate) -> bool:
    """``host`` is told at most ``_NEAR_SENTENCES`` sentences before ``c`` (or in its own)."""
    return 0 <= c.sent - host.sent <= _NEAR_SENTENCES


_ANSWER_REACH = 25  # characters before the attack word where "in answer to" is looked for


# (English answers are read by answers.mark_answers, before the merges)
_ANSWER_TO = re.compile(ANSWER_TO_AR)


def answering(c: Candidate, text: str) -> bool:
    """The attack word is what another act answered (ردا على الهجوم، انتقاما لمقتل): not a
    repeat of it (the words are found first, in C: most attack words have none before them)."""
    start = c.trigger.span.start
    before = text[max(0, start - _ANSWER_REACH) : start]
    return any(w in before for w in RETALIATION_WORDS) and _ANSWER_TO.search(before) is not None


def taken_and_abducted(a: Candidate, b: Candidate) -> bool:
    """One mention is a takeover of territory, the other an abduction (of its people)."""
    return any(x.family == "territory" and x.event_type == "Battles"
               and y.sub_event_type == "Abduction/forced disappearance"
               for x, y in ((a, b), (b, a)))


def war_tally(c: Candidate, text: str) -> bool:
    """A casualty word judged past (the war's first year dated it) whose figures
    of the killed are all war-sized, or which the war it happened in follows ("قتل أكثر من 40
    الف شخص في النزاع"): the toll of a war."""
    if c.killed and c.trigger.text.isascii() and _english_tally(c, text):
        return True
    if c.specificity != "historical" or not c.killed:
        return False  # (a tally judged a trend is kept as one: DESIGN's pattern reporting)
    end = c.trigger.span.end
    if _IN_WAR.search(text, end, end + _WAR_REACH):
        return True
    return all(map(war_sized, c.killed))


def _english_tally(c: Candidate, text: str) -> bool:
    """An English casualty word whose killed figures are all war-sized, counted over a time
    ("since 2011 more than 250,000 people have been killed") or a war ("killed in the
    conflict"), near it: the toll of a war, whatever its tense."""
    if not all(map(war_sized, c.killed)):
        return False
    start, end = c.trigger.span.start, c.trigger.span.end
    lo = max(0, start - _TALLY_REACH_EN)
    lo = max(lo, text.rfind(". ", lo, start) + 2)  # (its own sentence only)
    hi = text.find(". ", end, end + _WAR_REACH)
    return _OVER_TIME_EN.search(text, lo, end + _WAR_REACH if hi < 0 else hi) is not None


_TALLY_REACH_EN = 90  # characters before an English casualty word where "since" is looked for
_OVER_TIME_EN = re.compile(r"(?i)\bsince\b|\b(?:in|during|throughout|of) (?:the|this|its|a)"
                           r"(?: [a-z]+){0,2} (?:war|conflict|uprising|civil war|crisis)\b")


_WAR_REACH = 40  # characters after the casualty word where the war it counts is named
_IN_WAR = re.compile(r"(?<!\w)(?:في|خلال|منذ اندلاع|منذ بدء) (?:ال)?(?:نزاع|حرب|صراع)")
