"""A trigger on its way to becoming an event: mutable while the assembler fills it in."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from marsad.model import Actor, DateValue, Framing, Mention, Place, Specificity

# An empty Counter made in C: a Counter holds nothing but its dict, and its Python __init__
# (~400 ns) is the dearest part of a new candidate.
_no_votes = partial(dict.__new__, Counter)
# The date of a candidate with none yet (a frozen value: one is shared by all).
NO_DATE = DateValue(None, None, None)
# Location ranks say how a candidate's place was found (lower wins): in its clause (0), its
# sentence (1), an earlier sentence of its paragraph, the document's dominant place, a country
# only, none.
SENTENCE_PLACE_RANK = 1
PARAGRAPH_PLACE_RANK = 2
HOME_PLACE_RANK = 3  # the document's dominant place, lent to a candidate with none of its own
COUNTRY_PLACE_RANK = 4
NO_PLACE_RANK = 9
# The note of an act its own clause dates to an earlier year ("عام 2015"): dated, though to no
# day (set by judge_specificity, read through ``Candidate.year_before`` by home_scope).
YEAR_BEFORE_NOTE = "historical: a year before the report"


@dataclass(slots=True)
class Candidate:
    """One trigger mention with the arguments found for it so far."""

    trigger: Mention
    sent: int
    clause: int
    para: int
    headline: bool
    event_type: str
    sub_event_type: str | None
    plover: str | None
    family: str
    form: str
    strength: str
    specificity: Specificity = "specific"
    # How the specificity was judged: cue, anchor (date/toll/place), form (a past verb), default
    # (no evidence either way: pattern by default, and the first to give way when merging).
    spec_rule: str = "default"
    votes: Counter[str] = field(default_factory=_no_votes)
    actor1: Actor | None = None
    actor2: Actor | None = None
    # Its place and how it was found (merging reads it as where the act is, even when offered).
    location: Place | None = None
    location_rank: int = NO_PLACE_RANK
    # The place is only offered: it comes from outside its clause (its sentence's, an earlier
    # sentence's, the home place, a country another clause names); ``assign_location`` offers
    # it and ``home_scope.lend`` lends it if the act may borrow it, else drops it.
    offered: bool = False
    date: DateValue = NO_DATE
    # The date is the day a source spoke ("قال الجيش الأحد إن…"), not one tied to the act: kept
    # only while nothing better is known, and it never keeps two mentions apart.
    date_weak: bool = False
    # The act a charge or suspicion names (بتهمة قتل، يشتبه بتورطه في تفجير): no day of the
    # charge, and no arrest made for it, belongs to it (see ``arguments.charged``).
    charged: bool = False
    # An English act told as the answer to an earlier one ("retaliated with"): never merged
    # into the act it answers (``answers.mark_answers``).
    answers: bool = False
    # Its clause places it only in a whole country (المعارك الدائرة في اليمن).
    country_scope: bool = False
    killed: list[Mention] = field(default_factory=list)
    wounded: list[Mention] = field(default_factory=list)
    # A "no one was hurt" phrase of its sentence (دون وقوع إصابات): fatalities 0 unless a figure says more.
    unharmed: Mention | None = None
    quantities: list[Mention] = field(default_factory=list)
    attribution: str | None = None
    framing: list[Framing] = field(default_factory=list)
    cues: list[Mention] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    members: int = 1
    confidence: float = 0.5

    def unplace(self, why: str) -> None:
        """Drop the place found for this candidate, saying why in its notes."""
        self.location, self.location_rank, self.offered = None, NO_PLACE_RANK, False
        self.notes.append(why)

    @property
    def year_before(self) -> bool:
        """Its own clause dates it to a year before the report's (its note says so; merging
        keeps the notes of all its members)."""
        return YEAR_BEFORE_NOTE in self.notes

    @property
    def value(self) -> dict[str, object]:
        v = self.trigger.value
        return v if isinstance(v, dict) else {}

    @property
    def violent(self) -> bool:
        return self.event_type in (
            "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
        ) or self.sub_event_type in ("Excessive force against protesters",)
