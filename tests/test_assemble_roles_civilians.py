"""Civilians are never the perpetrators of political violence or of an arrest: named where an
agent would stand (the counted dead after a killing verb, "بينهم مدنيون", the detained after
"احتجزت"), they are the victims. Protesters still act. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_events = events_reader(published="2019-06-12")


def _one(text: str) -> Event:
    events = _events(text)
    assert len(events) == 1, (text, events)
    return events[0]


def _types(e: Event) -> tuple[int | None, int | None]:
    return (e.actor1.type if e.actor1 else None, e.actor2.type if e.actor2 else None)


def test_the_counted_dead_after_a_killing_verb_are_its_victims() -> None:
    e = _one("وتتهم المنظمة ميليشيا الكانيات التي قتلت عشرات المدنيين في ترهونة العام الماضي.")
    assert e.actor2 is not None and e.actor2.type == 7, _types(e)
    assert e.actor1 is None or e.actor1.type != 7, _types(e)


def test_civilians_among_the_dead_are_victims_of_the_blast() -> None:
    e = _one("قتل ثمانية أشخاص بينهم مدنيون في انفجار سيارة مفخخة في مدينة الباب أمس.")
    assert e.actor1 is None or e.actor1.type != 7, _types(e)
    assert e.actor2 is not None and e.actor2.type == 7, _types(e)


def test_detained_citizens_are_not_the_arresting_side() -> None:
    e = _one("واحتجزت قوات الأمن مواطنين من مدينة الناصرية خلال مداهمة أمس.")
    assert e.sub_event_type == "Arrests"
    assert e.actor1 is None or e.actor1.type != 7, _types(e)


def test_protesters_still_act() -> None:
    e = _one("تظاهر مئات المواطنين أمام مبنى المحافظة في البصرة أمس احتجاجا على انقطاع الكهرباء.")
    assert e.event_type == "Protests"
    assert e.actor1 is not None and e.actor1.type in (6, 7), _types(e)


def test_civilians_killed_in_a_battle_are_no_side_of_it() -> None:
    e = _one("قتل عشرة مدنيين خلال اشتباكات عنيفة بين الجيش ومسلحي داعش في الموصل أمس.")
    assert e.sub_event_type == "Armed clash"
    assert all(a is None or a.type != 7 for a in (e.actor1, e.actor2)), _types(e)
