"""A night named alone ("هجوم مباغت الليلة") is the night ending on the publication day: the day
before it and that day; "الليلة" of a relative clause, with a preposition or as "that night" of
an account (في تلك الليلة) is no date."""

from __future__ import annotations

import pytest

from marsad.model import Document, Mention
from marsad.recognise.dates import DateRecogniser
from marsad.text.view import view

PUBLISHED = "2018-03-29T10:00:00+00:00"  # a Thursday


def _dates(text: str) -> list[Mention]:
    doc = Document(id="t", text=text, language="ar", name="t", published=PUBLISHED)
    return DateRecogniser()(view(doc), [])


@pytest.mark.parametrize(
    "text",
    [
        "قتل جنديان في هجوم مباغت الليلة على حاجز للجيش جنوب المدينة.",
        "وشنت الطائرات غارات الليلة على مواقع المسلحين في الريف الغربي.",
    ],
)
def test_a_bare_night_spans_the_day_before_and_the_day(text: str) -> None:
    [d] = _dates(text)
    assert isinstance(d.value, dict)
    assert (d.text, d.value["start"], d.value["end"], d.value["time_precision"]) == (
        "الليلة", "2018-03-28", "2018-03-29", 1)


def test_last_night_stays_the_day_before() -> None:
    [d] = _dates("وقتل شخصان في قصف استهدف الحي الليلة الماضية.")
    assert isinstance(d.value, dict)
    assert (d.value["start"], d.value["end"]) == ("2018-03-28", "2018-03-28")


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن المسلحين تسللوا في الليلة التي سبقت الهجوم.",
        "ولم تهدأ الاشتباكات منذ الليلة الأولى للمعركة.",
        "وفي تلك الليلة، قصفت الطائرات مواقع المسلحين.",
    ],
)
def test_a_night_of_a_clause_or_after_a_preposition_is_no_date(text: str) -> None:
    assert [d.text for d in _dates(text) if isinstance(d.value, dict) and d.value.get("start")] == []
