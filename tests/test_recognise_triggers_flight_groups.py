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


def test_one_of_the_suspects_or_prisoners_fleeing_is_an_escape_not_displacement() -> None:
    # "one of them" points back at the party named before it; suspects and prisoners are parties
    # who escape, not people displaced.
    for text in ("وطوقت الشرطة المنزل واعتقلت سبعة مشتبه بهم بينما لاذ أحدهم بالفرار عبر الحقول.",
                 "وقالت الشرطة إن ثلاثة سجناء فروا من السجن المركزي في المدينة فجر اليوم."):
        subs = {e.event_type for e in events_reader(published="2015-07-25")(text)}
        assert "marsad:Displacement/Migration" not in subs, text
