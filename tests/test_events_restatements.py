"""A gathering or a toll told again is no second event: crowd mentions with no evidence of their
own join the gathering the report told, and the toll of violence named in general joins the
incident told after it. Our own sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_events = events_reader(published="2018-05-15")


def _crowd(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type in ("Protests", "Riots")]


def test_a_gathering_restated_in_a_quote_joins_it() -> None:
    text = ("تظاهر مئات الطلاب أمام الجامعة في مدينة الخرطوم اليوم الأحد.\n"
            "وقال الناطق باسم الشرطة: حاولنا استخدام خراطيم المياه لتفريق الحشود.")
    crowd = _crowd(_events(text))
    assert len(crowd) == 1
    assert crowd[0].specificity == "specific"
    assert crowd[0].sub_event_type == "Protest with intervention"  # what was done to it


def test_a_protest_with_a_place_of_its_own_stays_apart() -> None:
    text = ("تظاهر مئات الطلاب أمام الجامعة في مدينة الخرطوم اليوم الأحد. "
            "وشهدت مدينة ود مدني مظاهرات مماثلة.")
    crowd = _crowd(_events(text))
    assert len(crowd) == 2


def test_a_planned_protest_takes_no_restatement() -> None:
    text = ("من المقرر أن تنظم النقابات مظاهرة يوم الجمعة المقبل في مدينة صفاقس. "
            "وقد شهدت المظاهرات مشاركة واسعة.")
    crowd = _crowd(_events(text))
    assert len(crowd) == 2


def test_the_toll_of_violence_named_in_general_joins_the_incident_told_after() -> None:
    text = ("أدى العنف إلى مقتل 12 مدنيا يوم الأربعاء.\n"
            "وفجر انتحاري نفسه أمام مركز للشرطة في مدينة دوما مساء الأربعاء.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
    assert events[0].fatalities is not None and events[0].fatalities.best == 12


def test_a_toll_first_without_a_named_cause_stays_its_own() -> None:
    text = ("أفاد المرصد بمقتل 12 مدنيا يوم الأربعاء.\n"
            "وفجر انتحاري نفسه أمام مركز للشرطة في مدينة دوما مساء الأربعاء.")
    assert len(_events(text)) == 2
