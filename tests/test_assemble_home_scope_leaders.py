"""The home place's lead in a round-up, worked out once per document (``home_scope._leaders``),
says what a count of the scenes named before each point says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.assemble.home_scope import _leaders, _leads
from marsad.model import Mention, Span

PLACES = [({"level": "city", "admin1": "Idlib", "name": "Saraqib"}),
          ({"level": "city", "admin1": "Aleppo", "name": "Aleppo"}),
          ({"level": "city", "admin1": None, "name": "Daraa"}),
          ({"level": "country", "admin1": None, "name": "Syria"}),
          ({"level": "city", "admin1": "Idlib", "name": "Idlib", "government": True})]


def _counted(key: str, items: list[Mention], end: int) -> bool:
    counts: dict[str, int] = {}
    for m in items:
        v = m.value
        if m.span.start < end and v.get("level") != "country" and not v.get("government"):
            k = v.get("admin1") or v.get("name")
            counts[k] = counts.get(k, 0) + 1
    own = counts.get(key, 0)
    return all(n < own for k, n in counts.items() if k != key)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(range(len(PLACES))), max_size=12), st.integers(0, 130))
def test_leaders_say_what_a_count_says(picks: list[int], end: int) -> None:
    items = [Mention("place", Span(10 * i, 10 * i + 5), "x" * 5, dict(PLACES[p]), "t")
             for i, p in enumerate(picks)]
    leaders = _leaders(items)
    for key in ("Idlib", "Aleppo", "Daraa", "Syria"):
        assert _leads(key, leaders, end) == _counted(key, items, end)


def test_a_tie_leads_for_none_until_one_is_named_again() -> None:
    items = [Mention("place", Span(10 * i, 10 * i + 5), "x" * 5, dict(PLACES[p]), "t")
             for i, p in enumerate([0, 1, 0])]
    leaders = _leaders(items)
    assert _leads("Idlib", leaders, 0) and _leads("Aleppo", leaders, 0)  # nothing named yet
    assert _leads("Idlib", leaders, 5) and not _leads("Aleppo", leaders, 5)
    assert not _leads("Idlib", leaders, 15) and not _leads("Aleppo", leaders, 15)
    assert _leads("Idlib", leaders, 25)
