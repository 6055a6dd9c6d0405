"""Armed groups (جماعات) named as who fled are no displaced population: their flight is a
retreat. Own sentences in the style of reports."""

from __future__ import annotations

from reading import events_reader

read = events_reader(published="2015-08-07")
DISPLACEMENT = "marsad:Displacement/Migration"


def _types(text: str) -> list[str]:
    return [e.event_type for e in read(text)]


def test_groups_that_fled_in_a_relative_clause_are_no_displacement() -> None:
    assert DISPLACEMENT not in _types(
        "وتقدمت المقاومة في تعز وسط تقهقر للجماعات الحوثية التي فر الكثير منها إلى خارج المدينة.")


def test_families_fleeing_are_still_displacement() -> None:
    assert DISPLACEMENT in _types(
        "فرت مئات العائلات من قرى ريف إدلب إلى المدن الحدودية أمس هربا من القصف.")
