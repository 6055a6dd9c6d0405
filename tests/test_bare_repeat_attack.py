"""A later bare attack word (هجوم الرمادي) at the same town and day as an attack on people told
before is that attack, keeping its coding; at another town or on another day it stays a second
event. Our own report-style sentences, full pipeline."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2019-03-14")

_SHOOTING = ("قتل ثلاثة مدنيين، الخميس، برصاص مسلحين فتحوا النار على سوق شعبي في مدينة الرمادي.\n"
             "وقالت الشرطة إن المسلحين فروا من المكان.\n")


def test_the_attack_named_again_by_its_town_is_the_shooting() -> None:
    events = _events(_SHOOTING + "ولم تتبن أي جهة حتى الآن المسؤولية عن هجوم الرمادي.")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert "2 mentions merged" in events[0].notes
    assert events[0].date.start == "2019-03-14"


def test_an_attack_on_another_town_stays_apart() -> None:
    events = _events(_SHOOTING + "ولم تتبن أي جهة حتى الآن المسؤولية عن هجوم الفلوجة الذي وقع قبل أيام.")
    assert sorted(e.sub_event_type or "" for e in events) == ["Armed clash", "Attack"]


def test_an_attack_on_another_day_stays_apart() -> None:
    events = _events(_SHOOTING + "وكان مسلحون قد شنوا هجوما على الرمادي يوم الاثنين الماضي.")
    assert len(events) == 2
    assert sorted(e.date.start or "" for e in events) == ["2019-03-11", "2019-03-14"]
