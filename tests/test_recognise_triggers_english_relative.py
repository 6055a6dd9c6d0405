"""An English act in a relative clause describes a party of its sentence's main act: it does not
outrank that act, and a flight told there ("civilians who tried to flee") is no displacement
event. Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()


def _subs(text: str) -> list[str | None]:
    doc = Document("t", text, "en", "t", published="2021-03-10")
    return [e.sub_event_type or e.event_type for e in READER.read(doc).events]


def test_victims_who_tried_to_flee_are_an_execution_not_a_flight() -> None:
    subs = _subs("Jihadists executed 11 villagers who had tried to flee the town of Hajin on "
                 "Sunday, a monitor said.")
    assert subs == ["Attack"]


def test_a_flight_in_the_main_clause_is_still_displacement() -> None:
    subs = _subs("Thousands of villagers fled the town of Hajin on Sunday as the fighting spread.")
    assert "marsad:Displacement/Migration" in subs


def test_a_protest_in_a_relative_clause_does_not_hide_the_killing() -> None:
    subs = _subs("Soldiers executed three men who had joined a protest in the town of Hajin on "
                 "Sunday.")
    assert subs and "Peaceful protest" not in subs
