"""assemble.repeats: a night holds its two days, a definite bare attack word with its day
names the attack told just before, a takeover and an abduction are two events, a war's toll
is a tally. Our own report-style sentences, full pipeline, and the helpers alone."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.repeats import night_holds
from marsad.model import DateValue

_events = events_reader(published="2018-04-29")


def _range(start: str, end: str | None = None) -> DateValue:
    return DateValue(start, end, 1)


def test_a_night_holds_each_of_its_two_days() -> None:
    assert night_holds(_range("2018-04-26", "2018-04-27"), _range("2018-04-27"))
    assert night_holds(_range("2018-04-26"), _range("2018-04-26", "2018-04-27"))


def test_a_day_outside_the_night_or_a_long_span_is_not_held() -> None:
    assert not night_holds(_range("2018-04-26", "2018-04-27"), _range("2018-04-28"))
    assert not night_holds(_range("2018-04-01", "2018-04-30"), _range("2018-04-12"))
    assert not night_holds(_range("2018-04-26"), _range("2018-04-26"))


def test_a_person_killed_in_the_attack_with_the_day_joins_the_shelling() -> None:
    text = ("أطلق الحوثيون السبت صواريخ على مدينة نجران، وأعلن مسؤول محلي السبت "
            "مقتل شخص في الهجوم.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_the_attack_an_air_raid_answered_stays_apart_from_the_raid() -> None:
    text = ("قتل عشرة أشخاص السبت في تفجير سيارة مفخخة في مدينة الرمادي.\n"
            "وشنت طائرات حربية غارات جوية على مواقع المسلحين في الرمادي السبت ردا على الهجوم.")
    kinds = sorted(e.sub_event_type or "" for e in _events(text))
    assert kinds == ["Air/drone strike", "Remote explosive/landmine/IED"]


def test_people_abducted_after_a_town_was_taken_are_an_abduction_of_their_own() -> None:
    text = "قال المرصد الجمعة إن مسلحي التنظيم خطفوا عشرات المدنيين بعد أن سيطروا على بلدة القريتين."
    kinds = sorted(e.sub_event_type or "" for e in _events(text))
    assert kinds == ["Abduction/forced disappearance", "Non-state actor overtakes territory"]


def test_the_toll_of_a_whole_war_is_no_event() -> None:
    text = ("هاجم مسلحون السبت نقطة للجيش في ولاية سيرت وقتلوا ستة جنود.\n"
            "وقتل أكثر من 40 الف شخص في النزاع الذي اندلع عام 1984.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 6


def test_a_city_said_to_be_under_their_control_is_no_takeover() -> None:
    text = "قتل قيادي في الجماعة الأحد في مدينة ذمار الخاضعة لسيطرتهم برصاص مجهولين."
    kinds = [e.sub_event_type for e in _events(text)]
    assert "Non-state actor overtakes territory" not in kinds and kinds
