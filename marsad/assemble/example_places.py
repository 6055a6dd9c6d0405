"""A place named only as an example of many is no event's scene (CODING §2: no first-level place).

"حاولوا اقتحام المباني الحكومية في العديد من المحافظات ومنها البصرة"، "شنت مئات الضربات في مدن
أساسية مثل تكريت"، "تجدد الاشتباكات في الجنوب، خاصة في مدن سبها": the act is told over many
governorates or cities, and the place after "منها / مثل / لا سيما / خاصة" is one example of them,
so the event keeps no place rather than that one. Checked after merging, so an unplaced event is
never folded into a placed neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.assemble.arguments import place_of
from marsad.assemble.candidate import Candidate
from marsad.model import Mention, Place

_REACH = 70  # characters before the place searched for the plural noun and the marker
# A plural noun of places, up to three words qualifying it (no preposition: "مناطق في ريف إدلب
# منها…" places its examples inside one governorate), then an example marker right before the
# place ("ومنها [مدينة] البصرة"، "مثل تكريت"، "ولا سيما في حلب"، "وخاصة [في] ولاية كذا").
_MARKER = (r"(?:و?من\s+بينها|و?بينها|و?منها|و?مثل|و?(?:لا|ولا)\s+سيما|و?خاصة|و?خصوصا|و?خصوصاً"
           r"|و?بخاصة)")
_EXAMPLE = re.compile(
    r"(?:^|[\sو]|ال)(?P<noun>مدن|محافظات|مناطق|ولايات|بلدات|قرى|مدنا)"
    r"(?:\s+(?!(?:في|فى|من|على|الى|إلى)\s)(?!ب)[^\s،,.؛:()]{2,12}){0,3}[\s،,]*"
    rf"{_MARKER}\s*(?:(?:في|فى)\s+|ب)?(?:(?:مدينة|محافظة|ولاية|منطقة|بلدة|مدينتي|محافظتي)\s+)?$"
    # The marker first: "[تجدد الاشتباكات في جنوب البلاد] خاصة في مدن سبها والكفرة وأوباري".
    rf"|(?:^|\s){_MARKER}\s*(?:(?:في|فى)\s+|ب)?(?P<noun2>مدن|محافظات|مناطق|ولايات|بلدات)\s+$"
)
# What every match of _EXAMPLE holds: its plural noun (مدنا holds مدن).
_NOUNS = ("مدن", "محافظات", "مناطق", "ولايات", "بلدات", "قرى")
_MAY = ("منها", "مثل", "سيما", "خاص", "خصوص", "بينها")


def may_hold(text: str) -> bool:
    """A cheap pre-check: the document has an example marker at all."""
    return any(w in text for w in _MAY)


# Plural nouns of first-level units: their examples always stand for several governorates.
_REGIONS = frozenset({"محافظات", "ولايات"})
_LIST_REACH = 80  # characters after the example searched for the rest of the examples


def examples_listed(text: str, group: Sequence[Mention]) -> bool:
    """A list of places is the examples of a wider summary (its first place follows a plural
    noun of places and an example marker: "في مدن رئيسية مثل الرقة ودير الزور"، "لا سيما في مدن
    إدلب وحماة"): an act told over it is one summary, not one event per example (devset
    conventions: a multi-region summary is one event)."""
    return bool(group) and may_hold(text) and example_of_many(text, place_of(group[0])) is not None


def example_of_many(text: str, place: Place) -> str | None:
    """The plural noun when the place follows one and an example marker ("ومنها البصرة")."""
    start = place.span.start
    before = text[max(0, start - _REACH) : start]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    if not any(noun in before for noun in _NOUNS):
        return None  # (every match holds a plural noun of places: found in C, no regex search)
    m = _EXAMPLE.search(before)
    return (m.group("noun") or m.group("noun2")) if m else None


def _several_regions(p: Place, places: Sequence[Mention], text: str) -> bool:
    """The example and the places listed right after it in its sentence lie in two or more
    admin1s."""
    end = p.span.end + _LIST_REACH
    stop = text.find(".", p.span.end, end)
    end = stop if stop >= 0 else end
    rest = [m for m in places if p.span.end <= m.span.start < end]
    return len({p.admin1, *(place_of(m).admin1 for m in rest)} - {None}) > 1


def unplace_examples(merged: Sequence[Candidate], places: Sequence[Mention], text: str) -> None:
    """Drop the place of each event whose place is only an example of many places in several
    governorates ("مناطق من بينها دوما وحرستا", both in one governorate, keeps its admin1).

    Only the example right after the marker: an act still split over the places listed after
    it (one judged a pattern only by default: ``examples_listed``) keeps those places.
    """
    if not may_hold(text):
        return
    for c in merged:
        p = c.location
        if p is None:
            continue
        noun = example_of_many(text, p)
        if noun and (noun in _REGIONS or _several_regions(p, places, text)):
            c.unplace("place is one example of many: no one place")
