""""Not … until <time>" (لم تتبنها أي جهة حتى مساء الثلاثاء) says as of when nothing was known
or claimed: the time bounds no period, so the act it follows is no pattern over one; an act
that goes on until a time (استمر القصف حتى مساء الثلاثاء) still is."""

from __future__ import annotations

from reading import events_reader

_events = events_reader("2017-05-29")


def test_unclaimed_until_evening_is_one_incident_that_day() -> None:
    found = _events("والتفجيرات التي استهدفت صباحا مقر الشرطة في مدينة العريش لم تتبنها أي جهة حتى "
                    "مساء الثلاثاء.")
    assert [(e.specificity, e.date.start) for e in found] == [("specific", "2017-05-23")]


def test_shelling_that_went_on_until_evening_is_a_period() -> None:
    found = _events("استمر القصف المدفعي على مدينة العريش حتى مساء الثلاثاء.")
    assert found and all(e.specificity != "specific" and e.date.start is None for e in found)
