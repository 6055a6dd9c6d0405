"""Which trigger candidates report an event of their own (``keep``), and what the recognisers
before found (``Found``): the sentence- and clause-level rules of ``triggers``.

A weak cue yields to a strong one of its clause and counts only in conflict context; a toll
yields to a violent cue of its sentence; causes, mishaps and crimes void the cues of their
sentence; a bare recruitment word needs armed parties in its sentence; a document with no
conflict context keeps its polysemous cues only in sentences with a place or a toll.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import attrgetter, itemgetter

from marsad.model import Mention, Span
from marsad.recognise.cues import PieceIndex, Scope
from marsad.recognise.triggers_context import Match, controls_no_ground, lead
from marsad.recognise.triggers_flight import in_relative_clause
from marsad.recognise.triggers_lexicon import (
    ARMED_TYPES,
    POLYSEMOUS_FAMILIES,
    VIOLENT,
    shape,
    weapon,
)
from marsad.text.view import TextView

# Definite generic attack words that refer back to an attack already reported.
GENERIC_ATTACK = frozenset({"هجوم"})
_FIRST_TOKEN = itemgetter(2)  # LexiconMatch.first_token
_FAMILY = attrgetter("value.family")
_REQUIRES = attrgetter("value.requires")
_KIND = attrgetter("kind")
_START = attrgetter("start")
_SPAN_START = attrgetter("span.start")
_CONTEXT_KINDS = frozenset({"casualty", "actor"})  # found mentions that are conflict context


class Found:
    """What the recognisers before found: places (resolved ones are place names), actors and
    casualty figures (conflict context; figures also anchor a sentence). Picked out in C, read
    further only when asked (``scope`` is set once built)."""

    __slots__ = ("armed", "context", "places", "scope", "view")

    def __init__(self, found: Sequence[Mention], view: TextView) -> None:
        self.view = view
        self.scope: Scope | None = None
        kinds = list(map(_KIND, found))
        self.places = list(compress(found, map("place".__eq__, kinds)))
        self.context = list(compress(found, map(_CONTEXT_KINDS.__contains__, kinds)))
        # Actors of an armed type, in text order: several rules ask for them.
        self.armed = [m for m in self.context if m.kind == "actor" and is_armed(m)]

    def resolved_places(self) -> list[Span]:
        return [m.span for m in self.places if isinstance(m.value, dict)
                and m.value.get("name") is not None]

    def armed_actor(self) -> bool:
        return bool(self.armed)

    def sentences(self, starts: Iterable[int]) -> set[int]:
        """The sentences of these original offsets (through the token at or before each)."""
        assert self.scope is not None
        orig_starts = self.view.token_original_starts
        return self.scope.sentence_of.of_all(
            [k - 1 if k else 0 for k in map(bisect_right, repeat(orig_starts), starts)])

    def context_sentences(self) -> set[int]:
        """Sentences with an actor or a casualty figure."""
        return self.sentences(map(_SPAN_START, self.context))

    def anchored(self) -> set[int]:
        """Sentences with a casualty figure or a resolved place."""
        figures = [m.span.start for m in self.context if m.kind == "casualty"]
        return self.sentences(figures + list(map(_START, self.resolved_places())))



def keep(
    candidates: list[Match], promoted: set[int], by_role: dict[str, list[Match]], facts: Found,
    scope: Scope,
) -> tuple[list[Match], set[int]]:
    """The candidates that report an event of their own, and the clauses whose weak generic
    attack word names the attack of a strong cue (it refers back)."""
    sentence_of, clause_of = scope.sentence_of, scope.clause_of
    if any(map(_REQUIRES, candidates)):
        candidates = _required(candidates, by_role, sentence_of)
    qualified = sentence_of.of_all(map(_FIRST_TOKEN, by_role["qualifier"]))
    conflict_doc = bool(by_role["context"]) or facts.armed_actor() or any(
        weapon(m.value, sentence_of[m.first_token] in qualified) for m in candidates
    )
    # (only a document without conflict context asks for these)
    anchored = set() if conflict_doc else facts.anchored()
    cause_sents = sentence_of.of_all(map(_FIRST_TOKEN, by_role["cause"]))
    mishap_sents = sentence_of.of_all(map(_FIRST_TOKEN, by_role["mishap"]))
    crime_sents = sentence_of.of_all(map(_FIRST_TOKEN, by_role["crime"]))
    accident = bool(mishap_sents) and accidental_blast(candidates, mishap_sents, sentence_of)
    strong_clauses: set[int] = set()
    violent_clauses: set[int] = set()
    strong_sents: set[int] = set()
    texts = facts.view.tokens.texts
    fight_sents: set[int] = set()  # sentences with a strong violent cue
    for m in candidates:
        cue = m.value
        if (cue.strength == "strong" or (promoted and id(m) in promoted)) and not (
                m.key.isascii() and in_relative_clause(m, texts, scope)):
            # (an English act in a relative clause describes a party of its clause's own act:
            # "soldiers executed 3 men who had joined a protest")
            clause = clause_of[m.first_token]
            if cue.event_type in VIOLENT:
                violent_clauses.add(clause)
                strong_clauses.add(clause)
                fight_sents.add(sentence_of[m.first_token])
            elif cue.family != "agree":
                strong_clauses.add(clause)
            strong_sents.add(sentence_of[m.first_token])
    ordered = candidates
    if "toll" in map(_FAMILY, candidates):
        # casualty words last: they never take a clause from the incident they report
        ordered = ([m for m in candidates if m.value.family != "toll"]
                   + [m for m in candidates if m.value.family == "toll"])
    context_sents: set[int] | None = None  # sentences with conflict context, when first asked
    lumped_sents: set[int] = set()
    armed_sents: set[int] | None = None  # sentences naming armed parties, when first asked
    party_sents: set[int] | None = None  # the same less casualty words, when first asked
    weak_clauses: set[int] = set()
    violent_sents: set[int] = set()
    referring: set[int] = set()
    kept: list[Match] = []
    for m in ordered:
        cue = m.value
        family = cue.family
        sent = sentence_of[m.first_token]
        if (family == "toll" or family == "flight" or (family == "change" and m.key.isascii())) and (
                sent in cause_sents):
            continue  # (English: troops mobilised to help flood victims make no war move)
        if family == "toll" and cause_sents and not fight_sents and not conflict_doc:
            # (a document naming a disaster, no violent act and no conflict context: "the dead"
            # of another sentence are the disaster's too, unless their sentence names an armed
            # party or another act)
            if party_sents is None:
                party_sents = _armed_sentences(candidates, by_role, facts, tolls=False)
            if sent not in party_sents:
                continue
        if (family == "arrest" or family == "flight") and sent in crime_sents:
            continue  # (police arrested ten persons and recovered counterfeit notes)
        if family == "flight" and m.key.isascii() and _attempted(m, texts):
            continue  # (detained as they tried to flee: no flight took place)
        if family == "ied" and cue.strength == "weak" and (
                sent in mishap_sents or (accident and m.key in BLAST_EN)):
            # (a blast next to a boiler or a fire is an accident, no bomb; so is the same blast
            # told again in another sentence of an English report; and its toll is no killing)
            cause_sents.add(sent)
            continue
        if family == "toll" and sent in violent_sents:
            continue
        if cue.mode == "withdraw" and (sent in fight_sents or sent in violent_sents):
            continue  # (the attackers withdrew unharmed after the ambush: the fight's end)
        if family == "recruit" and m.first_token == m.last_token:
            if armed_sents is None:
                armed_sents = _armed_sentences(candidates, by_role, facts)
            if sent not in armed_sents:
                continue  # (تجند الأطباء، تجنيد الإمكانيات: civil mobilisation; not التجنيد الإجباري)
        if family == "territory" and controls_no_ground(m, texts, scope):
            continue  # (سيطرة الشرطة على الوضع: the situation, not ground)
        if not conflict_doc and sent not in anchored and not (promoted and id(m) in promoted) and (
                family in POLYSEMOUS_FAMILIES or (cue.decide == "platform" and sent not in qualified)):
            continue  # (promoted: its own words name what it acts on, "shops were looted")
        if cue.strength == "weak" and not (promoted and id(m) in promoted):
            # A killing is not a detail of a non-violent act of its clause (قتل فلسطيني
            # واعتقال آخر): only a violent strong cue takes its place.
            clause = clause_of[m.first_token]
            outranked = violent_clauses if family == "toll" else strong_clauses
            if clause in outranked:
                if cue.lemma in GENERIC_ATTACK and refers_back(m, facts.view):
                    referring.add(clause)  # "الهجوم نفذه انتحاريان": the cue names that attack
                continue
            if clause in weak_clauses:
                continue
            if context_sents is None:
                context_sents = (facts.context_sentences() | strong_sents
                                 | sentence_of.of_all(map(_FIRST_TOKEN, by_role["context"])))
                lumped_sents = sentence_of.of_all(map(_FIRST_TOKEN, by_role["lumped"]))
            if sent not in context_sents and (family == "toll" or sent not in lumped_sents):
                continue  # (a lumped toll, قتلى وجرحى, is context for the act, not a toll of its own)
            weak_clauses.add(clause)
        if family != "toll" and cue.event_type in VIOLENT:
            violent_sents.add(sent)
        kept.append(m)
    return kept, referring


def _armed_sentences(candidates: list[Match], by_role: dict[str, list[Match]], facts: Found,
                     tolls: bool = True) -> set[int]:
    """Sentences naming armed parties or violence: a conflict-context word, an armed actor or a
    violent cue (with ``tolls`` false, not a casualty word: where "the dead" may be a
    conflict's). Recruitment is of fighters by armed actors (CODING §1), so a bare recruitment
    word needs one of them in its sentence (its military phrases, conscription or children
    recruited, do not)."""
    assert facts.scope is not None
    sentence_of = facts.scope.sentence_of
    armed = facts.sentences(m.span.start for m in facts.armed)
    armed |= sentence_of.of_all(map(_FIRST_TOKEN, by_role["context"]))
    armed |= sentence_of.of_all(m.first_token for m in candidates if m.value.event_type in VIOLENT
                                and (tolls or m.value.family != "toll"))
    return armed


_TRIED = frozenset({"tried", "trying", "attempted", "attempting", "try", "attempt"})


def _attempted(m: Match, texts: Sequence[str]) -> bool:
    """An English verb after "tried to" (an attempt: "detained as they tried to flee")."""
    i = m.first_token
    return i >= 2 and texts[i - 1] == "to" and texts[i - 2] in _TRIED


# English bare blast words: one of them next to a mishap makes the others of the report that
# blast too (an explosion ripped through a plant; the explosion occurred at its boiler room).
BLAST_EN = frozenset({"explosion", "explosions", "blast", "blasts", "exploded"})
_DEVICE_FAMILIES = frozenset({"ied", "suicide", "grenade"})


def accidental_blast(candidates: list[Match], mishap_sents: set[int], sentence_of: PieceIndex
                     ) -> bool:
    """An English report of an accident: a bare blast word in a sentence with a mishap, and no
    device (bomb, IED, suicide bomber, grenade) named anywhere in it."""
    return any(m.key in BLAST_EN and sentence_of[m.first_token] in mishap_sents
               for m in candidates) and not any(
        m.value.strength == "strong" and m.value.family in _DEVICE_FAMILIES for m in candidates)


def _required(candidates: list[Match], by_role: dict[str, list[Match]], sentence_of: PieceIndex
              ) -> list[Match]:
    """The candidates less those whose sentence lacks what their row requires: a cue of one
    of the families named, or a role row of that name (a crowd turning out needs a motive).
    A cue that itself requires something names nothing: tear gas fired is a protest's
    dispersal only where a protest or a crowd is named, not by its own words."""
    present: dict[int, set[str]] = {}
    for c in candidates:
        if not c.value.requires:
            present.setdefault(sentence_of[c.first_token], set()).add(c.value.family)
    roles = {r for c in candidates for r in c.value.requires if r in by_role}
    for role in roles:
        for m in by_role[role]:
            present.setdefault(sentence_of[m.first_token], set()).add(role)
    return [c for c in candidates if not c.value.requires
            or not present.get(sentence_of[c.first_token], set()).isdisjoint(c.value.requires)]


# Fire words whose article belongs to the idiom (أطلقت الشرطة النار على، فتحوا النار، إطلاق
# الرصاص على): they name a new act, never one told before.
_IDIOM_ARTICLE = ("النار", "الرصاص")


def refers_back(m: Match, view: TextView) -> bool:
    """A definite or demonstrative cue word (الهجوم، هذا الهجوم), not an idiom's fire word."""
    if view.text.startswith(_IDIOM_ARTICLE, m.start):
        return False
    return shape(m.value, view.text[m.start : m.end], m.proclitic)[1] or lead(view.tokens.texts, m)[1]



def is_armed(m: Mention) -> bool:
    """An actor of an armed type (state forces, rebels, militias…)."""
    return isinstance(m.value, dict) and m.value.get("type") in ARMED_TYPES
