"""A country adjective right after an act's word names the state whose forces did it (غارة
إسرائيلية، قصف مدفعي تركي، ضربات جوية أمريكية): those forces are its agent, with the adjective as
the evidence, resolved through the actor table for the document's day (actors are time-aware)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.model import Actor, Mention, Span
from marsad.recognise.actors import ActorRecogniser, Alias, choose_reading, publication_day
from marsad.recognise.triggers_lexicon import PASSIVE_PRONE_FAMILIES, STATE_TYPES
from marsad.text.normalise import normalise_phrase

# Acts whose word holds what they hit (إسقاط مروحية تركية، استهداف دورية روسية): the adjective
# after it is that object's.
_OBJECT_LEMMAS = frozenset({"إسقاط", "اعتراض", "استهداف"})


@lru_cache(maxsize=1)
def _nisbas() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The pattern of a country adjective after an act's word (maybe past one adjective of the
    act's kind: جوية، مدفعي; or on the craft or forces named as doing it: نفذتها طائرات
    أمريكية), and the forces' alias phrases (normalised) of each adjective. A
    plural (السوريين) names people, not forces."""
    text = resources.files("marsad.assemble").joinpath("act_nisbas.txt").read_text(encoding="utf-8")
    stems = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    pattern = re.compile(
        r"(?:\s+(?:نفذ|شن|أطلق|اطلق)(?:ت|وا)?(?:ها|ه|هما)\s+(?P<c>(?:ال)?)(?:طائرات|طائرة|مقاتلات|مقاتلة"
        r"|مروحيات|مروحية|قوات|طيران|سفن|بوارج|زوارق|مدفعية)(?:\s+(?:ال)?(?:حربية|مسيرة))?)?"
        r"\s+(?P<a>(?:ال)?(?:جوي|صاروخي|مدفعي|بحري|بري|عسكري)(?:ة|ه|ا)?\s+)?"
        r"(?P<n>(?:ال)?(?P<s>" + "|".join(stems) + r")(?P<e>ة|ه|ا)?)(?=[\s.,،؛:\"»)]|$)")
    phrases = {s: (normalise_phrase(f"القوات ال{s}ة"), normalise_phrase(f"الجيش ال{s}"))
               for s in stems}
    return pattern, phrases


@lru_cache(maxsize=1)
def _recogniser() -> ActorRecogniser:
    return ActorRecogniser()


def nisba_agent(c: Candidate, idx: DocIndex, actors: Located) -> Actor | None:
    """The forces a country adjective right after the act's word names, or None. A state force
    of that country the document names (الحرس الثوري الإيراني، not the police; the nearest, its
    sentence's first) is taken for them: the adjective names the same forces more loosely."""
    t = c.trigger
    # (not after a word of death, capture or abuse: there the adjective names the victim, مقتل
    # جندي إسرائيلي، اعتقال أمريكي)
    if c.family in PASSIVE_PRONE_FAMILIES or not (c.violent or c.family == "territory"):
        return None
    if c.value.get("lemma") in _OBJECT_LEMMAS and " " in t.text:
        return None
    text = idx.view.original
    end = t.span.end
    if "ي" not in text[end : end + 60]:
        return None  # (cheap: no adjective ending near)
    pattern, phrases = _nisbas()
    found = pattern.match(text, end)
    if found is None:
        return None
    if found.group("e") == "ا" and not (found.group("a") or t.text).rstrip().endswith("ا"):
        return None  # (تركيا، سوريا، ليبيا: the country, unless an accusative: قصفا مدفعيا تركيا)
    if found.group("n").startswith("ال") != _definite(t, found.group("c"), idx):
        return None  # (an adjective agrees with its noun: قصف السعودية is the bombing of a country)
    rec = _recogniser()
    surfaces = _surfaces()
    for phrase in phrases[found.group("s")]:
        readings = surfaces.get(phrase)
        reading = choose_reading(readings, None) if readings else None
        value = rec.resolve(reading, publication_day(idx.view), None) if reading else None
        if value is None:
            continue
        named = _named_force(c, actors, value.get("country"))
        if named is not None:
            return named
        start, stop = found.span("n")
        return Actor(str(value["id"]), str(value["name"]), int(str(value["type"])),
                     text[start:stop], Span(start, stop))
    return None


def _definite(t: Mention, craft: str | None, idx: DocIndex) -> bool:
    """Whether the noun the adjective would agree with is definite: the craft named as doing the
    act (``craft``: its article, when named), else the act's word (its article may be a clitic
    left outside the trigger's span: الغارات الجوية)."""
    if craft is not None:
        return craft == "ال"
    first = t.text.split()[0]
    lead = idx.lead_in(t.span.start)
    return (first.startswith("ال") or lead.endswith(("ال", "لل"))
            or (len(first) > 4 and first.endswith(("ها", "هم", "ه"))))




def _named_force(c: Candidate, actors: Located, country: object) -> Actor | None:
    """The state force of ``country`` (not its police) the document names nearest the act, its
    sentence's first, if any."""
    best: tuple[bool, int] | None = None
    chosen = -1
    at = c.trigger.span.start
    for i, m in enumerate(actors.items):
        v = m.value
        if (isinstance(v, dict) and v.get("country") == country and v.get("type") in STATE_TYPES
                and not str(v.get("id")).startswith("police")):
            key = (actors.sents[i] != c.sent, abs(m.span.start - at))
            if best is None or key < best:
                best, chosen = key, i
    if chosen < 0:
        return None
    m = actors.items[chosen]
    v = m.value
    assert isinstance(v, dict)  # (roles.actor_of, which imports this module)
    return Actor(str(v["id"]), str(v.get("name") or v["id"]), int(str(v["type"])), m.text, m.span)


@lru_cache(maxsize=1)
def _surfaces() -> dict[str, tuple[Alias, ...]]:
    """The actor lexicon's readings by (normalised) alias."""
    return {s: entries[0].value for s, entries in _recogniser().table.lexicon.surfaces()}
